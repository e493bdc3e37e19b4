// `pnpm --filter @maatwerk/receiver load [--seconds 10] [--clients 50] [--readers 3] [--sign-ups 30000]`
// Does reading the inbox slow down sign-ups or health checks? For each engine, starts the receiver
// with the inbox (load-inbox-server.ts, a process of its own) over a store seeded with 30,000
// sign-ups: PGlite in a temporary folder, then PostgreSQL (the server in DATABASE_URL, in a schema
// of its own, or without DATABASE_URL a throwaway server this script starts). Then, each phase
// bounded in time:
//   1. 50 clients post valid sign-ups (each a new key, so each a write), nobody reads the inbox;
//   2. the same, while 3 coordinators, logged in through the loopback OpenID provider, page through
//      the inbox list (newest first, following the "older" links, cycling filters).
// In both phases a prober in a process of its own (load-probe.ts) asks /healthz every 50 ms (phase 1
// shows what the writers alone cost it).
// Prints sign-ups/s of both phases, their ratio, /healthz p50/p99 and inbox pages/s per engine, then
// one line per engine and target with PASS/FAIL (issue 11: /healthz p99 under 100 ms; sign-ups at
// least 80% of phase 1). It reports; it does not exit non-zero on FAIL (figures depend on the machine).
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { textIn } from '@maatwerk/model';
import { INBOX_TEXT } from '../src/inbox/text.ts';
import { CookieClient } from '../src/loopback-browser.ts';
import { onServer, postSignUps, receiverRoot, startThrowawayServer, withSchema, type Figures } from './load-kit.ts';
import type { LoopDelay, ServerReady } from './load-inbox-server.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    clients: { type: 'string', default: '50' },
    readers: { type: 'string', default: '3' },
    'sign-ups': { type: 'string', default: '30000' },
  },
});
const duration = Number(values.seconds) * 1000;
const clients = Number(values.clients);
const readers = Number(values.readers);
/** A coordinator sees every region (accounts.json). */
const COORDINATOR = 'coordinator@example.org';
const PROBE_EVERY_MS = 50;
/** Pages a reader follows down one filter before taking the next filter. */
const PAGES_PER_FILTER = 20;
const TARGET_HEALTH_P99_MS = 100;
const TARGET_RATIO = 0.8;
/** The list page's link to the next, older page. */
const OLDER = new RegExp(`<a href="([^"]+)">(?:${textIn(INBOX_TEXT, 'nl').older}|${textIn(INBOX_TEXT, 'en').older})</a>`);

interface EngineFigures {
  engine: string;
  alone: Figures;
  healthAlone: Figures;
  loaded: Figures;
  health: Figures;
}

async function measure(engine: string, { url, regions, seedSeconds }: ServerReady, loopDelay: () => Promise<LoopDelay>): Promise<EngineFigures> {
  const signUps = new URL('/api/sign-ups', url);
  console.log(`\n${engine}: ${values['sign-ups']} sign-ups seeded in ${seedSeconds.toFixed(1)} s (bulk INSERT)`);
  const coordinators = await Promise.all(Array.from({ length: readers }, () => logIn(url)));
  const filters: Array<Record<string, string>> = [{}, { status: 'nieuw' }, { region: regions[0]! }, { region: regions[1]!, status: 'afgerond' }, { size: '100' }, { status: 'in-behandeling' }];

  await postSignUps(signUps, 10, 1000); // warm up: JIT, schema compilation, database caches
  await Promise.all(coordinators.map((browser) => read(browser, url, filters, 0, performance.now() + 1000)));

  const prober = await startProber(new URL('/healthz', url));
  await loopDelay();
  // The prober runs in phase 1 too: it tells whether a slow /healthz comes from the inbox or from the writers.
  const [alone, healthAlone] = await Promise.all([postSignUps(signUps, clients, duration), prober.probe(duration)]);
  const loopAlone = await loopDelay();
  const end = performance.now() + duration;
  const [loaded, health, ...pages] = await Promise.all([
    postSignUps(signUps, clients, duration),
    prober.probe(duration),
    ...coordinators.map((browser, index) => read(browser, url, filters, index * 2, end)),
  ]);
  const loopLoaded = await loopDelay();
  await prober.stop();
  const pagesRead = pages.reduce((sum, reader) => sum + reader.pages, 0);
  const pagesFailed = pages.reduce((sum, reader) => sum + reader.failed, 0);

  const row = (label: string, figures: Figures, extra = '') =>
    console.log(`${label.padEnd(44)}${figures.perSecond.toFixed(1).padStart(10)}${figures.p50.toFixed(1).padStart(9)}${figures.p99.toFixed(1).padStart(9)}${String(figures.failed).padStart(8)}${extra}`);
  console.log(`${''.padEnd(44)}${'per s'.padStart(10)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'failed'.padStart(8)}`);
  row(`1. sign-ups, ${clients} clients, no inbox load`, alone);
  row(`1. /healthz, one probe every ${PROBE_EVERY_MS} ms`, healthAlone);
  row(`2. sign-ups, ${clients} clients, ${readers} inbox readers`, loaded, `   ${((loaded.perSecond / alone.perSecond) * 100).toFixed(1)}% of phase 1`);
  row(`2. /healthz, one probe every ${PROBE_EVERY_MS} ms`, health);
  console.log(`${`2. inbox list pages, ${readers} coordinators`.padEnd(44)}${(pagesRead / (duration / 1000)).toFixed(1).padStart(10)}${''.padStart(18)}${String(pagesFailed).padStart(8)}`);
  // A slow /healthz with a short event loop delay waits elsewhere (the client, the network); a long delay means the receiver's thread was busy or got no CPU.
  for (const [phase, delay] of [[1, loopAlone], [2, loopLoaded]] as const) console.log(`${phase}. receiver event loop delay: p99 ${delay.p99.toFixed(1)} ms, max ${delay.max.toFixed(1)} ms`);
  return { engine, alone, healthAlone, loaded, health };
}

