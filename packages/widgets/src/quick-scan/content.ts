// Where the scan's questions come from: the built-in Dutch content (in the entry, all but its action
// plan), the built-in English content (a chunk loaded only for lang="en"), or a webmaster's
// `content-src` URL, which is validated with the CSP-safe standalone validators (also a chunk: they are large).
import type { DataIssue, Lang, QuickScanContent } from '@maatwerk/model';
// Named imports: only these parts of the JSON are bundled (the action plan is in plan.nl.ts).
import { domains, durationMinutes, factors, id, intro, lang, levels, scale, source, statements, title, version } from '@maatwerk/model/data/content.nl.json';

/** The 10-month action plan of a content: its actions and their phases. Only the result screen uses it. */
export type Plan = Pick<QuickScanContent, 'actions' | 'phases'>;

/** Content as the element holds it: the built-in Dutch content comes without its plan. */
export type ScanContent = Omit<QuickScanContent, keyof Plan> & Partial<Plan>;

/**
 * The built-in Dutch content without its action plan (about 5 KB gzip, half the content): only the
 * result screen needs that, and it is a chunk of its own (`loadBuiltInPlan`), loaded with the
 * result screen once the questions start.
 */
export const BUILT_IN_NL = { id, version, lang, title, intro, durationMinutes, source, scale, factors, levels, domains, statements } as unknown as ScanContent;

export const loadBuiltInPlan = (): Promise<Plan> => import('./plan.nl.ts').then((module) => module.plan);

export async function loadBuiltIn(lang: Lang): Promise<ScanContent> {
  if (lang === 'nl') return BUILT_IN_NL;
  return (await import('@maatwerk/model/data/content.en.json')).default as unknown as QuickScanContent;
}

export interface ContentProblem {
  kind: 'network' | 'http' | 'json' | 'invalid';
  url: string;
  status?: number;
  issues: DataIssue[];
}

export type Fetched = { content: QuickScanContent; problem?: undefined } | { content?: undefined; problem: ContentProblem };

/** Fetches and checks content JSON. Never throws: every failure comes back as a problem to show. */
export async function fetchContent(url: string, lang: Lang): Promise<Fetched> {
  const fail = (kind: ContentProblem['kind'], more: Partial<ContentProblem> = {}): Fetched => ({
    problem: { kind, url, issues: [], ...more },
  });
  let response: Response;
  try {
    response = await fetch(new URL(url, document.baseURI), { credentials: 'omit' });
  } catch {
    return fail('network');
  }
  if (!response.ok) return fail('http', { status: response.status });
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    return fail('json');
  }
  try {
    const { checkContentData } = await import('@maatwerk/model/browser-validate');
    const checked = checkContentData(data, lang);
    return checked.valid ? { content: checked.data } : fail('invalid', { issues: checked.issues });
  } catch {
    return fail('network'); // the validator chunk itself could not be loaded
  }
}
