// `pnpm --filter @maatwerk/widgets bench`: how long from a key stroke to updated suggestions in
// <maatwerk-adviseur-finder>, in real Chromium, for every prefix of every municipality name (plus
// former names, other spellings and typos). Not part of `pnpm test`: timings belong in a benchmark.
//
// Per key stroke, inside the page: set the field's value, dispatch the `input` event the browser
// would, wait for the typeahead and the finder to finish rendering (`updateComplete`), then force
// style and layout by reading the list's size. That is all the work the key stroke causes before
// the browser can paint; it must fit in one frame at 60 Hz (16.7 ms) for p95. Also prints the
// model's pure `search()` time in Node.
import { createMunicipalityIndex, type Advisers, type Geography } from '@maatwerk/model';
import advisersData from '@maatwerk/model/data/advisers.json';
import geographyData from '@maatwerk/model/data/municipalities.json';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../../tests/support/chromium.ts';
import { ENTRIES } from './entries.ts';
import { buildAndServe, pageFor } from './serve-build.ts';

const FRAME_MS = 1000 / 60;

/** Runs in the page: types each value into the finder's field and times the work until the list is laid out. */
const MEASURE_IN_PAGE = `async (typed) => {
  const finder = document.querySelector('maatwerk-adviseur-finder');
  await finder.updateComplete;
  const combobox = finder.shadowRoot.querySelector('maatwerk-municipality-combobox');
  await combobox.updateComplete;
  const input = combobox.shadowRoot.querySelector('input');
  const listbox = combobox.shadowRoot.querySelector('[role="listbox"]');
  const times = [];
  let shown = 0;
  const type = async (value) => {
    input.value = value;
    const start = performance.now();
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
    await combobox.updateComplete;
    await finder.updateComplete;
    shown += listbox.offsetHeight > 0 ? 1 : 0; // reading a size forces style and layout
    return performance.now() - start;
  };
  for (const value of typed) {
    times.push(await type(value));
    if (value.length === 1) await new Promise((resolve) => setTimeout(resolve, 0)); // a new word: let the page breathe
  }
  await type('');
  return { times, shown };
}`;
const geography = geographyData as unknown as Geography;
const advisers = advisersData as unknown as Advisers;

/** Every current name, every alias, and some typical typos and codes. */
const words = [
  ...geography.municipalities.map((municipality) => municipality.name),
  ...geography.municipalities.flatMap((municipality) => (municipality.aliases ?? []).map((alias) => alias.name)),
  'amsterdm',
  'rotterdma',
  'sudwest fryslan',
  'den bosch',
  'gm0363',
  'xyzzy',
];
const prefixes = words.flatMap((word) => Array.from({ length: word.length }, (_, index) => word.slice(0, index + 1)));

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { count: sorted.length, median: at(0.5), p95: at(0.95), max: sorted.at(-1)! };
}

const format = (s: ReturnType<typeof stats>, digits = 2) =>
  `n=${s.count}  median ${s.median.toFixed(digits)} ms  p95 ${s.p95.toFixed(digits)} ms  max ${s.max.toFixed(digits)} ms`;

// 1. The model alone, in Node.
const index = createMunicipalityIndex(geography, advisers);
for (const prefix of prefixes.slice(0, 500)) index.search(prefix); // warm up the JIT
const nodeTimes = prefixes.map((prefix) => {
  const start = performance.now();
  index.search(prefix);
  return performance.now() - start;
});
console.log(`search() in Node (${words.length} words, every prefix)`);
console.log(`  ${format(stats(nodeTimes), 3)}`);

// 2. The element, built as it ships, in Chromium.
const entry = ENTRIES.find((candidate) => candidate.name === 'adviseur-finder')!;
const served = await buildAndServe([entry], { '/': pageFor(entry) });

const browser = await chromium.launch(chromiumLaunchOptions());
let passed: boolean;
try {
  const page = await browser.newPage();
  await page.goto(`${served.origin}/`);
  await page.waitForFunction(() => customElements.get('maatwerk-adviseur-finder') !== undefined);

  // In-page code as text: tsx would wrap named functions in a helper the page does not have.
  const measure = (list: string[]) =>
    page.evaluate<{ times: number[]; shown: number }>(`(${MEASURE_IN_PAGE})(${JSON.stringify(list)})`);

  await measure(prefixes.slice(0, 300)); // warm up
  const { times, shown } = await measure(prefixes);
  const result = stats(times);
  passed = result.p95 < FRAME_MS;
  console.log(`\nkey stroke -> suggestions rendered, Chromium (${prefixes.length} key strokes, ${shown} with an open list)`);
  console.log(`  ${format(result)}`);
  const slowest = times.map((time, at) => [time, prefixes[at]!] as const).sort((a, b) => b[0] - a[0]).slice(0, 3);
  console.log(`  slowest: ${slowest.map(([time, text]) => `"${text}" ${time.toFixed(1)} ms`).join(', ')}`);

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const slow = stats((await measure(prefixes)).times);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  console.log(`  with the CPU slowed down 4x (a modest phone), for information:`);
  console.log(`  ${format(slow)}`);
  console.log(`\n${passed ? 'PASS' : 'FAIL'}: p95 ${result.p95.toFixed(2)} ms ${passed ? '<' : '>='} ${FRAME_MS.toFixed(1)} ms (one frame at 60 Hz)`);
} finally {
  await browser.close();
  await served.close();
}
process.exit(passed ? 0 : 1);
