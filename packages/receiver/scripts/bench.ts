// `pnpm --filter @maatwerk/receiver bench [--seconds 5] [--connections 1,10,50]`
// Starts the real receiver (src/main.ts) as its own process per engine and sends it valid sign-ups
// over loopback HTTP with keep-alive, from 1, 10 and 50 connections at once. Prints valid sign-ups
// per second and p50/p99 latency. Every sign-up has its own Idempotency-Key, so each one is a write.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '1,10,50' },
  },
});
const seconds = Number(values.seconds);
const levels = values.connections.split(',').map(Number);

const receiverRoot = new URL('..', import.meta.url);
const body = readFileSync(new URL('../../model/test/fixtures/sign-up/valid/full.json', import.meta.url));

interface Engine {
  name: string;
  args: (dir: string) => string[];
  env?: Record<string, string>;
}

const engines: Engine[] = [{ name: 'better-sqlite3 (one file)', args: (dir) => ['--db', join(dir, 'bench.sqlite')] }];

interface Figures {
  connections: number;
  perSecond: number;
  p50: number;
  p99: number;
  failed: number;
}

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

function postOnce(url: URL, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'Content-Type': 'application/json', 'Content-Length': body.length, 'Idempotency-Key': crypto.randomUUID() },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** `connections` clients, each sending one sign-up after the other, for `duration` milliseconds. */
async function load(url: URL, connections: number, duration: number): Promise<Figures> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let failed = 0;
  const started = performance.now();
  const end = started + duration;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const sent = performance.now();
        const status = await postOnce(url, agent).catch(() => 0);
        if (status === 201) latencies.push(performance.now() - sent);
        else failed++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
  return { connections, perSecond: latencies.length / elapsed, p50: at(0.5), p99: at(0.99), failed };
}

console.log(`Receiver benchmark: valid sign-ups (full.json, ${body.length} bytes), ${seconds} s per level, Node ${process.version}`);
for (const engine of engines) {
  const dir = mkdtempSync(join(tmpdir(), 'maatwerk-bench-'));
  const { url, child } = await startReceiver(engine, dir);
  try {
    const target = new URL('/api/sign-ups', url);
    await load(target, 10, 1000); // warm up: JIT, schema compilation, database caches
    console.log(`\n${engine.name}`);
    console.log('connections  sign-ups/s     p50 ms     p99 ms  failed');
    for (const connections of levels) {
      const figures = await load(target, connections, seconds * 1000);
      console.log(
        `${String(connections).padStart(11)}  ${figures.perSecond.toFixed(0).padStart(10)}  ${figures.p50.toFixed(2).padStart(9)}  ${figures.p99.toFixed(2).padStart(9)}  ${String(figures.failed).padStart(6)}`,
      );
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}
