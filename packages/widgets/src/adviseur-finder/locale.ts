// All user-facing text of `<maatwerk-adviseur-finder>`. Dutch: the search and its announcements here, the
// result views in result-locale.ts (it travels in their chunk, loaded with the first result).
// English, both parts: locale.en.ts (loaded on demand).
import type { Catalogue } from '@maatwerk/model';
import type { FinderResultText } from './result-locale.ts';

/** Text of the entry: the search field, the data status, and the live-region announcement of a card. */
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
  /** Text of the result views; Dutch comes with them (result-locale.ts), so only other languages set it here. */
  result?: FinderResultText;
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
};

/** Dutch in the entry; English a chunk, loaded for lang="en". */
export const FINDER_TEXT: Catalogue<AdviseurFinderText> = { nl, en: () => import('./locale.en.ts').then((module) => module.en) };
