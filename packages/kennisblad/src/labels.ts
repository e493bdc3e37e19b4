// The catalogue of the documents' own words (labels.nl.ts, labels.en.ts), in the shape every package
// uses (the model's `Catalogue`): Node and the browser entry render both languages, so both are
// given directly. Dates and lists are written by Intl in the language's locale.
import { textIn, type Catalogue, type Lang } from '@maatwerk/model';
import { en } from './labels.en.ts';
import { nl, type Labels } from './labels.nl.ts';

export type { Labels } from './labels.nl.ts';

export const LABELS: Catalogue<Labels> = { nl, en };

/** The labels in a language. */
export const labelsIn = (lang: Lang): Labels => textIn(LABELS, lang);

// Intl formatters are costly to create (locale data): one per language, made on first use.
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
const listFormats = new Map<Lang, Intl.ListFormat>();

/** "1 januari 2026" / "1 January 2026"; dates are calendar dates, so always read in UTC. */
export function formatDate(iso: string, lang: Lang): string {
  let format = dateFormats.get(lang);
  if (!format) dateFormats.set(lang, (format = new Intl.DateTimeFormat(labelsIn(lang).locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })));
  return format.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

/** "A, B en C" / "A, B and C". */
export function joinList(items: readonly string[], lang: Lang): string {
  let format = listFormats.get(lang);
  if (!format) listFormats.set(lang, (format = new Intl.ListFormat(labelsIn(lang).locale, { style: 'long', type: 'conjunction' })));
  return format.format(items);
}
