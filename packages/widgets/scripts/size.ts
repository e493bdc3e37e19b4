// `pnpm size` (from the repository root: builds first): what a page really loads for each entry,
// measured in Chromium. Each entry is loaded on a blank page with its element(s), served from dist/
// on 127.0.0.1, and every JavaScript file fetched is counted at gzip -9, in three groups:
//   loaded at start   everything the page fetches without any user interaction, until the elements
//                     have rendered, the browser was idle once and the network stayed quiet;
//   built-in data     chunks with built-in data that load on first use (scripts/entries.ts, DATA):
//                     counted where the budget includes that data, otherwise shown apart;
//   on demand         every other chunk the entry can load (English text, validators, the result
//                     screen): listed, never counted.
// The figure checked against the budget is "loaded at start" plus the counted data.
// Exits 1 when an entry is over its budget, is not built, or fails in the page.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright';
import { chromiumLaunchOptions } from '../../../tests/support/chromium.ts';
import { DATA, ENTRIES, type Entry } from './entries.ts';
import { pageFor, serve } from './serve-build.ts';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
/** The network counts as quiet after this long without a request starting or finishing. */
const QUIET_MS = 750;

interface File {
  file: string;
  gzip: number;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const gzipSize = (body: Buffer) => gzipSync(body, { level: 9 }).length;
const sum = (files: File[]) => files.reduce((total, file) => total + file.gzip, 0);
const list = (files: File[]) => files.map((file) => `${file.file} ${kb(file.gzip)}`).join(' · ');
const measured = (file: string): File => ({ file, gzip: gzipSize(readFileSync(join(dist, file))) });

// In-page code as text: tsx would wrap named functions in a helper the page does not have.
const RENDERED_AND_IDLE = `async (tags) => {
  for (const tag of tags) await customElements.whenDefined(tag);
  for (const element of document.querySelectorAll(tags.join(','))) await element.updateComplete;
  await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 }));
}`;

/** Every file in dist/ an entry can load: what it imports, statically or on demand, and so on. */
function reachable(entryFile: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(join(dist, file))) return;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const [, specifier] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
      visit(relative(dist, join(dist, dirname(file), specifier!)));
    }
  };
  visit(entryFile);
  return [...seen].sort();
}

/** What a blank page with the entry and its elements fetches before anyone touches it. */
async function loadedAtStart(browser: Browser, origin: string, entry: Entry) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const files: string[] = [];
  const errors: string[] = [];
  let pending = 0;
  let lastActivity = Date.now();
  const activity = (change: number) => {
    pending += change;
    lastActivity = Date.now();
  };
  tab.on('request', (request) => {
    activity(1);
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.js')) files.push(path.slice(1));
  });
  tab.on('requestfinished', () => activity(-1));
  tab.on('requestfailed', (request) => {
    activity(-1);
    errors.push(`request failed: ${request.url()}`);
  });
  tab.on('pageerror', (error) => errors.push(String(error)));
  tab.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  try {
    await tab.goto(`${origin}/page/${entry.name}`);
    await tab.evaluate(`(${RENDERED_AND_IDLE})(${JSON.stringify(entry.elements)})`);
    const deadline = Date.now() + 30_000;
    while ((pending > 0 || Date.now() - lastActivity < QUIET_MS) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  } catch (error) {
    errors.push(String(error));
  } finally {
    await context.close();
  }
  return { files: [...new Set(files)], errors };
}

const missing = ENTRIES.filter((entry) => !existsSync(join(dist, `${entry.name}.js`)));
for (const entry of missing) console.log(`${entry.name}: dist/${entry.name}.js is not built (run pnpm size from the repository root)`);
if (missing.length) process.exit(1);

const pages = Object.fromEntries(ENTRIES.map((entry) => [`/page/${entry.name}`, pageFor(entry)]));
const server = await serve(dist, pages);
const origin = server.origin;

let failed = false;
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  console.log('What a blank page with each entry and its element(s) loads, in Chromium (gzip -9 of every JavaScript file).\n');
  for (const entry of ENTRIES) {
    const { files, errors } = await loadedAtStart(browser, origin, entry);
    const start = files.map(measured);
    const later = reachable(`${entry.name}.js`).filter((file) => !files.includes(file));
    const data = Object.entries(DATA).flatMap(([kind, data]) =>
      later.filter((file) => data.chunk.test(file)).map((file) => ({ ...measured(file), counted: entry.includes?.includes(kind as keyof typeof DATA) ?? false, ...data })),
    );
    const onDemand = later.filter((file) => !data.some((chunk) => chunk.file === file)).map(measured);
    const counted = data.filter((chunk) => chunk.counted);
    const figure = sum(start) + sum(counted);
    const over = figure > entry.budgetKb * 1024;
    failed ||= over || errors.length > 0;

    console.log(`${entry.name} (${entry.budget}): ${kb(figure)} KB of ${entry.budgetKb} KB${over ? '  OVER BUDGET' : ''}`);
    console.log(`  loaded at start ${kb(sum(start)).padStart(5)} KB  ${list(start)}`);
    for (const chunk of data) {
      const note = chunk.counted ? 'counted, the budget includes it' : 'not counted';
      console.log(`  + ${kb(chunk.gzip).padStart(4)} KB ${note}: ${chunk.what}, loaded ${chunk.when} (${chunk.file})`);
    }
    console.log(`  on demand, not counted: ${list(onDemand) || 'nothing'}`);
    for (const error of errors) console.log(`  ERROR in the page: ${error}`);
    console.log('');
  }
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