/** One line per engine and target: the figure next to the target. */
function verdicts(results: readonly EngineFigures[]): void {
  console.log('');
  for (const { engine, healthAlone, health, alone, loaded } of results) {
    const ratio = loaded.perSecond / alone.perSecond;
    const healthOk = health.p99 < TARGET_HEALTH_P99_MS && health.failed === 0;
    console.log(
      `${healthOk ? 'PASS' : 'FAIL'} ${engine}: /healthz p50 ${health.p50.toFixed(1)} ms, p99 ${health.p99.toFixed(1)} ms while the inbox is read (writers only: p50 ${healthAlone.p50.toFixed(1)}, p99 ${healthAlone.p99.toFixed(1)}; ${health.failed + healthAlone.failed} not 200) - target: p99 under ${TARGET_HEALTH_P99_MS} ms`,
    );
    console.log(`${ratio >= TARGET_RATIO ? 'PASS' : 'FAIL'} ${engine}: sign-ups ${loaded.perSecond.toFixed(1)}/s with inbox load, ${(ratio * 100).toFixed(1)}% of ${alone.perSecond.toFixed(1)}/s without - target: at least ${TARGET_RATIO * 100}%`);
  }
}

async function logIn(url: string): Promise<CookieClient> {
  const browser = new CookieClient();
  const { response } = await browser.logIn(url, COORDINATOR);
  await response.body?.cancel();
  if (response.status !== 200) throw new Error(`The coordinator could not log in: ${response.status}`);
  return browser;
}

/** One coordinator paging down the list until `end`: each filter in turn, from `first`, following "older" links. */
async function read(browser: CookieClient, url: string, filters: ReadonlyArray<Record<string, string>>, first: number, end: number): Promise<{ pages: number; failed: number }> {
  let pages = 0;
  let failed = 0;
  for (let turn = first; performance.now() < end; turn++) {
    let href: string | undefined = `/inbox/?${new URLSearchParams(filters[turn % filters.length])}`;
    for (let depth = 0; href && depth < PAGES_PER_FILTER && performance.now() < end; depth++) {
      const response = await browser.fetch(new URL(href, url).href);
      const page = await response.text();
      if (response.status !== 200) {
        failed++;
        break;
      }
      pages++;
      href = OLDER.exec(page)?.[1]?.replaceAll('&amp;', '&');
    }
  }
  return { pages, failed };
}

/** A /healthz prober in a process of its own (load-probe.ts): `probe(ms)` probes for `ms` ms and resolves with its figures. */
async function startProber(url: URL): Promise<{ probe: (ms: number) => Promise<Figures>; stop: () => Promise<void> }> {
  const prober = fork(new URL('load-probe.ts', import.meta.url).pathname, ['--url', url.href, '--every', String(PROBE_EVERY_MS)], {
    cwd: receiverRoot,
    execArgv: ['--import', 'tsx'],
  });
  const next = async <T>() => ((await Promise.race([once(prober, 'message'), once(prober, 'exit').then(() => Promise.reject(new Error('the /healthz prober stopped')))])) as [T])[0];
  await next<'ready'>();
  return {
    probe: (ms) => {
      prober.send(ms);
      return next<Figures>();
    },
    stop: async () => {
      prober.disconnect();
      await once(prober, 'exit');
    },
  };
}

/** Seeds a store at `location`, starts the receiver over it in a process of its own, measures, stops it. */
async function run(engine: string, location: string): Promise<EngineFigures> {
  const child = fork(new URL('load-inbox-server.ts', import.meta.url).pathname, ['--store', location, '--sign-ups', values['sign-ups']], {
    cwd: receiverRoot,
    execArgv: ['--import', 'tsx'],
  });
  try {
    const [ready] = (await Promise.race([once(child, 'message'), once(child, 'exit').then(() => Promise.reject(new Error('the receiver stopped before it was ready')))])) as [ServerReady];
    const loopDelay = async () => {
      child.send('loop-delay');
      return ((await once(child, 'message')) as [LoopDelay])[0];
    };
    return await measure(engine, ready, loopDelay);
  } finally {
    child.disconnect();
    await once(child, 'exit');
  }
}

console.log(`Inbox under load: ${clients} writers, ${readers} inbox readers, ${values.seconds} s per phase, Node ${process.version}`);
const serverUrl = process.env.DATABASE_URL?.trim() || startThrowawayServer();
const schema = `receiver_load_${process.pid}`;
const dir = mkdtempSync(join(tmpdir(), 'maatwerk-load-'));
const results: EngineFigures[] = [];
try {
  results.push(await run('PGlite (embedded)', join(dir, 'data')));
  await onServer(serverUrl, `CREATE SCHEMA ${schema}`);
  try {
    results.push(await run('PostgreSQL (pg)', withSchema(serverUrl, schema)));
  } finally {
    await onServer(serverUrl, `DROP SCHEMA ${schema} CASCADE`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
verdicts(results);
