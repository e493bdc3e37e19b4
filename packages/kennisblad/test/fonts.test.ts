// The font files in fonts/: Maatwerk Sans, renamed subsets of Source Sans 3 made by
// scripts/subset-fonts.ts, used by the PDF (TTF) and embedded in the HTML twin (WOFF2).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { create } from 'fontkit';
import { describe, expect, test } from 'vitest';
import { DEFAULT_DATA_DIR } from '@maatwerk/model/node';
import { FONT_FILES, WEB_FONT_FILES, buildKennisblad, nodeFontSources, registerFonts, renderKennisblad, run, type FontSources } from '../src/index.ts';
import { checkCoverage, loadFonts, MissingCharactersError } from '../src/fonts.ts';
import { FONTS_DIR, subsetFace } from '../scripts/subset-fonts.ts';
import { captureIo, copyData, dataset, editJson, temporaryDir } from './helpers.ts';

const faces = Object.keys(FONT_FILES) as Array<keyof FontSources>;

describe('the shipped font subsets', () => {
  test('are what scripts/subset-fonts.ts makes from the source-sans package', async () => {
    for (const face of faces) {
      const made = await subsetFace(face);
      expect(made.ttf.equals(await readFile(join(FONTS_DIR, FONT_FILES[face]))), FONT_FILES[face]).toBe(true);
      expect(made.woff2.equals(await readFile(join(FONTS_DIR, WEB_FONT_FILES[face]))), WEB_FONT_FILES[face]).toBe(true);
    }
  }, 180_000);

  test('are named Maatwerk Sans (the OFL reserves “Source” for Adobe’s own fonts) and keep the licence and the layout tables', async () => {
    const styles = { regular: 'Regular', semibold: 'Semibold', bold: 'Bold', italic: 'It' };
    for (const face of faces) {
      for (const file of [FONT_FILES[face], WEB_FONT_FILES[face]]) {
        const font = create(await readFile(join(FONTS_DIR, file)));
        expect(font.familyName, file).toMatch(/^Maatwerk Sans\b/);
        expect(font.postscriptName, file).toBe(`MaatwerkSans-${styles[face]}`);
        const { copyright, trademark, description, license, ...names } = font.name.records;
        expect(JSON.stringify(names), file).not.toMatch(/Source/);
        expect(description?.en, file).toMatch(/Modified Version of Adobe’s Source Sans 3/);
        expect(copyright?.en, file).toMatch(/Reserved Font Name ‘Source’/);
        expect(license?.en, file).toMatch(/SIL Open Font License/);
        expect(trademark, file).toBeDefined();
        expect(Object.keys(font.directory.tables), file).toEqual(expect.arrayContaining(['GDEF', 'GSUB', 'GPOS', 'glyf', 'head', 'name']));
      }
    }
  });

  test('the renamed TTFs have valid table and file checksums', async () => {
    const sum = (data: Buffer): number => {
      let total = 0;
      for (let at = 0; at < data.length; at += 4) total = (total + Buffer.concat([data.subarray(at, at + 4), Buffer.alloc(4)]).readUInt32BE(0)) >>> 0;
      return total;
    };
    for (const face of faces) {
      const font = await readFile(join(FONTS_DIR, FONT_FILES[face]));
      expect(sum(font), FONT_FILES[face]).toBe(0xb1b0afba);
      for (let index = 0; index < font.readUInt16BE(4); index++) {
        const [tag, checksum, offset, length] = [font.toString('latin1', 12 + index * 16, 16 + index * 16), ...[4, 8, 12].map((field) => font.readUInt32BE(12 + index * 16 + field))] as [string, number, number, number];
        const table = Buffer.from(font.subarray(offset, offset + length));
        if (tag === 'head') table.writeUInt32BE(0, 8);
        expect(sum(table), `${FONT_FILES[face]} ${tag}`).toBe(checksum);
      }
    }
  });

  test('cover every character of the shipped data and the package’s labels, in all four faces', async () => {
    // The labels' source files: their sentences are functions, which JSON would leave out.
    const texts = await Promise.all(['labels.nl.ts', 'labels.en.ts'].map((file) => readFile(join(import.meta.dirname, '..', 'src', file), 'utf8')));
    for (const file of ['content.nl.json', 'content.en.json', 'traject.nl.json', 'traject.en.json', 'municipalities.json', 'advisers.json']) {
      texts.push(await readFile(join(DEFAULT_DATA_DIR, file), 'utf8'));
    }
    const characters = new Set([...texts.join('')].filter((character) => !/\s/u.test(character)));
    for (const face of faces) {
      for (const file of [FONT_FILES[face], WEB_FONT_FILES[face]]) {
        const font = create(await readFile(join(FONTS_DIR, file)));
                expect([...characters].filter((character) => !font.hasGlyphForCodePoint(character.codePointAt(0)!)), file).toEqual([]);
      }
    }
  });

  test('a text with a character outside them is refused before rendering, naming the character and the text', async () => {
    registerFonts(nodeFontSources());
    await loadFonts();
    const view = buildKennisblad(await dataset());
    expect(() => checkCoverage(view)).not.toThrow();
    const broken = { ...view, title: 'Маатверк' };
    expect(() => checkCoverage(broken)).toThrow(MissingCharactersError);
    expect(() => checkCoverage(broken)).toThrow('"М" (U+041C) in "Маатверк"');
  });

  test('the CLI says in Dutch which character the font cannot show, and writes nothing', async () => {
    const data = await copyData();
    await editJson(join(data, 'traject.nl.json'), (traject) => {
      (traject.why as { heading: string }).heading = 'Почему een integrale aanpak?';
    });
    const dir = await temporaryDir();
    const { io, err } = captureIo(dir);
    expect(await run(['--data', data, '--out', 'uit/'], io)).toBe(1);
    expect(err.join('\n')).toContain('✗ Het lettertype van het document kan deze tekens niet tonen. Er is geen bestand gemaakt.');
    expect(err.join('\n')).toContain('"П" in: Почему een integrale aanpak?');
  });

  test('the PDF embeds them (subset again, with a Unicode map)', async () => {
    const pdf = (await renderKennisblad(await dataset())).toString('latin1');
    for (const face of ['Regular', 'Semibold', 'Bold', 'It']) expect(pdf).toMatch(new RegExp(`/FontName /[A-Z]{6}\\+MaatwerkSans-${face}\\b`));
  });
});
