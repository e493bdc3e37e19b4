// Starts the real receiver on loopback with a fresh SQLite file, and reads the shared sign-up fixtures.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReceiver, type ReceiverOptions, type RequestLog } from '../src/index.ts';

export const ALLOWED_ORIGIN = 'http://localhost:4173';

export interface Running {
  url: string;
  server: Server;
  dbPath: string;
  logs: RequestLog[];
  close(): Promise<void>;
}

export function tempDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'maatwerk-receiver-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function start(dbPath: string, options: Partial<ReceiverOptions> = {}): Promise<Running> {
  const logs: RequestLog[] = [];
  const server = createReceiver({ dbPath, allowedOrigins: [ALLOWED_ORIGIN], log: (entry) => logs.push(entry), ...options });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    dbPath,
    logs,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

export function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/api/sign-ups`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export async function list(url: string): Promise<Array<{ id: number; idempotencyKey: string; municipalityCode: string; payload: Record<string, unknown> }>> {
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
