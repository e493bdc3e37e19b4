// What the receiver's load scripts share (bench.ts, load-inbox.ts): the valid sign-up they post,
// a keep-alive HTTP request that reports its status, bounded concurrent clients with latency
// percentiles, and the PostgreSQL server to run against.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import pg from 'pg';

export const receiverRoot = new URL('..', import.meta.url);
export const signUpBody = readFileSync(new URL('../../model/test/fixtures/sign-up/valid/full.json', import.meta.url));

/** Posts `signUpBody` with a new Idempotency-Key (so each one is a write); resolves with the status, 0 on a network error. */
export function postSignUp(url: URL, agent: Agent): Promise<number> {
  return send(url, agent, 'POST', { 'Content-Type': 'application/json', 'Content-Length': signUpBody.length, 'Idempotency-Key': crypto.randomUUID() }, signUpBody);
}

/** One request over `agent`, body read and dropped; resolves with the status, 0 on a network error. */
export function send(url: URL, agent: Agent, method = 'GET', headers: Record<string, string | number> = {}, body?: Buffer): Promise<number> {
  return new Promise((resolve) => {
    const outgoing = request(url, { method, agent, headers }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', () => resolve(0));
    });
    outgoing.on('error', () => resolve(0));
    outgoing.end(body);
  });
}

export interface Figures {
  clients: number;
  /** Successful requests per second. */
  perSecond: number;
  p50: number;
  p99: number;
  failed: number;
}

/** Latency at quantile `q` (0..1) of ascending `sorted` milliseconds; NaN when empty. */
export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** Summarises latencies (ms) of successful requests over `seconds`. */
export function summarise(clients: number, latencies: number[], failed: number, seconds: number): Figures {
  latencies.sort((a, b) => a - b);
  return { clients, perSecond: latencies.length / seconds, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), failed };
}

/**
 * `clients` clients, each sending one request after the other until `duration` ms have passed;
 * `once` resolves with whether the request succeeded.
 */
export async function runClients(clients: number, duration: number, once: () => Promise<boolean>): Promise<Figures> {
  const latencies: number[] = [];
  let failed = 0;
  const started = performance.now();
  const end = started + duration;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        const sent = performance.now();
        if (await once()) latencies.push(performance.now() - sent);
        else failed++;
      }
    }),
  );
  return summarise(clients, latencies, failed, (performance.now() - started) / 1000);
}

/** `clients` keep-alive connections posting valid sign-ups to `url` for `duration` ms. */
export async function postSignUps(url: URL, clients: number, duration: number): Promise<Figures> {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  try {
    return await runClients(clients, duration, async () => (await postSignUp(url, agent)) === 201);
  } finally {
    agent.destroy();
  }
}

/** Starts the same throwaway PostgreSQL server as CI and returns its URL; it is stopped when the process exits. */
export function startThrowawayServer(): string {
  const lines = execFileSync('bash', [new URL('throwaway-postgres.sh', import.meta.url).pathname], { encoding: 'utf8' });
  const url = /DATABASE_URL=(\S+)/.exec(lines)![1]!;
  const stopCommand = /MAATWERK_PG_STOP='([^']+)'/.exec(lines)![1]!;
  process.on('exit', () => execFileSync('bash', ['-c', stopCommand], { stdio: 'ignore' }));
  return url;
}

/** `url` with every connection's search_path set to `schema`. */
export function withSchema(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('options', `-c search_path=${schema}`);
  return parsed.href;
}

/** Runs one statement on the PostgreSQL server at `url` over a connection of its own. */
export async function onServer(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
