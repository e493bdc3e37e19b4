// The server's own check of a version before it is published: the same schemas and checks as the
// CLI and the studio (ajv in Node), file by file, plus the check across files (the traject's horizon
// against the action plan). Also the short "what changed" that goes with every version.
import { checkHorizon, type DataIssue, type Geography, type Lang, type QuickScanContent, type Traject } from '@maatwerk/model';
import { validate } from '@maatwerk/model/node';
import { DATA_FILES, type DataFile, type Documents } from './editions.ts';

const KIND: Record<DataFile, 'traject' | 'content' | 'advisers'> = {
  'traject.nl.json': 'traject',
  'traject.en.json': 'traject',
  'content.nl.json': 'content',
  'content.en.json': 'content',
  'advisers.json': 'advisers',
};

const SAY = {
  nl: {
    notAnObject: 'Stuur een object met de vijf gegevensbestanden: traject.nl.json, traject.en.json, content.nl.json, content.en.json en advisers.json.',
    missing: 'Dit bestand ontbreekt.',
    unknown: 'Dit bestand hoort niet bij het kennisblad.',
  },
  en: {
    notAnObject: 'Send an object with the five data files: traject.nl.json, traject.en.json, content.nl.json, content.en.json and advisers.json.',
    missing: 'This file is missing.',
    unknown: 'This file is not part of the kennisblad.',
  },
};

/** Every problem in a submitted set of documents, each with its file and path; empty when it may be published. */
export async function documentIssues(documents: unknown, geography: Geography, lang: Lang): Promise<DataIssue[]> {
  const say = SAY[lang];
  if (!documents || typeof documents !== 'object' || Array.isArray(documents)) return [{ path: '', message: say.notAnObject }];
  const given = documents as Record<string, unknown>;
  const issues: DataIssue[] = Object.keys(given)
    .filter((name) => !(DATA_FILES as readonly string[]).includes(name))
    .map((file) => ({ file, path: '', message: say.unknown }));
  for (const file of DATA_FILES) {
    if (!(file in given)) issues.push({ file, path: '', message: say.missing });
    else issues.push(...(await validate(KIND[file], given[file], { lang, file, geography })).issues);
  }
  if (issues.length) return issues;
  for (const suffix of ['nl', 'en'] as const) {
    const file = `traject.${suffix}.json` as const;
    issues.push(...checkHorizon(given[file] as Traject, given[`content.${suffix}.json`] as QuickScanContent, lang).map((issue) => ({ ...issue, file })));
  }
  return issues;
}

/** How many changed values a summary names before it says "and N more". */
const SUMMARY_ITEMS = 12;
const SHOWN_VALUE = 60;

/**
 * What changed between two versions, for the history: `traject.nl.json figures[5].value: 28 → 41`,
 * one line per changed value (an added or removed list item is one line), at most a dozen.
 */
export function changeSummary(before: Documents | undefined, after: Documents, lang: Lang = 'nl'): string {
  const lines = DATA_FILES.flatMap((file) => differences(before?.[file], after[file], '').map((line) => `${file} ${line}`));
  if (!lines.length) return lang === 'nl' ? 'Geen wijzigingen.' : 'No changes.';
  const more = lines.length - SUMMARY_ITEMS;
  return [...lines.slice(0, SUMMARY_ITEMS), ...(more > 0 ? [lang === 'nl' ? `en nog ${more} wijzigingen` : `and ${more} more changes`] : [])].join('\n');
}

function differences(before: unknown, after: unknown, path: string): string[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  const bothObjects = before && after && typeof before === 'object' && typeof after === 'object' && Array.isArray(before) === Array.isArray(after);
  if (!bothObjects) return [`${path || '(alles)'}: ${shown(before)} → ${shown(after)}`];
  const keys = Array.isArray(after) ? [...Array(Math.max((before as unknown[]).length, after.length)).keys()] : [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.flatMap((key) => {
    const child = typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    return differences((before as Record<string | number, unknown>)[key], (after as Record<string | number, unknown>)[key], child);
  });
}

function shown(value: unknown): string {
  if (value === undefined) return '–';
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  return text.length > SHOWN_VALUE ? `${text.slice(0, SHOWN_VALUE - 1)}…` : text;
}
