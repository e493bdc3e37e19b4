// Events of the shared municipality typeahead `<maatwerk-municipality-combobox>`. They bubble but are
// not composed: they stay in the shadow root of the element that renders the typeahead (the finder,
// the sign-up form), which listens on the typeahead itself. The host page never sees them.
import type { MunicipalityMatch } from '@maatwerk/model';

/** The user picked a municipality (option click, Enter, or leaving the field on an exact name). */
export const MUNICIPALITY_SELECT_EVENT = 'maatwerk-municipality-select';
/** The chosen municipality was removed (Escape on a closed list, or the text was edited). */
export const MUNICIPALITY_CLEAR_EVENT = 'maatwerk-municipality-clear';
/** The suggestions changed as the user typed. `suggestions` is empty when nothing matches. */
export const MUNICIPALITY_SEARCH_EVENT = 'maatwerk-municipality-search';
/** The user pressed Enter on text that matches no single municipality. */
export const MUNICIPALITY_NOT_FOUND_EVENT = 'maatwerk-municipality-not-found';

export interface MunicipalitySelectDetail {
  match: MunicipalityMatch;
}

export type MunicipalityClearDetail = Record<string, never>;

export interface MunicipalitySearchDetail {
  /** The text as typed. */
  query: string;
  /** Ranked suggestions, as shown in the list. */
  suggestions: MunicipalityMatch[];
}

export interface MunicipalityNotFoundDetail {
  query: string;
  /** The closest municipalities (may be empty). */
  suggestions: MunicipalityMatch[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'maatwerk-municipality-select': CustomEvent<MunicipalitySelectDetail>;
    'maatwerk-municipality-clear': CustomEvent<MunicipalityClearDetail>;
    'maatwerk-municipality-search': CustomEvent<MunicipalitySearchDetail>;
    'maatwerk-municipality-not-found': CustomEvent<MunicipalityNotFoundDetail>;
  }
}
