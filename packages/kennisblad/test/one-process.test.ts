// The studio's worker and the receiver make document after document in one process: what one
// render leaves behind (fontkit's glyphs, our caches) must not change the next. Its own file, so
// these renders are the first in their process.
import { expect, test } from 'vitest';
import { buildReport, renderKennisblad, renderReport } from '../src/index.ts';
import { sampleResult } from '../scripts/sample.ts';
import { dataset, readPdf } from './helpers.ts';

test('a report made after the kennisblad has all its text, and the kennisblad made after it the same bytes', async () => {
  const data = await dataset();
  const result = sampleResult(data.content);
  const kennisblad = await renderKennisblad(data);
  // The kennisblad's font subsets ask fontkit for the parts of composite glyphs (a period among
  // them) without code points; the report's numbered headings then lost "1. " before the fix.
  const { text } = await readPdf(await renderReport(data, result));
  const headings = buildReport(data, result).domains.map((domain) => domain.heading);
  expect(headings[0]).toMatch(/^1\. /);
  for (const heading of headings) expect(text).toContain(heading);
  expect((await renderKennisblad(data)).equals(kennisblad)).toBe(true);
}, 120_000);
