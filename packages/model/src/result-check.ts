// One answer to "is this a scan result we can use?", for every place a result comes in from outside:
// a page setting the quick scan's `result`, the sign-up form picking one up, `kennisblad report`
// reading a file, the receiver showing an attached one. Pure: no ajv, so it runs in the browser
// too. The JSON Schema (result.schema.json) stays the contract; this checks what rendering needs
// and, given the content, that the result's ids belong to it.
import { dataText } from './data-text.ts';
import type { DataIssue } from './messages.ts';
import type { Lang, QuickScanContent, ScanResult } from './types.ts';

export type CheckedResult = { valid: true; result: ScanResult; issues: [] } | { valid: false; issues: DataIssue[] };

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);
const isScore = (value: unknown) => value === null || typeof value === 'number';

/** The shape every view relies on: enough that showing the result cannot fail. */
export function isScanResult(value: unknown): value is ScanResult {
  if (!isObject(value)) return false;
  const { resultVersion, content, answers, coverage, domains, ranking } = value;
  return (
    resultVersion === 1 &&
    isObject(content) &&
    typeof content.id === 'string' &&
    typeof content.version === 'string' &&
    isObject(answers) &&
    typeof coverage === 'number' &&
    Array.isArray(ranking) &&
    ranking.every((id) => typeof id === 'string') &&
    Array.isArray(domains) &&
    domains.every(
      (domain) =>
        isObject(domain) &&
        typeof domain.domain === 'string' &&
        typeof domain.rank === 'number' &&
        isScore(domain.score) &&
        isScore(domain.opportunity) &&
        typeof domain.coverage === 'number' &&
        typeof domain.unknown === 'number' &&
        isObject(domain.factors) &&
        Array.isArray(domain.cells) &&
        domain.cells.every((cell) => isObject(cell) && typeof cell.answered === 'number' && typeof cell.total === 'number'),
    )
  );
}

/**
 * Checks a result: its shape, and with `content` that it belongs to that quick scan (its
 * domains, levels and factors exist there). Issues in the user's language, with `file` when given.
 */
export function checkResult(value: unknown, options: { content?: QuickScanContent; lang?: Lang; file?: string } = {}): CheckedResult {
  const { content, lang = 'nl', file } = options;
  const text = dataText(lang);
  const issues: DataIssue[] = [];
  const at = (path: string, message: string) => issues.push({ ...(file && { file }), path, message });
  if (!isScanResult(value)) {
    at('', text.notAResult);
    return { valid: false, issues };
  }
  if (content) {
    if (value.content.id !== content.id) {
      at('content.id', text.otherQuickScan(value.content.id, content.id));
    }
    const domains = new Set(content.domains.map((domain) => domain.id));
    const levels = new Set(content.levels.map((level) => level.id));
    const factors = new Set(content.factors.map((factor) => factor.id));
    value.domains.forEach((domain, index) => {
      if (!domains.has(domain.domain)) at(`domains[${index}].domain`, text.unknown('domain', domain.domain));
      domain.cells.forEach((cell, cellIndex) => {
        if (!levels.has(cell.level)) at(`domains[${index}].cells[${cellIndex}].level`, text.unknown('level', cell.level));
        if (!factors.has(cell.factor)) at(`domains[${index}].cells[${cellIndex}].factor`, text.unknown('factor', cell.factor));
      });
    });
  }
  if (value.domains.length === 0) at('domains', text.noDomains);
  return issues.length ? { valid: false, issues } : { valid: true, result: value, issues: [] };
}
