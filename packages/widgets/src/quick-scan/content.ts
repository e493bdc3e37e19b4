// Where the scan's questions come from: the built-in Dutch content (in the entry), the built-in
// English content (a chunk loaded only for lang="en"), or a webmaster's `content-src` URL, which is
// validated with the CSP-safe standalone validators (also a chunk: they are large).
import type { DataIssue, Lang, QuickScanContent } from '@maatwerk/model';
import contentNl from '@maatwerk/model/data/content.nl.json';

export const BUILT_IN_NL = contentNl as unknown as QuickScanContent;

export async function loadBuiltIn(lang: Lang): Promise<QuickScanContent> {
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
