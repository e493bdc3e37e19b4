// Fonts and hyphenation, registered once per process (Node) or page (browser). Browser-safe:
// no Node built-ins here; the Node entry passes file paths, the browser entry passes URLs.
import { Font } from '@react-pdf/renderer';
import type { Hyphenation, Lang } from '@maatwerk/model';
import { FONT_FAMILY } from './theme.ts';

export { FONT_FAMILY };

/** Where the four static TTF files of Maatwerk Sans are: file paths in Node, URLs in the browser. */
export interface FontSources {
  regular: string;
  semibold: string;
  bold: string;
  italic: string;
}

/**
 * The TTF files in the package's `fonts/` folder: renamed subsets of the `source-sans` package's
 * TTFs made by `scripts/subset-fonts.ts`, for the PDF renderer.
 */
export const FONT_FILES: Readonly<FontSources> = {
  regular: 'MaatwerkSans-Regular.ttf',
  semibold: 'MaatwerkSans-Semibold.ttf',
  bold: 'MaatwerkSans-Bold.ttf',
  italic: 'MaatwerkSans-It.ttf',
};

/** The same subsets as WOFF2 (beside the TTFs), which the HTML twin embeds. */
export const WEB_FONT_FILES: Readonly<FontSources> = {
  regular: 'MaatwerkSans-Regular.woff2',
  semibold: 'MaatwerkSans-Semibold.woff2',
  bold: 'MaatwerkSans-Bold.woff2',
  italic: 'MaatwerkSans-It.woff2',
};

const SOFT_HYPHEN = '\u00ad';
/** Words shorter than this are never split: short lines of plain language read better whole. */
const MIN_WORD_LENGTH = 7;

/** What the `hyphen` package's language modules export. */
interface HyphenPatterns {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}

/** Pattern sets are large (building one takes 100-300 ms), so each is imported only when needed. */
const PATTERNS: Record<Lang, () => Promise<{ default: HyphenPatterns }>> = {
  nl: () => import('hyphen/nl/index.js'),
  en: () => import('hyphen/en-gb/index.js'),
};
/** The exceptions the patterns get wrong or must not apply, as data in the model (`hyphenation.<lang>.json`). */
const EXCEPTIONS: Record<Lang, () => Promise<{ default: Hyphenation }>> = {
  nl: () => import('@maatwerk/model/data/hyphenation.nl.json', { with: { type: 'json' } }) as Promise<{ default: Hyphenation }>,
  en: () => import('@maatwerk/model/data/hyphenation.en.json', { with: { type: 'json' } }) as Promise<{ default: Hyphenation }>,
};
const patterns: Partial<Record<Lang, HyphenPatterns>> = {};
/** Per language: lower-case word -> its parts ("verbeter-acties" -> verbeter, acties). */
const exceptions: Partial<Record<Lang, Map<string, string[]>>> = {};
const caches: Record<Lang, Map<string, string[]>> = { nl: new Map(), en: new Map() };

/** Reads an exceptions list: each word with a hyphen at every break it allows. */
function exceptionParts(hyphenation: Hyphenation): Map<string, string[]> {
  return new Map(hyphenation.words.map((word) => [word.replaceAll('-', '').toLowerCase(), word.split('-')]));
}

/** Loads the hyphenation patterns and exceptions of a language; call before rendering (the render functions do). */
export async function loadHyphenation(lang: Lang): Promise<void> {
  if (patterns[lang] && exceptions[lang]) return;
  const [set, list] = await Promise.all([PATTERNS[lang](), EXCEPTIONS[lang]()]);
  patterns[lang] = set.default;
  exceptions[lang] = exceptionParts(list.default);
  // The default callback (text without its own) is Dutch: from now on with the patterns.
  if (lang === 'nl' && registered !== undefined) Font.registerHyphenationCallback(hyphenateDutch);
}

/** A listed word keeps the case of the text and any punctuation around it ("Maatwerktraject,"). */
function listedParts(list: Map<string, string[]> | undefined, word: string): string[] | undefined {
  const match = /^(\P{L}*)(\p{L}+)(\P{L}*)$/u.exec(word);
  const parts = match && list?.get(match[2]!.toLowerCase());
  if (!match || !parts) return undefined;
  let at = match[1]!.length;
  const split = parts.map((part) => word.slice(at, (at += part.length)));
  split[0] = match[1]! + split[0]!;
  split[split.length - 1] += match[3]!;
  return split;
}

/** The breaks the TeX patterns allow, keeping two letters before and three after a break ("ge-" or "-de" at a line end is hard to read). */
function patternParts(set: HyphenPatterns, word: string): string[] {
  const parts = set.hyphenateSync(word, { hyphenChar: SOFT_HYPHEN, minWordLength: MIN_WORD_LENGTH }).split(SOFT_HYPHEN);
  while (parts.length > 1 && parts[0]!.length < 2) parts.splice(0, 2, parts[0]! + parts[1]!);
  while (parts.length > 1 && parts.at(-1)!.length < 3) parts.splice(-2, 2, parts.at(-2)! + parts.at(-1)!);
  return parts;
}

