// The scan's flow as pure functions: which steps a choice of domains gives, which domains are offered
// and preselected, and where Next, Back and Resume lead. No DOM and no Lit: tested in Node
// (packages/widgets/test/node/quick-scan-flow.test.ts). The element holds the state and renders it.
import type { Answers, Domain, Level, Statement } from '@maatwerk/model';
import type { ScanContent } from './content.ts';

/** The screens of the scan. */
export type View = 'loading' | 'error' | 'resume' | 'intro' | 'domains' | 'step' | 'result';

/** One page of statements: one domain at one level. */
export interface Step {
  domain: Domain;
  level: Level;
  statements: Statement[];
}

/** The steps for the chosen domains, in content order; a domain and level without statements gives no step. */
export function stepsOf(content: ScanContent, chosen: readonly string[]): Step[] {
  return content.domains
    .filter((domain) => chosen.includes(domain.id))
    .flatMap((domain) =>
      content.levels.map((level) => ({
        domain,
        level,
        statements: content.statements.filter((statement) => statement.domain === domain.id && statement.level === level.id),
      })),
    )
    .filter((step) => step.statements.length > 0);
}

/** The `domains` attribute (comma or space separated) split into ids the content has and ids it has not. */
export function domainFilter(content: ScanContent | undefined, attribute: string | undefined): { known: string[]; unknown: string[] } {
  const ids = (attribute ?? '').split(/[\s,]+/).filter(Boolean);
  const all = content?.domains.map((domain) => domain.id) ?? [];
  return { known: all.filter((id) => ids.includes(id)), unknown: ids.filter((id) => !all.includes(id)) };
}

/** The domains offered: those the attribute names, else all. */
export function offeredDomains(content: ScanContent, attribute: string | undefined): Domain[] {
  const { known } = domainFilter(content, attribute);
  return known.length ? content.domains.filter((domain) => known.includes(domain.id)) : content.domains;
}

/** The domains chosen at the start: those the attribute names, else the content's preselected ones, else the first. */
export function defaultDomains(content: ScanContent, attribute: string | undefined): string[] {
  const { known } = domainFilter(content, attribute);
  if (known.length) return known;
  const preselected = content.domains.filter((domain) => domain.preselected).map((domain) => domain.id);
  return preselected.length ? preselected : [content.domains[0]!.id];
}

/** The choice after ticking or unticking one domain, kept in content order. */
export function toggleDomain(content: ScanContent, chosen: readonly string[], id: string, checked: boolean): string[] {
  const next = new Set(chosen);
  if (checked) next.add(id);
  else next.delete(id);
  return content.domains.map((domain) => domain.id).filter((domain) => next.has(domain));
}

/** Where Back leads from a screen. */
export function back(view: View, step: number): { view: 'intro' | 'domains' | 'step'; step: number } {
  if (view === 'domains') return { view: 'intro', step };
  if (step === 0) return { view: 'domains', step };
  return { view: 'step', step: step - 1 };
}

/**
 * Where Next leads from a step. A step left empty warns once (the user may go on after that);
 * the last step finishes the scan.
 */
export function next(
  steps: readonly Step[],
  step: number,
  answers: Answers,
  warned: ReadonlySet<number>,
): { kind: 'warn-empty' } | { kind: 'step'; step: number } | { kind: 'finish' } {
  const current = steps[step]!;
  const empty = current.statements.every((statement) => !(statement.id in answers));
  if (empty && !warned.has(step)) return { kind: 'warn-empty' };
  return step < steps.length - 1 ? { kind: 'step', step: step + 1 } : { kind: 'finish' };
}

/** The step to resume on: the saved one, within the steps the saved choice gives. */
export function resumeStep(steps: readonly Step[], saved: number): number {
  return Math.min(saved, Math.max(steps.length - 1, 0));
}
