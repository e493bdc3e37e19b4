// `pnpm --filter @maatwerk/kennisblad subset-fonts`: makes the font files in fonts/ from the
// `source-sans` package (Source Sans 3, OFL-1.1), with HarfBuzz's subsetter (`subset-font`):
//
//   SourceSans3-*.ttf    for the PDF renderer (react-pdf embeds its own subset of these)
//   SourceSans3-*.woff2  the same glyphs for the HTML twin, embedded in it as data URLs
//
// Why: the full faces carry Greek, Cyrillic, small capitals, old-style figures and the layout
// tables for them. fontkit decodes those tables on the first text it shapes, which cost about
// a third of a cold `pnpm kennisblad`; these subsets keep what Dutch and English text needs (all
// of Latin, punctuation, currency, arrows, common symbols) and the OpenType features the
// renderer and browsers apply by default. The text a document can contain is checked against
// them (a character outside them is refused with a clear message, see fonts.ts), and a test
// checks that these files are what this script makes.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FONT_FILES, WEB_FONT_FILES, type FontSources } from '../src/fonts.ts';

const require = createRequire(import.meta.url);
/** HarfBuzz's subsetter (CommonJS, no bundled types). */
const subsetFont = require('subset-font') as (font: Buffer, text: string, options: { targetFormat: 'sfnt' | 'woff2'; keepFeatures: string[] }) => Promise<Buffer>;

export const FONTS_DIR = join(import.meta.dirname, '..', 'fonts');

/**
 * Unicode ranges kept: the letters of every language written in Latin script in the EU (Latin-1,
 * Latin Extended-A, the Romanian comma-below letters), punctuation and the symbols our texts use.
 * Greek, Cyrillic, Vietnamese and the alternate glyphs reached only through optional features
 * are left out; they more than double the font and the tables the shaper decodes.
 */
const RANGES: Array<[number, number]> = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x017f], // Latin-1 Supplement, Latin Extended-A
  [0x0218, 0x021b], // Ș ș Ț ț
  [0x2010, 0x2044], // dashes, quotation marks, bullet, ellipsis, per mille, fraction slash
  [0x20ac, 0x20ac], // €
  [0x2122, 0x2122], // ™
  [0x2190, 0x2193], // arrows
  [0x2212, 0x2212], // minus
  [0x2264, 0x2265], // ≤ ≥
  [0x2713, 0x2713], // ✓
  [0x2717, 0x2717], // ✗
]

/**
 * The OpenType features kept: those fontkit (react-pdf's shaper) applies to left-to-right text,
 * plus tabular figures, which the HTML twin asks for in its number columns.
 */
const FEATURES = ['rvrn', 'ltra', 'ltrm', 'frac', 'numr', 'dnom', 'ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern', 'tnum'];

const characters = RANGES.map(([from, to]) => String.fromCodePoint(...Array.from({ length: to - from + 1 }, (_, index) => from + index))).join('');

/** The subset files of one face: the TTF for the PDF and the WOFF2 for the HTML twin. */
export async function subsetFace(face: keyof FontSources): Promise<{ ttf: Buffer; woff2: Buffer }> {
  const source = await readFile(join(dirname(require.resolve('source-sans/package.json')), 'TTF', FONT_FILES[face]));
  const [ttf, woff2] = await Promise.all([
    subsetFont(source, characters, { targetFormat: 'sfnt', keepFeatures: FEATURES }),
    subsetFont(source, characters, { targetFormat: 'woff2', keepFeatures: FEATURES }),
  ]);
  return { ttf, woff2 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const face of Object.keys(FONT_FILES) as Array<keyof FontSources>) {
    const { ttf, woff2 } = await subsetFace(face);
    await writeFile(join(FONTS_DIR, FONT_FILES[face]), ttf);
    await writeFile(join(FONTS_DIR, WEB_FONT_FILES[face]), woff2);
    console.log(`fonts/${FONT_FILES[face]} ${Math.round(ttf.length / 1024)} kB, fonts/${WEB_FONT_FILES[face]} ${Math.round(woff2.length / 1024)} kB`);
  }
}