function hyphenate(lang: Lang, word: string): string[] {
  const set = patterns[lang];
  if (!set || word.length < MIN_WORD_LENGTH || !/\p{L}/u.test(word)) return [word];
  const cache = caches[lang];
  let parts = cache.get(word);
  if (!parts) {
    parts = listedParts(exceptions[lang], word) ?? patternParts(set, word);
    cache.set(word, parts);
  }
  return parts;
}

/**
 * Dutch hyphenation for react-pdf: splits a word into the parts a line may break between, with
 * the exceptions list of the model's data first, then the TeX patterns of the `hyphen` package
 * (`hyphen/nl`); results are cached per word. Until
 * `loadHyphenation('nl')` has run, words are not split.
 */
export const hyphenateDutch = (word: string): string[] => hyphenate('nl', word);
export const hyphenateEnglish = (word: string): string[] => hyphenate('en', word);

/** The hyphenation callback for body text in a language. */
export function hyphenatorFor(lang: Lang): (word: string) => string[] {
  // Until its patterns are loaded a language splits nothing: say so with `noHyphenation`, so the
  // renderer's text layout cache (keyed by the callback) never keeps lines laid out without them.
  if (!patterns[lang]) return noHyphenation;
  return lang === 'nl' ? hyphenateDutch : hyphenateEnglish;
}

/** For headings, names, figures and sources: never break a word. */
export const noHyphenation = (word: string): string[] => [word];

/** The four faces as react-pdf looks them up. */
const FACES = [
  { fontFamily: FONT_FAMILY, fontWeight: 400, fontStyle: 'normal' },
  { fontFamily: FONT_FAMILY, fontWeight: 600, fontStyle: 'normal' },
  { fontFamily: FONT_FAMILY, fontWeight: 700, fontStyle: 'normal' },
  { fontFamily: FONT_FAMILY, fontWeight: 400, fontStyle: 'italic' },
] as const;

/** A subset of a face that pdfkit fills with the glyphs a document uses and embeds (fontkit's `TTFSubset`). */
interface Subset {
  /** The font's glyph ids in subset order; `encode()` appends the parts of composite glyphs. */
  glyphs: number[];
  /** Font glyph id -> subset glyph id. */
  mapping: Record<number, number>;
  encode: () => Uint8Array;
}

/** A glyph as fontkit hands it out: one object per glyph id and face. */
interface Glyph {
  codePoints: number[];
}

/** The parts of a fontkit font used here: shaping, glyphs, metrics, subsetting and its character map. */
interface FontkitFont {
  layout: (text: string, ...rest: unknown[]) => unknown;
  getGlyph: (id: number, codePoints?: number[]) => Glyph;
  createSubset: () => Subset;
  hasGlyphForCodePoint: (codePoint: number) => boolean;
}

/** Most strings of a document are shaped many times: the cache keeps this many per face. */
const SHAPING_CACHE_SIZE = 4000;
/** Subsets kept per face: a few documents' worth (each edition and report has its own glyph set). */
const SUBSET_CACHE_SIZE = 16;
/** Laid-out texts kept by react-pdf's text layout cache (see below): a few documents' worth. */
const TEXT_LAYOUT_CACHE_SIZE = 1500;

/** A map that forgets everything once it holds `size` entries (simple; what documents use repeats). */
function boundedMap<T>(size: number): { get: (key: string) => T | undefined; set: (key: string, value: T) => void } {
  const map = new Map<string, T>();
  return {
    get: (key) => map.get(key),
    set: (key, value) => {
      if (map.size >= size) map.clear();
      map.set(key, value);
    },
  };
}

/** `boundedMap` as a memo: the value of `key`, made by `make` the first time. */
function boundedCache<T>(size: number): (key: string, make: () => T) => T {
  const map = boundedMap<T>(size);
  return (key, make) => {
    let value = map.get(key);
    if (value === undefined) {
      value = make();
      map.set(key, value);
    }
    return value;
  };
}

/**
 * Caches fontkit's text shaping per face. react-pdf shapes every text run again each time the
 * layout engine measures it, and again on every render; shaping (OpenType GSUB/GPOS lookups) is
 * most of the render time. fontkit's `layout()` is a pure function of its arguments and react-pdf
 * copies the positions before changing them, so the same glyph run can be handed out again.
 * The byte-identical-output tests guard this.
 */
function cacheShaping(font: FontkitFont): void {
  const shape = font.layout.bind(font);
  const cached = boundedCache<unknown>(SHAPING_CACHE_SIZE);
  font.layout = (text: string, ...rest: unknown[]) => cached(`${JSON.stringify(rest)}\u0000${text}`, () => shape(text, ...rest));
}

/**
 * fontkit keeps one glyph object per glyph id with the code points of its first request, and a
 * subset asks for the parts of composite glyphs (the period in a colon, say) without any. A later
 * document that lays out such a part as a character of its own then gets a glyph that stands for
 * no text, and react-pdf loses the characters before it on the line: a report made after the
 * kennisblad in one process (the studio, the receiver) showed its heading "1. Gezin" as "Gezin".
 * A glyph without code points takes those of the first request that has them.
 */
