// The kennisblad PDF, read back as a reader's tools see it.
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Dataset } from '@maatwerk/model/node';
import { buildKennisblad, renderKennisblad } from '../src/index.ts';
import { copyData, dataset, editJson, imageCount, normaliseText, pdffonts, pdfinfo, readPdf, temporaryDir, type PdfText } from './helpers.ts';

let data: Dataset;
let pdf: Buffer;
let file: string;
let read: PdfText;

beforeAll(async () => {
  data = await dataset('nl');
  pdf = await renderKennisblad(data);
  file = join(await temporaryDir(), 'kennisblad.pdf');
  await writeFile(file, pdf);
  read = await readPdf(pdf);
}, 120_000);

describe('the kennisblad', () => {
  test('numbers its pages and shows the running header from page 2', () => {
    read.pages.forEach((page, index) => expect(normaliseText(page)).toContain(`Pagina ${index + 1} van ${read.pages.length}`));
    expect(read.pages.slice(1).every((page) => page.includes(data.traject.title))).toBe(true);
  });

  test('is two to four A4 pages', async () => {
    const info = await pdfinfo(file);
    const pages = Number(info.Pages);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);
    expect(info['Page size']).toContain('A4');
  });

  test('has every section heading from the data, in reading order', () => {
    const { traject } = data;
    const headings = [traject.why, traject.what, traject.model, traject.steps, traject.delivers, traject.practice, traject.participation, traject.signUp].map(
      (section) => section.heading,
    );
    let from = 0;
    for (const heading of headings) {
      const at = read.text.indexOf(heading, from);
      expect(at, `heading "${heading}"`).toBeGreaterThanOrEqual(0);
      from = at;
    }
    expect(read.text).toContain(traject.title);
    expect(read.text).toContain(traject.subtitle);
  });

  test('shows every figure it refers to with its value, source and peildatum', () => {
    const view = buildKennisblad(data);
    expect(view.notes.length).toBeGreaterThan(0);
    for (const figure of view.notes) {
      expect(read.text, figure.id).toContain(figure.display);
      expect(read.text, figure.id).toContain(figure.source.name);
      expect(read.text, figure.id).toContain(figure.noteText);
    }
    // Every figure of the data that a section lists is shown.
    const listed = new Set(
      Object.values(data.traject).flatMap((value) => (value && typeof value === 'object' && 'figures' in value && Array.isArray(value.figures) ? (value.figures as string[]) : [])),
    );
    expect(new Set(view.notes.map((note) => note.id))).toEqual(listed);
  });

  test('shows the model: every factor, level and policy domain', () => {
    for (const item of [...data.content.factors, ...data.content.levels, ...data.content.domains]) {
      expect(read.text).toContain(item.name);
    }
  });

  test('shows the steps, the phases of the horizon, the practice example and both quotes', () => {
    const { traject, content } = data;
    for (const step of traject.steps.items) expect(read.text).toContain(step.title);
    for (const phase of content.phases) expect(read.text).toContain(phase.name);
    for (const item of traject.delivers.items) expect(read.text).toContain(item);
    expect(read.text).toContain(traject.practice.quote.text);
    expect(read.text).toContain(traject.quote.text);
    expect(read.text).toContain(traject.quote.organisation);
  });

  test('the national edition points to the general contact', () => {
    expect(read.text).toContain(data.advisers.general.name);
    expect(read.text).toContain(data.advisers.general.email);
  });

  test('embeds and subsets Maatwerk Sans, with a Unicode map, and has no images', async () => {
    const fonts = await pdffonts(file);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const font of fonts) {
      expect(font.name).toMatch(/^[A-Z]{6}\+MaatwerkSans-/);
      expect(font, font.name).toMatchObject({ emb: true, sub: true, uni: true });
    }
    expect(fonts.map((font) => font.name.split('+')[1]).sort()).toEqual(['MaatwerkSans-Bold', 'MaatwerkSans-It', 'MaatwerkSans-Regular', 'MaatwerkSans-Semibold']);
    expect(await imageCount(file)).toBe(0);
  });

  test('sets title, author, subject, keywords, language and fixed dates', async () => {
    const info = await pdfinfo(file);
    expect(info.Title).toBe(data.traject.title);
    expect(info.Author).toBe(data.traject.publisher);
    expect(info.Subject).toContain(data.traject.subtitle);
    for (const keyword of data.traject.keywords ?? []) expect(info.Keywords).toContain(keyword);
    expect(info.CreationDate).toMatch(/Jan\s+1 00:00:00 2026 UTC/);
    expect(read.info.Language).toBe('nl-NL');
    expect(read.info.CreationDate).toBe('D:20260101000000Z');
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/Lang (nl-NL)');
    expect(raw).toContain('/DisplayDocTitle true');
    expect(raw).toContain('/PageMode /UseOutlines');
  });

  test('has an outline (bookmarks) with the title and every section heading', () => {
    expect(read.outline[0]).toBe(data.traject.title);
    expect(read.outline).toEqual(expect.arrayContaining([data.traject.why.heading, data.traject.model.heading, data.traject.signUp.heading]));
  });

  test('is byte-identical across renders', async () => {
    const again = await renderKennisblad(data);
    expect(again.equals(pdf)).toBe(true);
  });

  test('--date changes only the dates', async () => {
    const other = await renderKennisblad(data, { date: '2026-03-15' });
    const info = await readPdf(other);
    expect(info.info.CreationDate).toBe('D:20260315000000Z');
    expect(info.text).toContain('15 maart 2026');
    expect(other.equals(pdf)).toBe(false);
  });

  test('keeps Dutch characters intact: ë ï é ’ and the ij ligature', async () => {
    const dir = await copyData();
    const special = 'Tweeëntwintig ruïnes, één café en ĳverige inwoners’ vragen.';
    await editJson(join(dir, 'traject.nl.json'), (traject) => {
      (traject.why as { paragraphs: string[] }).paragraphs.push(special);
      (traject.quote as { author: string }).author = 'Ruïne Ĳsselmeer-Noë';
    });
    const text = (await readPdf(await renderKennisblad(await dataset('nl', dir)))).text;
    for (const word of ['Tweeëntwintig', 'ruïnes', 'één', 'café', 'inwoners’', 'Ruïne', 'Noë']) expect(text).toContain(word);
    // pdfjs may hand the ligature back as one character or as two letters; both are the same text.
    expect(text.normalize('NFKC')).toContain('ijverige');
    expect(text.normalize('NFKC')).toContain('IJsselmeer');
  });

  test('the regional edition names the adviser of that region', async () => {
    const region = data.geography.regions.find((candidate) => candidate.code === 'AM05')!;
    const adviser = data.advisers.advisers.find((candidate) => candidate.region === region.code)!;
    const regional = await readPdf(await renderKennisblad(data, { region: 'AM05' }));
    expect(regional.text).toContain(adviser.name);
    expect(regional.text).toContain(adviser.email);
    expect(regional.text).toContain(region.name);
    expect(regional.text).toContain('Borne');
    expect(regional.pages.length).toBeLessThanOrEqual(4);
    expect(read.text).not.toContain(adviser.name);
  });

  test('every regional edition stays within four pages and shows its adviser’s address whole', async () => {
    for (const region of data.geography.regions) {
      const adviser = data.advisers.advisers.find((candidate) => candidate.region === region.code);
      const regional = await readPdf(await renderKennisblad(data, { region: region.code }));
      expect(regional.pages.length, region.code).toBeLessThanOrEqual(4);
      if (adviser) expect(regional.text, region.code).toContain(adviser.email);
    }
  }, 180_000);

  test('numbers the pages right when longer texts push the kennisblad past four pages', async () => {
    const dir = await copyData();
    await editJson(join(dir, 'traject.nl.json'), (traject) => {
      const why = traject.why as { paragraphs: string[] };
      why.paragraphs.push(...why.paragraphs, ...why.paragraphs);
    });
    const long = await readPdf(await renderKennisblad(await dataset('nl', dir)));
    const total = long.pages.length;
    expect(total).toBeGreaterThan(4);
    long.pages.forEach((page, index) => expect(normaliseText(page)).toContain(`Pagina ${index + 1} van ${total}`));
    // The running header is on every page but the first.
    expect(normaliseText(long.pages[0]!)).not.toContain('Landelijke editie Maatwerktraject');
    expect(long.pages.slice(1).every((page) => page.includes('Landelijke editie'))).toBe(true);
  });

  test('--lang en renders the English text and headings', async () => {
    const english = await dataset('en');
    const read = await readPdf(await renderKennisblad(english));
    for (const heading of [english.traject.why.heading, english.traject.model.heading, english.traject.signUp.heading]) {
      expect(read.text).toContain(heading);
    }
    expect(read.text).toContain('Page 1 of');
    expect(read.info.Language).toBe('en-GB');
    expect(read.pages.length).toBeLessThanOrEqual(4);
  });

  test('stays under 300 KB', () => {
    expect(pdf.length).toBeLessThan(300 * 1024);
  });

  test('the committed preview has one picture per page (run `pnpm --filter @maatwerk/kennisblad preview` after a change)', async () => {
    const pictures = (await readdir(join(import.meta.dirname, '..', 'preview'))).filter((name) => /^kennisblad-\d+\.png$/.test(name));
    expect(pictures.length).toBe(read.pages.length);
  });
});
