// `pnpm --filter @maatwerk/receiver bench [--seconds 5] [--connections 1,10,50]`
// Starts the real receiver (src/main.ts) as its own process per engine and sends it valid sign-ups
// over loopback HTTP with keep-alive, from 1, 10 and 50 connections at once. Prints valid sign-ups
// per second and p50/p99 latency. Every sign-up has its own Idempotency-Key, so each one is a write.
// Engines: PGlite in a temporary folder, and PostgreSQL: the server in DATABASE_URL (in a schema of
// its own, dropped afterwards) or, without DATABASE_URL, a throwaway server this script starts.
// Each figure is also given as a ratio to the better-sqlite3 receiver this store replaced,
// measured the same way (BASELINE below).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { onServer, postSignUps, receiverRoot, signUpBody as body, startThrowawayServer, withSchema } from './load-kit.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '1,10,50' },
  },
});
const seconds = Number(values.seconds);
const levels = values.connections.split(',').map(Number);

/**
 * The better-sqlite3 receiver (commit fa64c2b, WAL, synchronous=FULL): sign-ups/s per connection
 * count, measured with this script on the development machine (2 cores shared with other work, load
 * average about 20), the mean of a run just before and one just after the run of both engines in
 * the package README. On a machine that is busier or quieter the ratio says little: then run the
 * old receiver (`git checkout fa64c2b`) and this benchmark back to back.
 */
const BASELINE: Record<number, number> = { 1: 56, 10: 92, 50: 114 };

interface Engine {
  name: string;
  args: (dir: string) => string[];
  env?: Record<string, string>;
}

const serverUrl = process.env.DATABASE_URL?.trim() || startThrowawayServer();
const schema = `receiver_bench_${process.pid}`;
const engines: Engine[] = [
  { name: 'PGlite (embedded, default)', args: (dir) => ['--data', join(dir, 'data')], env: { DATABASE_URL: '' } },
  { name: 'PostgreSQL (pg, DATABASE_URL)', args: () => [], env: { DATABASE_URL: withSchema(serverUrl, schema) } },
];

/** Starts `src/main.ts --port 0` and resolves with its URL once it says where it listens. */
async function startReceiver(engine: Engine, dir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', '--port', '0', '--quiet', ...engine.args(dir)], {
    cwd: receiverRoot,
    env: { ...process.env, INIT_CWD: dir, ...engine.env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /listening on (http:\/\/[^/\s]+)/.exec(seen);
      if (match) {
        child.stdout!.removeAllListeners('data');
        child.stdout!.resume();
        resolve({ url: match[1]!, child });
      }
    });
    child.on('exit', (code) => reject(new Error(`the receiver stopped before listening (exit ${code})`)));
  });
}

console.log(`Receiver benchmark: valid sign-ups (full.json, ${body.length} bytes), ${seconds} s per level, Node ${process.version}`);
console.log(`Ratio: sign-ups/s against the better-sqlite3 receiver (${Object.entries(BASELINE).map(([connections, perSecond]) => `${perSecond}/s at ${connections}`).join(', ')})`);
await onServer(serverUrl, `CREATE SCHEMA ${schema}`);
for (const engine of engines) {
  const dir = mkdtempSync(join(tmpdir(), 'maatwerk-bench-'));
  const { url, child } = await startReceiver(engine, dir);
  try {
    const target = new URL('/api/sign-ups', url);
    await postSignUps(target, 10, 1000); // warm up: JIT, schema compilation, database caches
    console.log(`\n${engine.name}`);
    console.log('connections  sign-ups/s     p50 ms     p99 ms  failed   ratio');
    for (const connections of levels) {
      const figures = await postSignUps(target, connections, seconds * 1000);
      console.log(
        `${String(figures.clients).padStart(11)}  ${figures.perSecond.toFixed(0).padStart(10)}  ${figures.p50.toFixed(2).padStart(9)}  ${figures.p99.toFixed(2).padStart(9)}  ${String(figures.failed).padStart(6)}  ${BASELINE[connections] ? `${(figures.perSecond / BASELINE[connections]).toFixed(2)}x`.padStart(6) : '     -'}`,
      );
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}
await onServer(serverUrl, `DROP SCHEMA ${schema} CASCADE`);
