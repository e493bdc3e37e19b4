// `pnpm --filter @maatwerk/widgets bench:quick-scan`: how long each click of the quick scan keeps
// the main thread busy, in real Chromium with the CPU slowed down 4x (a modest phone), through the
// whole scan: all policy domains, all statements, the result. Not part of `pnpm test`: timings
// belong in a benchmark, and the figures depend on the machine.
//
// Per click: a real mouse click (Playwright, so the browser sees a trusted input event), then wait
// until the screen shows what the click asked for and the page has been quiet for a moment. The
// figures, all from the browser itself:
// - the longest task in CPU time: Chromium's trace (every task on the page's main thread, including
//   the tasks a progressive render schedules after the click), as the thread's own time. With the
//   CPU throttled, that time includes the slow-down, but not the time other processes had the CPU:
//   on a busy machine (CI, shared cores) it is the figure that stays put. The budget applies to it.
// - the longest task in wall time: Long Tasks API (50 ms or more; "<50" when none). On a busy
//   machine this grows with the load.
// - INP-style latency: Event Timing API, the longest event of the interaction from input to the
//   next paint (rounded to 8 ms by the browser). p98 per kind of click, like INP for a page.
//
// Targets: no task over 200 ms (the issue), and an interaction latency of at most 200 ms (INP's
// "good"). Each row says PASS or FAIL against its target; the exit code follows the longest task.
//
// Options: `--entry quick-scan|maatwerk` (default both), `--runs N` (default 2), `--rate N` (default 4),
// `--explain`: under each row, what the longest task of that kind spent its CPU time on (script by
// function, style, layout, GC: from the same trace), built unminified so the functions keep their names.
// Before/after: check out the older `packages/widgets/src` and run it again.
import { parseArgs } from 'node:util';
import { chromium, type Locator, type Page } from 'playwright';
import { chromiumLaunchOptions } from '../../../tests/support/chromium.ts';
import { TRACE_CATEGORIES, mainThreadTasks, type Task, type TraceEvent } from '../../../tests/support/main-thread-trace.ts';
import { ENTRIES } from './entries.ts';
import { buildAndServe, pageFor } from './serve-build.ts';

const BUDGET_MS = 200;
const INP_TARGET_MS = 200;
const { values: options } = parseArgs({
  options: {
    entry: { type: 'string', multiple: true },
    runs: { type: 'string', default: '2' },
    rate: { type: 'string', default: '4' },
    explain: { type: 'boolean', default: false },
  },
});
const entries = ENTRIES.filter((entry) => (options.entry ?? ['quick-scan', 'maatwerk']).includes(entry.name));
const runs = Number(options.runs);
const rate = Number(options.rate);

/** Collects long tasks and event timings from the start of the page; `__bench.take()` empties the buffer. */
const OBSERVE = `(() => {
  const tasks = [], events = [];
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) tasks.push(entry.duration); }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.interactionId) events.push({ id: entry.interactionId, name: entry.name, duration: entry.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  window.__bench = { take: () => ({ tasks: tasks.splice(0), events: events.splice(0) }) };
})()`;

const served = await buildAndServe(
  entries,
  Object.fromEntries(entries.map((entry) => [`/${entry.name}.html`, pageFor(entry)])),
  { minify: !options.explain },
);
const origin = served.origin;

type Sample = { kind: string; task: Task; longest: number; latency: number };

const NO_TASK: Task = { start: 0, wall: 0, cpu: 0, selfTime: new Map(), breakdown: () => '' };

