// Fonts and hyphenation, registered once per process (Node) or page (browser). Browser-safe:
// no Node built-ins here; the Node entry passes file paths, the browser entry passes URLs.
import { Font } from '@react-pdf/renderer';
import dutch from 'hyphen/nl';

/** The family name every style sheet uses. */
export const FONT_FAMILY = 'Source Sans 3';

/** Where the four static TTF files of Source Sans 3 are: file paths in Node, URLs in the browser. */
export interface FontSources {
  regular: string;
  semibold: string;
  bold: string;
  italic: string;
}

/** The file names inside the `source-sans` package (`TTF/`). */
export const FONT_FILES: Readonly<FontSources> = {
  regular: 'SourceSans3-Regular.ttf',
  semibold: 'SourceSans3-Semibold.ttf',
  bold: 'SourceSans3-Bold.ttf',
  italic: 'SourceSans3-It.ttf',
};

const SOFT_HYPHEN = '\u00ad';
/** Words shorter than this are never split: short lines of plain language read better whole. */
const MIN_WORD_LENGTH = 7;
const cache = new Map<string, string[]>();

/**
 * Dutch hyphenation for react-pdf: splits a word into the parts a line may break between.
 * Uses the TeX patterns of the `hyphen` package (`hyphen/nl`); results are cached per word.
 */
export function hyphenateDutch(word: string): string[] {
  if (word.length < MIN_WORD_LENGTH || !/\p{L}/u.test(word)) return [word];
  let parts = cache.get(word);
  if (!parts) {
    parts = dutch.hyphenateSync(word, { hyphenChar: SOFT_HYPHEN, minWordLength: MIN_WORD_LENGTH }).split(SOFT_HYPHEN);
    // Keep at least two letters on either side of a break ("ge-" at a line end is hard to read).
    while (parts.length > 1 && parts[0]!.length < 2) parts.splice(0, 2, parts[0]! + parts[1]!);
    while (parts.length > 1 && parts.at(-1)!.length < 3) parts.splice(-2, 2, parts.at(-2)! + parts.at(-1)!);
    cache.set(word, parts);
  }
  return parts;
}

/** For headings, names, figures and sources: never break a word. */
export const noHyphenation = (word: string): string[] => [word];

let registered: string | undefined;

/**
 * Registers Source Sans 3 (regular, semibold, bold, italic) and the Dutch hyphenation callback.
 * Safe to call more than once: the first sources win, later calls with the same sources are no-ops.
 */
export function registerFonts(sources: FontSources): void {
  const key = JSON.stringify(sources);
  if (registered === key) return;
  if (registered !== undefined) throw new Error(`Fonts are already registered from other files (${registered}).`);
  Font.register({
    family: FONT_FAMILY,
    fonts: [
      { src: sources.regular, fontWeight: 400 },
      { src: sources.semibold, fontWeight: 600 },
      { src: sources.bold, fontWeight: 700 },
      { src: sources.italic, fontWeight: 400, fontStyle: 'italic' },
    ],
  });
  Font.registerHyphenationCallback(hyphenateDutch);
  registered = key;
}
