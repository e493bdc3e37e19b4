// Gives a TrueType font a new family name by replacing its `name` table, keeping every other
// table byte for byte (glyphs, hinting, GSUB/GPOS/GDEF, kerning).
//
// Why our own code: the OFL's Reserved Font Name rule means a Modified Version (our subsets) must
// not be called "Source Sans 3", and the JavaScript font libraries that can rename a font
// (opentype.js, fonteditor-core) do so by decoding and re-encoding the whole font, which loses or
// rewrites layout tables. Renaming only needs a new `name` table and a rebuilt table directory.
//
// The sfnt layout (OpenType spec, "Organization of an OpenType font"): a 12-byte header, one
// 16-byte record per table (tag, checksum, offset, length) sorted by tag, then the tables, each
// starting on a 4-byte boundary. A table's checksum is the sum of its big-endian 32-bit words
// (zero-padded); `head.checkSumAdjustment` makes the whole file sum to 0xB1B0AFBA.

/** The new names of a face; everything else (style, version, copyright, licence) is kept. */
export interface NewFamily {
  /** The family name, e.g. "Maatwerk Sans" (nameIDs 1 and 16, and the start of 4). */
  family: string;
  /** The family name without spaces, before "-<style>" in the PostScript name (nameID 6). */
  postscriptFamily: string;
  /** Says what the font is and where it comes from (nameID 10, the description). */
  description: string;
}

const WINDOWS = 3;
const UNICODE_BMP = 1;
const ENGLISH_US = 0x409;

const NAME = {
  family: 1,
  subfamily: 2,
  uniqueId: 3,
  fullName: 4,
  version: 5,
  postscriptName: 6,
  description: 10,
  typographicFamily: 16,
  typographicSubfamily: 17,
} as const;

/** The Windows English (US) names of a `name` table; the only records the new table has. */
function readNames(table: Buffer): Map<number, string> {
  const count = table.readUInt16BE(2);
  const storage = table.readUInt16BE(4);
  const names = new Map<number, string>();
  for (let index = 0; index < count; index++) {
    const at = 6 + index * 12;
    const [platform, encoding, language, nameId, length, offset] = [0, 2, 4, 6, 8, 10].map((field) => table.readUInt16BE(at + field)) as [number, number, number, number, number, number];
    if (platform !== WINDOWS || encoding !== UNICODE_BMP || language !== ENGLISH_US) continue;
    // A copy: swap16() works in place.
    names.set(nameId, Buffer.from(table.subarray(storage + offset, storage + offset + length)).swap16().toString('utf16le'));
  }
  return names;
}

/** A format-0 `name` table with one Windows English (US) UTF-16BE record per name, sorted by nameID. */
function writeNames(names: Map<number, string>): Buffer {
  const sorted = [...names].sort(([a], [b]) => a - b);
  const strings = sorted.map(([, text]) => Buffer.from(text, 'utf16le').swap16());
  const header = Buffer.alloc(6 + sorted.length * 12);
  header.writeUInt16BE(0, 0);
  header.writeUInt16BE(sorted.length, 2);
  header.writeUInt16BE(header.length, 4);
  let offset = 0;
  sorted.forEach(([nameId], index) => {
    const at = 6 + index * 12;
    [WINDOWS, UNICODE_BMP, ENGLISH_US, nameId, strings[index]!.length, offset].forEach((value, field) => header.writeUInt16BE(value, at + field * 2));
    offset += strings[index]!.length;
  });
  return Buffer.concat([header, ...strings]);
}

/** The names of the face under its new family: the style, version and legal texts stay. */
function renamed(names: Map<number, string>, { family, postscriptFamily, description }: NewFamily): Map<number, string> {
  const get = (nameId: number): string => {
    const name = names.get(nameId);
    if (name === undefined) throw new Error(`The font has no Windows English name ${nameId}.`);
    return name;
  };
  const oldFamily = names.get(NAME.typographicFamily) ?? get(NAME.family);
  // The family name with the new family in front: "Source Sans 3 Semibold" -> "Maatwerk Sans Semibold".
  const withNewFamily = (name: string): string => {
    if (!name.startsWith(oldFamily)) throw new Error(`"${name}" does not start with the family name "${oldFamily}".`);
    return family + name.slice(oldFamily.length);
  };
  const postscriptName = `${postscriptFamily}-${get(NAME.postscriptName).split('-').at(-1)}`;
  const version = /\d+\.\d+/.exec(get(NAME.version))?.[0] ?? get(NAME.version);
  const result = new Map(names);
  result.set(NAME.family, withNewFamily(get(NAME.family)));
  result.set(NAME.uniqueId, `${version};${postscriptName}`);
  result.set(NAME.fullName, withNewFamily(get(NAME.fullName)));
  result.set(NAME.postscriptName, postscriptName);
  result.set(NAME.description, description);
  if (names.has(NAME.typographicFamily)) result.set(NAME.typographicFamily, family);
  return result;
}

/** Sum of the big-endian 32-bit words of `data`, as if zero-padded to a multiple of 4 bytes. */
function checksum(data: Buffer): number {
  const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
  let sum = 0;
  for (let at = 0; at < padded.length; at += 4) sum = (sum + padded.readUInt32BE(at)) >>> 0;
  return sum;
}

/** The font (a TrueType/OpenType sfnt, not WOFF) with the new family's names. */
export function renameFont(font: Buffer, newFamily: NewFamily): Buffer {
  const count = font.readUInt16BE(4);
  const tables = new Map<string, Buffer>();
  for (let index = 0; index < count; index++) {
    const at = 12 + index * 16;
    const offset = font.readUInt32BE(at + 8);
    tables.set(font.toString('latin1', at, at + 4), font.subarray(offset, offset + font.readUInt32BE(at + 12)));
  }
  const name = tables.get('name');
  const head = tables.get('head');
  if (!name || !head) throw new Error('The font has no name or head table.');
  tables.set('name', writeNames(renamed(readNames(name), newFamily)));
  // checkSumAdjustment (offset 8 in head) counts as 0 while the checksums are computed.
  const newHead = Buffer.from(head);
  newHead.writeUInt32BE(0, 8);
  tables.set('head', newHead);

  const tags = [...tables.keys()].sort();
  const header = Buffer.from(font.subarray(0, 12 + count * 16));
  const parts: Buffer[] = [header];
  let offset = header.length;
  tags.forEach((tag, index) => {
    const data = tables.get(tag)!;
    const at = 12 + index * 16;
    header.write(tag, at, 'latin1');
    header.writeUInt32BE(checksum(data), at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(data.length, at + 12);
    const padding = Buffer.alloc((4 - (data.length % 4)) % 4);
    parts.push(data, padding);
    offset += data.length + padding.length;
  });
  const result = Buffer.concat(parts);
  const headAt = result.readUInt32BE(12 + tags.indexOf('head') * 16 + 8);
  result.writeUInt32BE((0xb1b0afba - checksum(result)) >>> 0, headAt + 8);
  return result;
}
