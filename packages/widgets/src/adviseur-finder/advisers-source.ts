// Loads replacement advisers data from the `advisers-src` URL a webmaster set: no cookies, validated
// with the model's CSP-safe validators. The element imports this module on demand, so pages without
// `advisers-src` never download it. Never throws: a problem comes back as a value the element can explain.
import type { Advisers, Geography, Lang } from '@maatwerk/model';
import { checkAdvisersData } from '@maatwerk/model/browser-validate';
import type { DataProblem } from './locale.ts';

export type AdvisersLoad = { ok: true; advisers: Advisers } | { ok: false; problem: DataProblem };

export async function loadAdvisers(source: string, geography: Geography, lang: Lang, signal: AbortSignal): Promise<AdvisersLoad> {
  let url: URL;
  try {
    url = new URL(source, document.baseURI);
  } catch {
    return { ok: false, problem: { kind: 'url' } };
  }
  if (!['https:', 'http:', 'data:', 'blob:'].includes(url.protocol)) return { ok: false, problem: { kind: 'url' } };
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', signal });
  } catch {
    return { ok: false, problem: { kind: 'network' } };
  }
  if (!response.ok) return { ok: false, problem: { kind: 'http', status: response.status } };
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    return { ok: false, problem: { kind: 'json' } };
  }
  const checked = checkAdvisersData(data, geography, lang);
  if (checked.valid) return { ok: true, advisers: checked.data };
  const [first] = checked.issues;
  return {
    ok: false,
    problem: { kind: 'invalid', first: first ? `${first.path ? `${first.path}: ` : ''}${first.message}` : '', more: checked.issues.length - 1 },
  };
}
