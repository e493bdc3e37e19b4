// The import from a SQLite file of the earlier receiver. The fixture file is written with sql.js
// (SQLite in WebAssembly) using that receiver's exact schema, and marked as a WAL-mode file like
// the ones it left on disk.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SignUp } from '@maatwerk/model';
import initSqlJs from 'sql.js';
import { afterAll, describe, expect, test } from 'vitest';
import { importSqlite } from '../src/import-sqlite.ts';
import { openStore, StoreError } from '../src/index.ts';
import { ENGINES, fixture } from './helpers.ts';

/** The schema of the better-sqlite3 receiver, as it shipped. */
const OLD_SCHEMA = `
  CREATE TABLE IF NOT EXISTS sign_ups (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    idempotency_key TEXT NOT NULL UNIQUE,
    received_at TEXT NOT NULL,
    municipality_code TEXT NOT NULL,
    payload TEXT NOT NULL CHECK (json_valid(payload))
  );
  CREATE INDEX IF NOT EXISTS sign_ups_received_at ON sign_ups (received_at);
`;

const OLD_ROWS = [
  { key: 'b7c1a8e2-0001-4d4e-9a57-000000000001', at: '2026-03-02T10:15:00.000Z', payload: fixture('valid/minimal.json') },
  { key: 'b7c1a8e2-0002-4d4e-9a57-000000000002', at: '2026-03-03T11:00:00.123Z', payload: fixture('valid/with-result.json') },
  { key: 'b7c1a8e2-0003-4d4e-9a57-000000000003', at: '2026-03-04T09:30:00.000Z', payload: fixture('valid/english-no-domains.json') },
];

const scratch = mkdtempSync(join(tmpdir(), 'maatwerk-import-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function oldReceiverFile(name: string): Promise<string> {
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  db.exec(OLD_SCHEMA);
  for (const row of OLD_ROWS) {
    const payload = row.payload as { municipality: { code: string } };
    db.run('INSERT INTO sign_ups (idempotency_key, received_at, municipality_code, payload) VALUES (?, ?, ?, ?)', [row.key, row.at, payload.municipality.code, JSON.stringify(row.payload)]);
  }
  const bytes = db.export();
  db.close();
  bytes[18] = 2; // the earlier receiver ran in WAL mode
  bytes[19] = 2;
  const file = join(scratch, name);
  writeFileSync(file, bytes);
  return file;
}

function runImportCommand(file: string, location: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const isUrl = /^postgres(ql)?:\/\//.test(location);
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/import-sqlite-cli.ts', file, ...(isUrl ? [] : ['--data', location])], {
    cwd: new URL('..', import.meta.url),
    env: { ...process.env, DATABASE_URL: isUrl ? location : '', INIT_CWD: '' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

for (const engine of ENGINES) {
  describe.skipIf(!engine.available)(engine.name, { timeout: 240_000 }, () => {
    afterAll(() => engine.cleanup(), 60_000);

    test('the import command copies every sign-up once, with its key, time and provenance, and says how many', async () => {
      const file = await oldReceiverFile(`signups-${engine.name}.sqlite`);
      const location = await engine.location();

      const first = await runImportCommand(file, location);
      expect(first.stderr).toBe('');
      expect(first.stdout.trim()).toBe(`Imported 3 of 3 sign-ups from ${file}; 0 were already in the store.`);
      expect(first.code).toBe(0);
      const again = await runImportCommand(file, location);
      expect(again.stdout.trim()).toBe(`Imported 0 of 3 sign-ups from ${file}; 3 were already in the store.`);

      const store = await openStore(location);
      try {
        const rows = await store.list();
        expect(rows.map(({ idempotencyKey, receivedAt, payload }) => ({ key: idempotencyKey, at: receivedAt, payload }))).toEqual(OLD_ROWS);
        expect(await store.database.query('SELECT source FROM sign_ups ORDER BY id')).toEqual(
          [1, 2, 3].map((id) => ({ source: `sqlite:signups-${engine.name}.sqlite#${id}` })),
        );
      } finally {
        await store.close();
      }
    });

    test('a key already used for a different sign-up is not overwritten but reported', async () => {
      const file = await oldReceiverFile(`conflict-${engine.name}.sqlite`);
      const store = await openStore(await engine.location());
      try {
        await store.insert(OLD_ROWS[1]!.key, { ...OLD_ROWS[1]!.payload, name: 'Iemand Anders' } as unknown as SignUp, new Date());
        const report = await importSqlite(file, store);
        expect(report).toEqual({ read: 3, imported: 2, alreadyPresent: 0, conflicts: [2], unreadable: [] });
        expect((await store.list()).find((row) => row.idempotencyKey === OLD_ROWS[1]!.key)?.payload.name).toBe('Iemand Anders');
      } finally {
        await store.close();
      }
    });
  });
}

describe('files the import refuses', () => {
  test('a file whose write-ahead log still holds sign-ups, a file that is not SQLite, a missing file', async () => {
    const file = await oldReceiverFile('with-wal.sqlite');
    writeFileSync(`${file}-wal`, 'not yet merged');
    const store = { insert: () => Promise.reject(new Error('nothing may be stored')) } as never;
    await expect(importSqlite(file, store)).rejects.toThrow(new StoreError(`${file}-wal holds sign-ups not yet written into with-wal.sqlite: stop the old receiver (it merges the log when it closes), then import again.`));
    const text = join(scratch, 'notes.txt');
    writeFileSync(text, 'hello');
    await expect(importSqlite(text, store)).rejects.toThrow(`${text} is not a SQLite database.`);
    await expect(importSqlite(join(scratch, 'missing.sqlite'), store)).rejects.toThrow(/^Cannot read .*missing\.sqlite \(ENOENT\)/);
  });
});
