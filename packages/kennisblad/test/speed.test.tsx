// The work a render no longer does (see "Measured" in the README) must not change what it makes:
// designed pages laid out once as sheets, react-pdf's text layout cache, the font caches.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { Document, Font, Page, Text, renderToBuffer } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import type { DocumentProps } from '@react-pdf/renderer';
import {
  buildKennisblad,
  buildReport,
  nodeFontSources,
  registerFonts,
  renderKennisblad,
  renderKennisbladWith,
  renderReport,
  renderReportWith,
  type DocumentData,
} from '../src/index.ts';
import { hyphenateEnglish, hyphenatorFor, loadFonts, loadHyphenation, noHyphenation } from '../src/fonts.ts';
import { sampleResult } from '../scripts/sample.ts';
import { copyData, dataset, editJson, pdfinfo, temporaryDir } from './helpers.ts';

/** What the layout patch reads from the font store: react-pdf's opt-in text layout cache. */
interface TextLayoutCache {
  get: (key: string) => unknown;
  set: (key: string, value: unknown) => void;
}
const store = Font as unknown as { textLayoutCache?: TextLayoutCache };

let data: DocumentData;

beforeAll(async () => {
  data = await dataset();
  registerFonts(nodeFontSources());
  await Promise.all([loadFonts(), loadHyphenation('nl')]);
});

/** `renderToBuffer` that counts how often it ran. */
function countingRender() {
  const counter = {
    renders: 0,
    render: (document: ReactElement<DocumentProps>) => {
      counter.renders++;
      return renderToBuffer(document);
    },
  };
  return counter;
}

describe('designed pages as sheets', () => {
  test('a page that does not wrap is a sheet of its own size (layout patch; react-pdf made it as tall as its content)', async () => {
    const pdf = await renderToBuffer(
      <Document>
        <Page size="A4" wrap={false} style={{ padding: 40 }}>
          <Text>Eén regel.</Text>
        </Page>
      </Document>,
    );
    const file = join(await temporaryDir('sheet-'), 'sheet.pdf');
    await writeFile(file, pdf);
    const info = await pdfinfo(file);
    expect(info.Pages).toBe('1');
    expect(info['Page size']).toMatch(/^595\.28 x 841\.89 pts/);
  });

  test('the kennisblad and the report are laid out and rendered once, each designed page one sheet', async () => {
    const kennisblad = countingRender();
    expect((await renderKennisbladWith(buildKennisblad(data), kennisblad.render)).pages).toBe(4);
    expect(kennisblad.renders).toBe(1);
    const report = countingRender();
    const view = buildReport(data, sampleResult(data.content));
    await renderReportWith(view, report.render);
    expect(report.renders).toBe(1);
  });

  test('content that does not fit its sheet is noticed, and flows over more pages instead', async () => {
    const dir = await copyData();
    await editJson(join(dir, 'traject.nl.json'), (traject) => {
      const why = traject.why as { paragraphs: string[] };
      why.paragraphs.push(why.paragraphs[0]!);
    });
    const counter = countingRender();
    const { pages } = await renderKennisbladWith(buildKennisblad(await dataset('nl', dir)), counter.render);
    expect(counter.renders).toBe(2);
    expect(pages).toBeGreaterThan(4);
  });
});

describe('text layout cache', () => {
  test('a render that reuses laid-out texts gives the same bytes as one that lays out everything', async () => {
    const cache = store.textLayoutCache!;
    const regional = { region: 'AM05' };
    const first = await renderKennisblad(data, regional);
    let hits = 0;
    store.textLayoutCache = {
      get: (key) => {
        const lines = cache.get(key);
        if (lines) hits++;
        return lines;
      },
      set: (key, value) => cache.set(key, value),
    };
    try {
      expect((await renderKennisblad(data, regional)).equals(first)).toBe(true);
      expect(hits).toBeGreaterThan(150);
      // Another edition shares most texts, and differs where it should.
      const national = await renderKennisblad(data);
      store.textLayoutCache = undefined;
      expect((await renderKennisblad(data)).equals(national)).toBe(true);
      expect((await renderKennisblad(data, regional)).equals(first)).toBe(true);
      const result = sampleResult(data.content);
      const uncached = await renderReport(data, result);
      store.textLayoutCache = cache;
      await renderReport(data, result);
      expect((await renderReport(data, result)).equals(uncached)).toBe(true);
    } finally {
      store.textLayoutCache = cache;
    }
  }, 60_000);

  test('a language whose patterns are not loaded yet hyphenates nothing, under its own name (the cache keys by callback)', async () => {
    expect(hyphenatorFor('en')).toBe(noHyphenation);
    await loadHyphenation('en');
    expect(hyphenatorFor('en')).toBe(hyphenateEnglish);
    expect(hyphenateEnglish('municipalities').length).toBeGreaterThan(1);
  });
});
