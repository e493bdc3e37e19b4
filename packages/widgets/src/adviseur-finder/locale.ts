// All user-facing text of `<maatwerk-adviseur-finder>`. Dutch: the search and its announcements here, the
// result views in result.ts (a chunk loaded with the first result). English: locale.en.ts (loaded on demand).
import type { Catalogue } from '@maatwerk/model';

/** Text of the entry: the search field, the data status, and the live-region announcements. */
export interface AdviseurFinderText {
  fieldLabel: string;
  fieldHint: string;
  loading: string;
  /** The advisers-src data cannot be used (the console says why): a neutral notice for the visitor. */
  dataFallback: string;
  /** The built-in municipalities (a chunk) could not be loaded (network or CSP problem). */
  municipalitiesUnavailable: string;
  /** While the result views (a chunk) load. */
  resultLoading: string;
  /** The result views could not be loaded (network or CSP problem). */
  resultFailed: string;
  retry: string;
  announceFound: (place: string, adviser: string) => string;
  announceNotFound: (query: string, suggestions: number) => string;
  /** Text of the result views; Dutch comes with them (result.ts), so only other languages set it here. */
  result?: FinderResultText;
}

/** Text of the result views: the card, "no match" and an unknown fixed value. */
export interface FinderResultText {
  region: (name: string) => string;
  regionHeading: (name: string) => string;
  province: (name: string) => string;
  merged: (former: string, date: string | undefined, current: string) => string;
  yourAdviser: string;
  contact: string;
  email: string;
  phone: string;
  website: string;
  example: string;
  noAdviser: string;
  cta: string;
  ctaMail: (name: string) => string;
  mailSubject: (municipality: string | undefined) => string;
  mailBody: (adviser: string, municipality: string | undefined) => string;
  noMatchHeading: string;
  noMatch: (query: string) => string;
  didYouMean: string;
  suggestion: (name: string, province: string) => string;
  generalContact: (name: string) => string;
  invalidMunicipalityHeading: string;
  invalidMunicipality: (value: string) => string;
  invalidRegionHeading: string;
  invalidRegion: (value: string) => string;
}

/** Dutch, built in. */
export const nl: AdviseurFinderText = {
  fieldLabel: 'Uw gemeente',
  fieldHint: 'Typ de naam of de CBS-code van uw gemeente. Een oude gemeentenaam werkt ook.',
  loading: 'De gegevens van de adviseurs worden geladen…',
  dataFallback: 'De actuele gegevens van de adviseurs zijn nu niet beschikbaar. Hieronder ziet u de ingebouwde gegevens.',
  municipalitiesUnavailable: 'De lijst met gemeenten kon niet worden geladen. Laad de pagina opnieuw.',
  resultLoading: 'Het resultaat wordt geladen…',
  resultFailed: 'Het resultaat kon niet worden geladen.',
  retry: 'Probeer het opnieuw',
  announceFound: (place, adviser) => `Gevonden: ${place}. Uw adviseur is ${adviser}.`,
  announceNotFound: (query, suggestions) =>
    `Geen gemeente gevonden voor "${query}".${suggestions ? ` ${suggestions === 1 ? '1 suggestie' : `${suggestions} suggesties`} onder het zoekveld.` : ''}`,
};

/** Dutch in the entry; English a chunk, loaded for lang="en". */
export const FINDER_TEXT: Catalogue<AdviseurFinderText> = { nl, en: () => import('./locale.en.ts').then((module) => module.en) };
