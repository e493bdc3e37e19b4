// Events of `<maatwerk-adviseur-finder>`. Both bubble and are composed: a host page can listen on
// `document`.
import type { Adviser, MatchKind, Municipality, MunicipalityMatch, Region } from '@maatwerk/model';

/** An adviser card is shown: after a pick, in fixed mode, or when `municipality` was set. */
export const ADVISER_FOUND_EVENT = 'maatwerk-adviser-found';
/** The "no match" message is shown (the text matches no municipality, or a fixed value is unknown). */
export const ADVISER_NOT_FOUND_EVENT = 'maatwerk-adviser-not-found';

export interface AdviserFoundDetail {
  /** The municipality, or null in fixed region mode (`region="AM18"`). */
  municipality: Municipality | null;
  /** The arbeidsmarktregio. */
  region: Region;
  /** The region's adviser, or null when the advisers data has none for the region (the card then shows the general contact). */
  adviser: Adviser | null;
  /** How the municipality was found: its name, CBS code, a former municipality, another spelling; or `region` in region mode. */
  matchedVia: MatchKind | 'region';
}

export interface AdviserNotFoundDetail {
  /** The text or attribute value that matched nothing. */
  query: string;
  /** The closest municipalities, as offered to the user (may be empty). */
  suggestions: MunicipalityMatch[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'maatwerk-adviser-found': CustomEvent<AdviserFoundDetail>;
    'maatwerk-adviser-not-found': CustomEvent<AdviserNotFoundDetail>;
  }
}
