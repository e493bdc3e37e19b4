// Hyphenation: the exceptions list in the model's data (hyphenation.<lang>.json) before the TeX
// patterns, read back from the PDF text with poppler's pdftotext, as a search or a screen reader does.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { Document, Page, Text, renderToBuffer } from '@react-pdf/renderer';
import type { Hyphenation } from '@maatwerk/model';
import dutch from '@maatwerk/model/data/hyphenation.nl.json' with { type: 'json' };
import { FONT_FAMILY, buildKennisblad, hyphenateDutch, nodeFontSources, registerFonts, renderKennisblad } from '../src/index.ts';
import { loadFonts, loadHyphenation } from '../src/fonts.ts';
import { dataset, temporaryDir } from './helpers.ts';

const run = promisify(execFile);
const exceptions = (dutch as Hyphenation).words;
/** Words the list says never break. */
const unbroken = exceptions.filter((word) => !word.includes('-'));

async function pdftotext(pdf: Uint8Array): Promise<string> {
  const file = join(await temporaryDir('hyphenation-'), 'test.pdf');
  await writeFile(file, pdf);
  return (await run('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' })).stdout;
}

/** Every way to cut a word in two at a line end, as pdftotext shows it: with a hyphen, or without (a soft hyphen). */
function lineEndCuts(word: string): string[] {
  const letters = word.replaceAll('-', '');
  const allowed = new Set<number>();
  let at = 0;
  for (const part of word.split('-').slice(0, -1)) allowed.add((at += part.length));
  const cuts: string[] = [];
  for (let index = 1; index < letters.length; index++) {
    if (allowed.has(index)) continue;
    cuts.push(`${letters.slice(0, index)}-\n${letters.slice(index)}`, `${letters.slice(0, index)}\n${letters.slice(index)}`);
  }
  return cuts;
}

beforeAll(async () => {
  registerFonts(nodeFontSources());
  await Promise.all([loadFonts(), loadHyphenation('nl')]);
});

describe('Dutch hyphenation exceptions as data', () => {
  test('the list overrides the patterns: "verbeteracties" breaks only at verbeter-acties, a product name never', () => {
    expect(hyphenateDutch('verbeteracties')).toEqual(['verbeter', 'acties']);
    expect(hyphenateDutch('Verbeteracties,')).toEqual(['Verbeter', 'acties,']);
    expect(hyphenateDutch('Maatwerktraject')).toEqual(['Maatwerktraject']);
    expect(hyphenateDutch('(Maatwerktraject).')).toEqual(['(Maatwerktraject).']);
    // Other words still follow the patterns.
    expect(hyphenateDutch('basisvaardigheden').length).toBeGreaterThan(1);
  });

  test('in a PDF, a narrow column breaks "verbeteracties" at verbeter-acties and leaves Maatwerktraject whole', async () => {
    const pdf = await renderToBuffer(
      <Document>
        <Page size="A6" style={{ padding: 20, fontFamily: FONT_FAMILY, fontSize: 10 }}>
          <Text style={{ width: 48 }} hyphenationCallback={hyphenateDutch}>
            verbeteracties verbeteracties Maatwerktraject verbeteracties
          </Text>
        </Page>
      </Document>,
    );
    const text = await pdftotext(pdf);
    expect(text, 'the column is narrow enough to force a break').toContain('verbeter-\nacties');
    for (const word of ['verbeter-acties', ...unbroken]) for (const cut of lineEndCuts(word)) expect(text).not.toContain(cut);
    expect(text).toContain('Maatwerktraject');
  });

  test('the kennisblad never breaks a listed word elsewhere, nor a heading or the quote', async () => {
    const data = await dataset('nl');
    const view = buildKennisblad(data);
    const text = await pdftotext(await renderKennisblad(data));
    for (const word of exceptions) for (const cut of lineEndCuts(word)) expect(text).not.toContain(cut);
    const flat = text.replace(/\s+/g, ' ');
    const headings = [view.title, view.why, view.what, view.model, view.steps, view.delivers, view.practice, view.participation, view.signUp].map((entry) =>
      typeof entry === 'string' ? entry : entry.heading,
    );
    for (const heading of headings) expect(flat).toContain(heading);
    expect(flat).toContain(view.quote.text);
  });
});
