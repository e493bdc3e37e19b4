// React (in development mode here) warns once per process about a list child without a key, on
// stderr, where a developer overlooks it. This file starts with a clean process state, so any
// warning while the documents render is caught.
import { afterEach, beforeEach, describe, expect, test, vi, type MockInstance } from 'vitest';
import { renderToBuffer } from '@react-pdf/renderer';
import { buildReport, kennisbladDocument, buildKennisblad, reportDocument, nodeFontSources, registerFonts } from '../src/index.ts';
import { loadFonts, loadHyphenation } from '../src/fonts.ts';
import { sampleResult } from '../scripts/sample.ts';
import { dataset } from './helpers.ts';

let errors: MockInstance<typeof console.error>;
beforeEach(() => {
  errors = vi.spyOn(console, 'error');
});
afterEach(() => errors.mockRestore());

describe('rendering in React development mode', () => {
  test('the kennisblad and the report (both layouts) raise no React warnings', async () => {
    expect(process.env.NODE_ENV).not.toBe('production');
    registerFonts(nodeFontSources());
    await Promise.all([loadFonts(), loadHyphenation('nl')]);
    const data = await dataset();
    const report = buildReport(data, sampleResult(data.content));
    for (const document of [
      kennisbladDocument(buildKennisblad(data), { fixedPageNumbers: true }),
      kennisbladDocument(buildKennisblad(data, { region: 'AM05' })),
      reportDocument(report, { layout: 'pages' }),
      reportDocument(report, { layout: 'flow' }),
    ]) {
      await renderToBuffer(document);
    }
    expect(errors.mock.calls.map((call) => call.map(String).join(' '))).toEqual([]);
  }, 120_000);
});
