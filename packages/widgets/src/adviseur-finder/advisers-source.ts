// Loads replacement advisers data from the `advisers-src` URL a webmaster set: no cookies, validated
// with the model's CSP-safe validators. The element imports this module on demand, so pages without
// `advisers-src` never download it. Never throws: a problem comes back as a value the element can explain.
import type { Advisers, Geography, Lang, MunicipalityIndex } from '@maatwerk/model';
import { checkAdvisersData } from '@maatwerk/model/browser-validate';
import { loadMunicipalityData } from '../internal/municipality-data.ts';
import { urlForMessage } from '../internal/url-for-message.ts';

/** Why custom advisers data (`advisers-src`) could not be used. */
export type DataProblem =
  | { kind: 'url' }
  | { kind: 'network' }
  | { kind: 'http'; status: number }
  | { kind: 'json' }
  | { kind: 'invalid'; first: string; more: number };

export type AdvisersLoad = { ok: true; advisers: Advisers } | { ok: false; problem: DataProblem };

/** What went wrong, in the widget's language. Lives here, not in the entry: only pages with advisers-src need it. */
export function describeProblem(source: string, problem: DataProblem, lang: Lang): string {
  const nl = lang === 'nl';
  const why =
    problem.kind === 'url'
      ? nl ? 'dit is geen geldig webadres' : 'this is not a valid web address'
      : problem.kind === 'network'
        ? nl ? 'het adres is niet bereikbaar' : 'the address cannot be reached'
        : problem.kind === 'http'
          ? nl ? `de server antwoordt met foutcode ${problem.status}` : `the server answers with error code ${problem.status}`
          : problem.kind === 'json'
            ? nl ? 'het bestand is geen geldige JSON' : 'the file is not valid JSON'
            : `${problem.first}${problem.more ? (nl ? ` (en nog ${problem.more} ${problem.more === 1 ? 'fout' : 'fouten'})` : ` (and ${problem.more} more ${problem.more === 1 ? 'error' : 'errors'})`) : ''}`;
  return nl ? `De adviseursgegevens van ${source} zijn niet te gebruiken: ${why}` : `The advisers data at ${source} cannot be used: ${why}`;
}

/** Where the advisers address was set, for the webmaster's message: the element and the attribute. */
export interface AdvisersSetting {
  element: string;
  attribute: string;
}

/**
 * The advisers from `source` with the built-in municipalities indexed for them. When they cannot be
 * used, the webmaster reads in the console (in English, as every configuration message) what went
 * wrong and what to check; the element only learns that it keeps the built-in advisers.
 */
export async function loadAdvisersWithIndex(
  source: string,
  setting: AdvisersSetting,
  signal: AbortSignal,
): Promise<{ ok: true; advisers: Advisers; index: MunicipalityIndex } | { ok: false }> {
  const builtIn = await loadMunicipalityData().catch(() => undefined);
  const result = builtIn ? await loadAdvisers(source, builtIn.defaultGeography, 'en', signal) : ({ ok: false, problem: { kind: 'network' } } as const);
  if (result.ok) return { ...result, index: builtIn!.createIndexWithAdvisers(result.advisers) };
  if (!signal.aborted) {
    console.warn(
      `Maatwerk <${setting.element}>: ${describeProblem(urlForMessage(source), result.problem, 'en')}. Check ${setting.attribute}: the address, ` +
        "the CORS header Access-Control-Allow-Origin on its host, connect-src in the page's Content Security Policy, " +
        'and the file against schemas/advisers.schema.json (pnpm --filter @maatwerk/model validate --kind advisers <file>). Until then the built-in advisers are used.',
    );
  }
  return { ok: false };
}

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
