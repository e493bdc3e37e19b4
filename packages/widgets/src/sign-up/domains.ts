// The policy domains a user can mark as interesting: ids and names from the model's content, so a
// new domain in the data appears here without code changes. Only the `domains` list of the Dutch
// content is bundled (named JSON import: the rest is tree-shaken); English names load on demand.
import type { Catalogue } from '@maatwerk/model';
import { domains as dutchDomains } from '@maatwerk/model/data/content.nl.json';

export interface DomainOption {
  id: string;
  name: string;
}

const pick = (list: ReadonlyArray<{ id: string; name: string }>): DomainOption[] => list.map(({ id, name }) => ({ id, name }));

/** The domain names per language: Dutch in the entry, English a chunk. */
export const DOMAINS: Catalogue<DomainOption[]> = {
  nl: pick(dutchDomains),
  en: () => import('./domains-en.ts').then((module) => pick(module.domains)),
};
