// A figure's `value` and its `display` text must say the same number: the kennisblad prints
// `display`, the widgets and charts use `value`. Today nothing else stops `value: 15.9` with
// `display: "19,5%"` from being printed. Pure: the CLI, the studio and the tests share it.
import { dataText } from './data-text.ts';
import type { DataIssue } from './messages.ts';
import type { Figure, Lang } from './types.ts';

/** Words after a number that scale it, in both languages (and their usual abbreviations). */
const SCALE_WORDS: Record<string, number> = {
  duizend: 1e3,
  thousand: 1e3,
  miljoen: 1e6,
  mln: 1e6,
  million: 1e6,
  miljard: 1e9,
  mld: 1e9,
  billion: 1e9,
};

export interface DisplayedNumber {
  /** The number the text shows, scaled: "2,5 miljoen" -> 2500000. */
  value: number;
  /** Half the step of its last written digit, scaled: the text may round the value by this much. */
  tolerance: number;
  /** The number as written, for messages: "2,5 miljoen". */
  text: string;
}

/**
 * Reads the first number in a figure's display text, the way a reader of that language does:
 * Dutch "2,5 miljoen", "15,9%", "1.250"; English "2.5 million", "1,250". Undefined without digits.
 */
export function displayedNumber(display: string, lang: Lang): DisplayedNumber | undefined {
  const match = /(\d+(?:[.,\u00a0\u202f ]\d+)*)(?:\s*(\p{L}+))?/u.exec(display);
  if (!match) return undefined;
  const [written, digits, word] = match as unknown as [string, string, string | undefined];
  const [group, decimal] = lang === 'nl' ? ['.', ','] : [',', '.'];
  // Spaces and the group separator only group thousands; anything after the decimal mark is a fraction.
  const normalised = digits.replace(/[\u00a0\u202f ]/g, '').replaceAll(group, '');
  const [whole, fraction = ''] = normalised.split(decimal);
  const scale = (word && SCALE_WORDS[word.toLowerCase()]) || 1;
  const value = Number(`${whole}.${fraction || 0}`) * scale;
  if (!Number.isFinite(value)) return undefined;
  const tolerance = (0.5 * scale) / 10 ** fraction.length;
  return { value, tolerance, text: word && scale !== 1 ? written : digits };
}

/** Whether the display text shows the value (rounded as written). */
export function displayMatchesValue(figure: Pick<Figure, 'value' | 'display'>, lang: Lang): boolean {
  const shown = displayedNumber(figure.display, lang);
  // A tiny margin for binary floating point: 2.5 * 1e6 and 15.9 are not always exact.
  return shown !== undefined && Math.abs(shown.value - figure.value) <= shown.tolerance * (1 + 1e-9) + 1e-9;
}

/**
 * The issue for one figure whose display text does not show its value, or undefined. `dataLang`
 * is the language the display is written in (the traject's `lang`), `lang` that of the message.
 */
export function figureDisplayIssue(figure: Pick<Figure, 'value' | 'display'>, path: string, dataLang: Lang, lang: Lang = dataLang): DataIssue | undefined {
  if (displayMatchesValue(figure, dataLang)) return undefined;
  const value = new Intl.NumberFormat(dataLang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 10 }).format(figure.value);
  const shown = displayedNumber(figure.display, dataLang);
  const text = dataText(lang);
  const message = shown ? text.figureDisplayMismatch(figure.display, value, shown.text) : text.figureDisplayNoNumber(figure.display, value);
  return { path, message };
}
