// The policy domains a user can mark as interesting: ids and names from the model's content, so a
// new domain in the data appears here without code changes. Only the `domains` list of the Dutch
// content is bundled (named JSON import: the rest is tree-shaken); English names load on demand.
import type { Lang } from '@maatwerk/model';
import { domains as dutchDomains } from '@maatwerk/model/data/content.nl.json';

export interface DomainOption {
  id: string;
  name: string;
}

const pick = (list: ReadonlyArray<{ id: string; name: string }>): DomainOption[] => list.map(({ id, name }) => ({ id, name }));

const loaded: Partial<Record<Lang, DomainOption[]>> = { nl: pick(dutchDomains) };

/** The domains in a language, if already loaded (Dutch always is). */
export function domainsNow(lang: Lang): DomainOption[] | undefined {
  return loaded[lang];
}

export async function loadDomains(lang: Lang): Promise<DomainOption[]> {
  if (!loaded[lang]) loaded[lang] = pick((await import('./domains-en.ts')).domains);
  return loaded[lang];
}
