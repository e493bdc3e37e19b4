// `pnpm --filter @maatwerk/kennisblad subset-fonts`: makes the font files in fonts/ from the
// `source-sans` package (Source Sans 3, OFL-1.1), with HarfBuzz's subsetter (`subset-font`):
//
//   MaatwerkSans-*.ttf    for the PDF renderer (react-pdf embeds its own subset of these)
//   MaatwerkSans-*.woff2  the same glyphs for the HTML twin, embedded in it as data URLs
//
// A subset is a Modified Version under the OFL, and the licence reserves the name "Source" for
// Adobe's own fonts, so the subsets are renamed "Maatwerk Sans" (rename-font.ts) before the WOFF2
// is made from them; copyright, licence and version names stay.
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
import { renameFont, type NewFamily } from './rename-font.ts';

const require = createRequire(import.meta.url);
/** HarfBuzz's subsetter (CommonJS, no bundled types). */
const subsetFont = require('subset-font') as (
  font: Buffer,
  text: string,
  options: { targetFormat: 'sfnt' | 'woff2'; keepFeatures: string[]; preserveNameIds: number[] },
) => Promise<Buffer>;

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

/**
 * The names HarfBuzz keeps: family, style, version and the legal texts (copyright 0, trademark 7,
 * description 10, licence 13 and 14). Its default keeps only 0-6, which would drop the licence.
 */
const NAME_IDS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17];

/** The OFL's Reserved Font Name rule: a Modified Version of Source Sans 3 needs another name. */
const MAATWERK_SANS: NewFamily = {
  family: 'Maatwerk Sans',
  postscriptFamily: 'MaatwerkSans',
  description:
    'Maatwerk Sans is a Modified Version of Adobe’s Source Sans 3 under the SIL Open Font License 1.1: a Latin subset, renamed because of the Reserved Font Name “Source”. Made by scripts/subset-fonts.ts of @maatwerk/kennisblad.',
};

/** The face's file in the `source-sans` package. */
const SOURCE_FILES: Readonly<FontSources> = {
  regular: 'SourceSans3-Regular.ttf',
  semibold: 'SourceSans3-Semibold.ttf',
  bold: 'SourceSans3-Bold.ttf',
  italic: 'SourceSans3-It.ttf',
};

const characters = RANGES.map(([from, to]) => String.fromCodePoint(...Array.from({ length: to - from + 1 }, (_, index) => from + index))).join('');

/**
 * The subset files of one face: the renamed TTF for the PDF and, made from it (HarfBuzz cannot
 * rename, and WOFF2 compression is its job), the WOFF2 for the HTML twin.
 */
export async function subsetFace(face: keyof FontSources): Promise<{ ttf: Buffer; woff2: Buffer }> {
  const source = await readFile(join(dirname(require.resolve('source-sans/package.json')), 'TTF', SOURCE_FILES[face]));
  const options = { keepFeatures: FEATURES, preserveNameIds: NAME_IDS };
  const ttf = renameFont(await subsetFont(source, characters, { ...options, targetFormat: 'sfnt' }), MAATWERK_SANS);
  const woff2 = await subsetFont(ttf, characters, { ...options, targetFormat: 'woff2' });
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
