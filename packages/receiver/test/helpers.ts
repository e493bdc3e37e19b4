// Starts the real receiver on loopback over a real store (PGlite in a temporary folder, or a
// schema of its own on the PostgreSQL server in DATABASE_URL), and reads the shared sign-up fixtures.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createReceiver, type ReceiverOptions, type RequestLog, type SignUpStore } from '../src/index.ts';

export const ALLOWED_ORIGIN = 'http://localhost:4173';

const serverUrl = process.env.DATABASE_URL?.trim() || undefined;
if (!serverUrl) {
  if (process.env.CI) throw new Error('CI=true but DATABASE_URL is not set: in CI the PostgreSQL tests must run (.ci/run starts a server and sets it).');
  console.warn(
    '\n********************************************************************************\n' +
      '  DATABASE_URL is not set: every PostgreSQL test of the receiver is SKIPPED.\n' +
      '  Only the embedded engine (PGlite) is tested. Set DATABASE_URL=postgres://... to test both.\n' +
      '********************************************************************************\n',
  );
}

/** One engine the suites run against. */
export interface EngineUnderTest {
  name: 'PGlite' | 'PostgreSQL';
  available: boolean;
  /** A new, empty place for a store: a folder for PGlite, a schema of its own on the server. */
  location(): Promise<string>;
  /** Removes every place `location()` made. */
  cleanup(): Promise<void>;
}

export function embeddedEngine(): EngineUnderTest {
  const dirs: string[] = [];
  return {
    name: 'PGlite',
    available: true,
    location: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'maatwerk-receiver-'));
      dirs.push(dir);
      return join(dir, 'data');
    },
    cleanup: async () => {
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function serverEngine(): EngineUnderTest {
  const schemas: string[] = [];
  return {
    name: 'PostgreSQL',
    available: serverUrl !== undefined,
    async location() {
      const schema = `receiver_test_${crypto.randomUUID().replaceAll('-', '')}`;
      await withAdmin((client) => client.query(`CREATE SCHEMA ${schema}`));
      schemas.push(schema);
      const url = new URL(serverUrl!);
      url.searchParams.set('options', `-c search_path=${schema}`);
      return url.href;
    },
    async cleanup() {
      const dropping = schemas.splice(0);
      if (dropping.length) await withAdmin((client) => client.query(dropping.map((schema) => `DROP SCHEMA ${schema} CASCADE;`).join('\n')));
    },
  };
}

export const ENGINES = [embeddedEngine(), serverEngine()];

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface Running {
  url: string;
  server: Server;
  logs: RequestLog[];
  close(): Promise<void>;
}

export async function start(store: SignUpStore, options: Partial<ReceiverOptions> = {}): Promise<Running> {
  const logs: RequestLog[] = [];
  const server = createReceiver({ store, allowedOrigins: [ALLOWED_ORIGIN], listSignUps: true, log: (entry) => logs.push(entry), ...options });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    logs,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** The arguments and environment that point `src/main.ts` at a store location. */
function storeSettings(location: string): { args: string[]; env: Record<string, string> } {
  // Any URL but memory:// goes to DATABASE_URL, also a wrong one (tests of bad settings).
  const isUrl = /^[a-z]+:\/\//i.test(location) && location !== 'memory://';
  return isUrl ? { args: [], env: { DATABASE_URL: location } } : { args: ['--data', location], env: { DATABASE_URL: '' } };
}

/** Runs `src/main.ts` as its own process, as an operator would. */
export function spawnMain(location: string, extraArgs: string[] = [], options: { uid?: number; gid?: number } = {}): ChildProcess {
  const settings = storeSettings(location);
  return spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', '--port', '0', '--quiet', ...settings.args, ...extraArgs], {
    cwd: new URL('..', import.meta.url),
    env: { ...process.env, ...settings.env, INIT_CWD: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options,
  });
}

/** Starts `src/main.ts` (by default with the unauthenticated list, which the tests read) and resolves with its URL once it listens. */
export function spawnReceiver(location: string, extraArgs = ['--list']): Promise<{ url: string; child: ChildProcess }> {
  const child = spawnMain(location, extraArgs);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /listening on (http:\/\/[^/\s]+)/.exec(seen);
      if (match) resolve({ url: match[1]!, child });
    });
    child.on('exit', (code) => reject(new Error(`the receiver stopped before listening (exit ${code}): ${stderr}`)));
  });
}

/** Runs `src/main.ts` until it exits (it should, on bad input) and resolves with what it said. */
export function runUntilExit(location: string, options: { uid?: number; gid?: number } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawnMain(location, [], options);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      if (/listening on/.test(stdout)) child.kill();
      resolve({ code, stdout, stderr });
    });
  });
}

export async function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

export function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/api/sign-ups`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export async function list(url: string): Promise<Array<{ id: number; publicId: string; idempotencyKey: string; municipalityCode: string; payload: Record<string, unknown> }>> {
  const response = await fetch(`${url}/api/sign-ups`);
  return ((await response.json()) as { signUps: [] }).signUps;
}

const fixtureRoot = new URL('../../model/test/fixtures/sign-up/', import.meta.url);

export interface Fixture {
  name: string;
  valid: boolean;
  data: unknown;
}

export function fixtures(): Fixture[] {
  return (['valid', 'invalid'] as const).flatMap((kind) =>
    readdirSync(new URL(kind, fixtureRoot))
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => ({ name: `${kind}/${file}`, valid: kind === 'valid', data: JSON.parse(readFileSync(new URL(`${kind}/${file}`, fixtureRoot), 'utf8')) as unknown })),
  );
}

export function fixture(name: string): Record<string, unknown> {
  return structuredClone(fixtures().find((item) => item.name === name)!.data) as Record<string, unknown>;
}