function keepCodePoints(font: FontkitFont): void {
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = (id, codePoints = []) => {
    const glyph = getGlyph(id, codePoints);
    if (glyph && !glyph.codePoints.length && codePoints.length) glyph.codePoints = codePoints;
    return glyph;
  };
}

/**
 * The metrics react-pdf reads per glyph and per run (units per em, ascent, descent, line gap,
 * x and cap height) are fontkit getters that look their table up on every read (about 20,000 reads
 * of `unitsPerEm` per kennisblad); they never change, so each face keeps them as plain values.
 */
const METRICS = ['unitsPerEm', 'ascent', 'descent', 'lineGap', 'xHeight', 'capHeight'] as const;
function pinMetrics(font: FontkitFont): void {
  for (const metric of METRICS) {
    Object.defineProperty(font, metric, { value: (font as unknown as Record<string, number>)[metric], enumerable: true });
  }
}

/**
 * Caches the subset file pdfkit embeds, per face and glyph set. Every render makes a new subset
 * and has fontkit copy and re-encode each glyph into a new font file, though the same document
 * uses the same glyphs every time. `encode()` depends only on the glyph list, and pdfkit only
 * writes the bytes it returns; a cached subset also restores the glyphs `encode()` adds (the parts
 * of composite glyphs), so the subset ends as the encoding left it.
 */
function cacheSubsets(font: FontkitFont): void {
  const createSubset = font.createSubset.bind(font);
  const cached = boundedCache<{ bytes: Uint8Array; glyphs: number[]; mapping: Subset['mapping'] }>(SUBSET_CACHE_SIZE);
  font.createSubset = () => {
    const subset = createSubset();
    const encode = subset.encode.bind(subset);
    subset.encode = () => {
      const { bytes, glyphs, mapping } = cached(subset.glyphs.join(','), () => {
        const bytes = encode();
        return { bytes, glyphs: [...subset.glyphs], mapping: { ...subset.mapping } };
      });
      subset.glyphs = [...glyphs];
      subset.mapping = { ...mapping };
      return bytes;
    };
    return subset;
  };
}

let loaded: Promise<void> | undefined;
/** The loaded faces, for the coverage check. */
const faces: FontkitFont[] = [];
/** Code points every loaded face has (or white space), so each render checks only new ones. */
const covered = new Set<number>();

/**
 * Loads the four faces (parsing takes most of a first render) and puts the caches above in front
 * of each. Call after `registerFonts`; later calls return the same promise.
 */
export function loadFonts(): Promise<void> {
  loaded ??= Promise.all(
    FACES.map(async (face) => {
      await Font.load(face);
      const font = Font.getFont(face).data as unknown as FontkitFont | null;
      if (font && typeof font.layout === 'function') {
        keepCodePoints(font);
        cacheShaping(font);
        pinMetrics(font);
        cacheSubsets(font);
        faces.push(font);
      }
    }),
  ).then(() => undefined);
  return loaded;
}

/** Text the fonts cannot show: the character and the first text it occurs in. */
export interface MissingCharacter {
  character: string;
  text: string;
}

/** A document's text has characters the embedded font lacks: the PDF would show empty boxes. */
export class MissingCharactersError extends Error {
  constructor(readonly missing: MissingCharacter[]) {
    super(`The font has no glyph for ${missing.map(({ character, text }) => `"${character}" (U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) in "${text}"`).join(', ')}.`);
    this.name = 'MissingCharactersError';
  }
}

/** Every string in a view (nested objects and lists), the texts a document can show. */
function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* strings(item);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) yield* strings(item);
}

/**
 * Throws a `MissingCharactersError` when a text of the view has a character that a loaded face
 * lacks (the shipped faces are subsets, see scripts/subset-fonts.ts). Call after `loadFonts`.
 */
export function checkCoverage(view: object): void {
  const missing = new Map<string, string>();
  for (const text of strings(view)) {
    for (let index = 0; index < text.length; index++) {
      const codePoint = text.codePointAt(index)!;
      if (codePoint > 0xffff) index++;
      if (covered.has(codePoint)) continue;
      const character = String.fromCodePoint(codePoint);
      if (/\s/u.test(character) || faces.every((font) => font.hasGlyphForCodePoint(codePoint))) covered.add(codePoint);
      else if (!missing.has(character)) missing.set(character, text);
    }
  }
  if (missing.size) throw new MissingCharactersError([...missing].map(([character, text]) => ({ character, text })));
}

let registered: string | undefined;

/**
 * Registers Maatwerk Sans (regular, semibold, bold, italic) and the Dutch hyphenation callback.
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
  Font.registerHyphenationCallback(hyphenatorFor('nl'));
  // react-pdf's opt-in text layout cache (our layout patch): a render keeps the lines of the texts
  // it laid out, so the next render of the same document (or of another edition, which shares most
  // texts) lays out only what changed. Its key holds the hyphenation callback, hence
  // `hyphenatorFor` answering `noHyphenation` until a language's patterns are loaded.
  (Font as unknown as { textLayoutCache: unknown }).textLayoutCache = boundedMap(TEXT_LAYOUT_CACHE_SIZE);
  registered = key;
}
