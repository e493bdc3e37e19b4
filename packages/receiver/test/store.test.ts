// The store under load, across processes, across schema versions, through a crash, and when its
// database misbehaves: against both engines, with real receivers, real files and a real server.
import { chmodSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { MIGRATIONS, openStore, StoreError, type OpenStoreOptions, type SignUpStore } from '../src/index.ts';
import { embeddedEngine, ENGINES, fixture, list, post, runUntilExit, serverEngine, spawnReceiver, start, stop } from './helpers.ts';

const SLOW = { timeout: 240_000 };

for (const engine of ENGINES) {
  describe.skipIf(!engine.available)(`${engine.name}`, SLOW, () => {
    afterAll(() => engine.cleanup(), 60_000);

    test('50 sign-ups at once are all stored, each once, then 50 replays of one key give one row and one receipt', async () => {
      const store = await openStore(await engine.location());
      const receiver = await start(store);
      try {
        const unique = await Promise.all(Array.from({ length: 50 }, () => post(receiver.url, fixture('valid/full.json'))));
        expect(unique.map((response) => response.status)).toEqual(Array(50).fill(201));
        const ids = await Promise.all(unique.map(async (response) => ((await response.json()) as { id: number }).id));
        expect(new Set(ids).size).toBe(50);
        expect(await list(receiver.url)).toHaveLength(50);

        const key = crypto.randomUUID();
        const replays = await Promise.all(Array.from({ length: 50 }, () => post(receiver.url, fixture('valid/minimal.json'), { 'Idempotency-Key': key })));
        expect(replays.map((response) => response.status).sort()).toEqual([...Array(49).fill(200), 201]);
        expect(new Set(await Promise.all(replays.map((response) => response.text()))).size).toBe(1);
        expect(await list(receiver.url)).toHaveLength(51);
      } finally {
        await receiver.close();
        await store.close();
      }
    });

    test('an older database is upgraded in one transaction and keeps its sign-ups', async () => {
      const location = await engine.location();
      const old = await openStore(location, { migrations: MIGRATIONS.slice(0, 1) });
      expect(old.schemaVersion).toBe(1);
      await old.database.query(`INSERT INTO sign_ups (idempotency_key, received_at, municipality_code, payload) VALUES ('old-key-0001', now(), 'GM0147', $1::jsonb)`, [
        JSON.stringify(fixture('valid/minimal.json')),
      ]);
      await old.close();

      const store = await openStore(location);
      try {
        expect(store.schemaVersion).toBe(MIGRATIONS.at(-1)!.version);
        expect(await store.database.query('SELECT idempotency_key, source FROM sign_ups')).toEqual([{ idempotency_key: 'old-key-0001', source: 'http' }]);
        const receiver = await start(store);
        expect((await post(receiver.url, fixture('valid/minimal.json'), { 'Idempotency-Key': 'old-key-0001' })).status).toBe(200);
        await receiver.close();
      } finally {
        await store.close();
      }
    });

    test('a failing upgrade step changes nothing; a newer database is refused naming both versions', async () => {
      const location = await engine.location();
      const latest = MIGRATIONS.at(-1)!.version;
      await (await openStore(location)).close();
      const broken = [...MIGRATIONS, { version: latest + 1, description: 'broken', sql: 'CREATE TABLE half_done (id integer); SELECT no_such_column FROM sign_ups;' }];
      const failure = await openStore(location, { migrations: broken }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(StoreError);
      expect((failure as Error).message).toContain(`from schema version ${latest} to ${latest + 1} failed, so nothing was changed`);

      const store = await openStore(location);
      expect(store.schemaVersion).toBe(latest);
      expect(await store.database.query(`SELECT to_regclass('half_done') AS half_done`)).toEqual([{ half_done: null }]);
      await store.database.query(`INSERT INTO schema_migrations (version, description) VALUES (99, 'from the future')`);
      await store.close();

      const started = await runUntilExit(location);
      expect(started.code).not.toBe(0);
      expect(started.stderr.trim()).toBe(
        `The database has schema version 99, but this receiver knows versions up to ${latest}: run the newer receiver that wrote it, or restore a backup of version ${latest} or older.`,
      );
    });

    test('SIGKILL during a burst loses no sign-up that got a 2xx', async () => {
      const location = await engine.location();
      const { url, child } = await spawnReceiver(location);
      const accepted: string[] = [];
      let killed = false;
      const client = async () => {
        while (!killed) {
          const key = crypto.randomUUID();
          const response = await post(url, fixture('valid/full.json'), { 'Idempotency-Key': key }).catch(() => undefined);
          if (response?.status === 201) accepted.push(key);
          if (accepted.length >= 60 && !killed) {
            killed = true;
            child.kill('SIGKILL');
          }
        }
      };
      await Promise.all(Array.from({ length: 10 }, client));
      await stop(child);
      expect(accepted.length).toBeGreaterThanOrEqual(60);

      const store = await openStore(location);
      try {
        const stored = new Set((await store.list()).map((row) => row.idempotencyKey));
        expect(accepted.filter((key) => !stored.has(key))).toEqual([]);
      } finally {
        await store.close();
      }
    });

    test('/healthz reports the store as not writable when writes fail at run time, and recovers', async () => {
      const writes = await readOnlySwitch(engine.name);
      const receiver = await start(writes.store);
      const health = async () => {
        const answer = await fetch(`${receiver.url}/healthz`);
        return { status: answer.status, body: (await answer.json()) as { lastWrite: { by: string; reason?: string }; errors?: unknown } };
      };
      try {
        expect((await health()).status).toBe(200);
        await writes.readOnly(true);
        // No sign-up comes in: the background probe finds out (run here rather than waiting for its timer).
        expect((await writes.store.probeWrites()).ok).toBe(false);
        const probed = await health();
        expect(probed.status).toBe(503);
        expect(probed.body.lastWrite).toMatchObject({ by: 'probe', reason: expect.any(String) });
        expect(JSON.stringify(probed.body.errors)).toContain('neemt nu geen aanmeldingen aan');
        // A sign-up that cannot be stored tells /healthz as well.
        expect((await post(receiver.url, fixture('valid/minimal.json'))).status).toBe(500);
        expect(await health()).toMatchObject({ status: 503, body: { lastWrite: { by: 'sign-up' } } });

        await writes.readOnly(false);
        expect((await writes.store.probeWrites()).ok).toBe(true);
        expect(await health()).toMatchObject({ status: 200, body: { lastWrite: { by: 'probe' } } });
        expect((await post(receiver.url, fixture('valid/minimal.json'))).status).toBe(201);
        expect(await health()).toMatchObject({ status: 200, body: { lastWrite: { by: 'sign-up' } } });
      } finally {
        await receiver.close();
        await writes.close();
      }
    });

    test('the background probe notices by itself that writes fail, without any request', async () => {
      const writes = await readOnlySwitch(engine.name, { probeIntervalMs: 50 });
      try {
        expect(writes.store.writeHealth().ok).toBe(true);
        await writes.readOnly(true);
        await vi.waitFor(() => expect(writes.store.writeHealth()).toMatchObject({ ok: false, by: 'probe' }), { timeout: 60_000, interval: 50 });
        await writes.readOnly(false);
        await vi.waitFor(() => expect(writes.store.writeHealth()).toMatchObject({ ok: true, by: 'probe' }), { timeout: 60_000, interval: 50 });
      } finally {
        await writes.close();
      }
    });
  });
}

/**
 * A store whose database can be made read-only while the receiver runs: for PGlite its one
 * session; for PostgreSQL a database of its own whose connections are cut and come back read-only,
 * as after a failover to a read-only replica.
 */
async function readOnlySwitch(name: string, options: OpenStoreOptions = {}): Promise<{ store: SignUpStore; readOnly(on: boolean): Promise<void>; close(): Promise<void> }> {
  if (name === 'PGlite') {
    const engine = embeddedEngine();
    const store = await openStore(await engine.location(), options);
    return {
      store,
      readOnly: (on) => store.database.exec(`SET default_transaction_read_only = ${on ? 'on' : 'off'}`),
      close: async () => (await store.close(), await engine.cleanup()),
    };
  }
  const database = `receiver_readonly_${crypto.randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${database}`;
  const store = await openStore(url.href, options);
  return {
    store,
    async readOnly(on) {
      await admin.query(`ALTER DATABASE ${database} SET default_transaction_read_only = ${on ? 'on' : 'off'}`);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [database]);
    },
    async close() {
      await store.close();
      await admin.query(`DROP DATABASE ${database} WITH (FORCE)`);
      await admin.end();
    },
  };
}

describe.skipIf(!serverEngine().available)('several receivers, one PostgreSQL server', SLOW, () => {
  const engine = serverEngine();
  afterAll(() => engine.cleanup());

  test('the same Idempotency-Key sent 50 times at once to two receiver processes gives one row, and every answer names it', async () => {
    const location = await engine.location();
    const receivers = await Promise.all([spawnReceiver(location), spawnReceiver(location)]);
    try {
      const key = crypto.randomUUID();
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, index) => post(receivers[index % 2]!.url, fixture('valid/with-result.json'), { 'Idempotency-Key': key })),
      );
      expect(responses.map((response) => response.status).sort()).toEqual([...Array(49).fill(200), 201]);
      const receipts = new Set(await Promise.all(responses.map((response) => response.text())));
      expect(receipts.size).toBe(1);
      const rows = await list(receivers[1]!.url);
      expect(rows).toHaveLength(1);
      expect(JSON.parse([...receipts][0]!)).toMatchObject({ id: rows[0]!.publicId });
    } finally {
      await Promise.all(receivers.map(({ child }) => stop(child)));
    }
  });
});