/** Clicks, waits for `done`, lets the page settle, and returns what the click cost. */
async function click(page: Page, kind: string, target: Locator, done: () => Promise<unknown>): Promise<Sample> {
  await page.evaluate('window.__bench.take()');
  await target.scrollIntoViewIfNeeded();
  await page.context().browser()!.startTracing(page, { categories: TRACE_CATEGORIES });
  await target.click();
  await done();
  // Quiet: two frames, then a pause long enough for any task a progressive render scheduled.
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 400))))');
  const trace = JSON.parse((await page.context().browser()!.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  const { tasks, events } = await page.evaluate<{ tasks: number[]; events: { duration: number }[] }>('window.__bench.take()');
  const task = mainThreadTasks(trace.traceEvents).reduce((longest, next) => (next.cpu > longest.cpu ? next : longest), NO_TASK);
  return { kind, task, longest: Math.max(0, ...tasks), latency: Math.max(0, ...events.map((event) => event.duration)) };
}

const h2 = (page: Page) => page.locator('maatwerk-quick-scan h2');
const navigated = (page: Page, before: string) => async () => {
  await page.waitForFunction(
    (previous) => {
      const heading = document.querySelector('maatwerk-quick-scan')?.shadowRoot?.querySelector('h2');
      return heading && heading.textContent !== previous && document.querySelector('maatwerk-quick-scan')!.shadowRoot!.activeElement === heading;
    },
    before,
    { timeout: 60_000 },
  );
};

async function scanOnce(page: Page, url: string): Promise<Sample[]> {
  const samples: Sample[] = [];
  await page.goto(url);
  await page.getByRole('button', { name: 'Start de scan' }).waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const scan = page.locator('maatwerk-quick-scan');
  const step = async (kind: string, name: string | RegExp) =>
    samples.push(await click(page, kind, scan.getByRole('button', { name, exact: true }), navigated(page, (await h2(page).textContent()) ?? '')));

  await step('start', 'Start de scan');
  for (const box of await scan.getByRole('checkbox').all()) if (!(await box.isChecked())) await box.check();
  await step('begin (Begin met de vragen)', 'Begin met de vragen');
  let answer = 0;
  for (;;) {
    // Five options per statement, in document order (a list per statement or a matrix row by row).
    const radios = scan.getByRole('radio');
    const statements = (await radios.count()) / 5;
    for (let index = 0; index < statements; index++) {
      const radio = radios.nth(index * 5 + (answer++ % 5));
      samples.push(await click(page, 'answer', radio, () => radio.isChecked()));
    }
    const last = scan.getByRole('button', { name: 'Bekijk het resultaat', exact: true });
    if (await last.count()) {
      await step('result (Bekijk het resultaat)', 'Bekijk het resultaat');
      await scan.locator('details').first().waitFor({ timeout: 60_000 }); // the whole result is there
      break;
    }
    await step('next (Volgende)', 'Volgende');
  }
  // On the result: open and close every disclosure, then start over.
  for (const disclosure of await scan.locator('summary').all()) {
    if (!(await disclosure.isVisible())) continue;
    samples.push(await click(page, 'disclosure', disclosure, async () => undefined));
  }
  samples.push(await click(page, 'restart (Opnieuw beginnen)', scan.getByRole('button', { name: 'Opnieuw beginnen' }), async () => scan.getByRole('button', { name: /^Ja/ }).waitFor()));
  await step('confirm restart', /^Ja/);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return samples;
}

const p98 = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.98 * sorted.length) - 1)]!;
};
const ms = (value: number, floor = 0) => (value < floor ? `<${floor}` : value.toFixed(0)).padStart(5);

const verdict = (value: number, target: number) => `${value <= target ? 'PASS' : 'FAIL'} (<= ${target})`;

const browser = await chromium.launch(chromiumLaunchOptions());
let worst = 0;
try {
  for (const entry of entries) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(OBSERVE);
    const all: Sample[] = [];
    for (let run = 0; run < runs; run++) all.push(...(await scanOnce(page, `${origin}/${entry.name}.html`)));
    await context.close();
    console.log(`\n${entry.name}.js (${entry.elements.join(', ')}), CPU ${rate}x slower, ${runs} runs, all domains`);
    console.log(`  ${'interaction'.padEnd(30)} ${'n'.padStart(3)}  ${'longest task, CPU ms'.padEnd(27)}  ${'wall ms'.padStart(7)}  INP-style p98 ms`);
    for (const kind of [...new Set(all.map((sample) => sample.kind))]) {
      const of = all.filter((sample) => sample.kind === kind);
      const longest = of.reduce((a, b) => (b.task.cpu > a.task.cpu ? b : a)).task;
      const latency = p98(of.map((sample) => sample.latency));
      worst = Math.max(worst, longest.cpu);
      console.log(
        `  ${kind.padEnd(30)} ${String(of.length).padStart(3)}  ${ms(longest.cpu)} ${verdict(longest.cpu, BUDGET_MS).padEnd(21)}  ${ms(Math.max(...of.map((s) => s.longest)), 50).padStart(7)}  ${ms(latency, 16)} ${verdict(latency, INP_TARGET_MS)}`,
      );
      if (options.explain) console.log(`  ${''.padEnd(35)}${longest.breakdown()}`);
    }
  }
} finally {
  await browser.close();
  await served.close();
}
const passed = worst <= BUDGET_MS;
console.log(`\n${passed ? 'PASS' : 'FAIL'}: longest task (CPU time) of any click ${worst.toFixed(0)} ms ${passed ? '<=' : '>'} ${BUDGET_MS} ms (CPU ${rate}x slower)`);
console.log('INP-style latency is wall time from input to the next paint: on a busy machine it grows with the load.');
process.exit(passed ? 0 : 1);
