// User-facing text of `<maatwerk-municipality-combobox>`: the text type and Dutch; English in
// municipality-combobox-locale.en.ts, loaded only on a page that asks for English (as every widget's).
import type { Catalogue } from '@maatwerk/model';

export interface MunicipalityComboboxText {
  /** Label when the embedding element sets none. */
  label: string;
  /** Marks a required field in its label. */
  required: string;
  /** Live-region message after each search. */
  count: (count: number) => string;
  noResults: string;
  /** Note in an option matched through a former municipality. */
  formerly: (name: string) => string;
  /** Note in an option matched through another spelling. */
  alsoKnownAs: (name: string) => string;
  /** Note in an option matched through a CBS code. */
  code: (code: string) => string;
  /** The built-in municipalities could not be loaded (network or CSP problem). */
  unavailable: string;
}

export const nl: MunicipalityComboboxText = {
  label: 'Gemeente',
  required: '(verplicht)',
  count: (count) => (count === 1 ? '1 suggestie beschikbaar' : `${count} suggesties beschikbaar`),
  noResults: 'Geen gemeente gevonden',
  formerly: (name) => `voorheen ${name}`,
  alsoKnownAs: (name) => `ook: ${name}`,
  code: (code) => `CBS-code ${code}`,
  unavailable: 'De lijst met gemeenten kon niet worden geladen. Laad de pagina opnieuw.',
};

export const COMBOBOX_TEXT: Catalogue<MunicipalityComboboxText> = {
  nl,
  en: () => import('./municipality-combobox-locale.en.ts').then((module) => module.en),
};