describe('bad settings at start-up: one plain sentence and a non-zero exit', SLOW, () => {
  test('an unreachable PostgreSQL server', async () => {
    const port = await closedPort();
    const { code, stderr } = await runUntilExit(`postgres://receiver:secret@127.0.0.1:${port}/signups`);
    expect(code).not.toBe(0);
    expect(stderr.trim()).toBe(`Cannot reach the PostgreSQL server receiver@127.0.0.1:${port}/signups (ECONNREFUSED): check DATABASE_URL and that the server is running.`);
  });

  test.skipIf(!serverEngine().available)('wrong credentials, without printing the password', async () => {
    const url = new URL(process.env.DATABASE_URL!);
    url.password = 'wrong-password-for-the-test';
    const { code, stderr } = await runUntilExit(url.href);
    expect(code).not.toBe(0);
    expect(stderr.trim()).toMatch(/^The PostgreSQL server \S+ refused the user name or password: check the credentials in DATABASE_URL\.$/);
    expect(stderr).not.toContain('wrong-password');
  });

  test('a data folder the receiver may not write to', async () => {
    const engine = embeddedEngine();
    const folder = await engine.location();
    mkdirSync(folder);
    chmodSync(folder, 0o555);
    // Root may write anywhere, so as root the receiver runs as `nobody` for this test.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    chmodSync(join(folder, '..'), 0o755);
    try {
      const { code, stderr } = await runUntilExit(folder, asNobody);
      expect(code).not.toBe(0);
      expect(stderr.trim()).toBe(`The receiver cannot write to its data folder ${folder} (EACCES): give its user write access, or choose another folder with --data.`);
    } finally {
      chmodSync(folder, 0o755);
      await engine.cleanup();
    }
  });

  test('a data folder that another receiver is using', async () => {
    const engine = embeddedEngine();
    const folder = await engine.location();
    const store = await openStore(folder);
    try {
      const { code, stderr } = await runUntilExit(folder);
      expect(code).not.toBe(0);
      expect(stderr.trim()).toBe(`Another receiver is using the data folder ${folder}: stop it, or give this one its own folder with --data (several receivers need a PostgreSQL server).`);
    } finally {
      await store.close();
      await engine.cleanup();
    }
  });

  test('the command line serves no unauthenticated list of sign-ups unless --list is given', async () => {
    const { url, child } = await spawnReceiver('memory://', []);
    try {
      expect((await fetch(`${url}/api/sign-ups`)).status).toBe(405);
    } finally {
      await stop(child);
    }
  });

  test('a DATABASE_URL that is not PostgreSQL', async () => {
    const { code, stderr } = await runUntilExit('mysql://somewhere/signups');
    expect(code).not.toBe(0);
    expect(stderr.trim()).toMatch(/^DATABASE_URL must start with postgres:\/\/ or postgresql:\/\//);
  });
});

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
