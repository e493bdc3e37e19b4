// Copies the sign-ups of a SQLite file written by the earlier receiver (better-sqlite3, table
// sign_ups) into the store. Reads the file with sql.js (SQLite compiled to WebAssembly): no native
// module. Idempotent: each sign-up keeps its Idempotency-Key, so a second run stores nothing twice.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { SignUp } from '@maatwerk/model';
import initSqlJs from 'sql.js';
import { StoreError, type SignUpStore } from './store/index.ts';

export interface ImportReport {
  /** Rows in the SQLite file. */
  read: number;
  /** Newly stored. */
  imported: number;
  /** Already in the store with the same content (an earlier import, or a retry that reached both). */
  alreadyPresent: number;
  /** Ids (in the SQLite file) whose Idempotency-Key is in the store with a different sign-up: not copied. */
  conflicts: number[];
  /** Ids whose payload is not JSON: not copied. */
  unreadable: number[];
}

interface OldRow {
  id: number;
  idempotency_key: string;
  received_at: string;
  payload: string;
}

export async function importSqlite(file: string, store: SignUpStore): Promise<ImportReport> {
  const rows = await readOldRows(file);
  const report: ImportReport = { read: rows.length, imported: 0, alreadyPresent: 0, conflicts: [], unreadable: [] };
  for (const row of rows) {
    let payload: SignUp;
    try {
      payload = JSON.parse(row.payload) as SignUp;
    } catch {
      report.unreadable.push(row.id);
      continue;
    }
    // Provenance: the file and the row each sign-up came from.
    const outcome = await store.insert(row.idempotency_key, payload, new Date(row.received_at), `sqlite:${basename(file)}#${row.id}`);
    if (outcome.kind === 'created') report.imported++;
    else if (outcome.kind === 'replayed') report.alreadyPresent++;
    else report.conflicts.push(row.id);
  }
  return report;
}

async function readOldRows(file: string): Promise<OldRow[]> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    throw new StoreError(`Cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)}): give the path of the receiver's .sqlite file.`);
  }
  // sql.js reads the main file only. Sign-ups still in the write-ahead log would be missed, so refuse.
  const wal = await stat(`${file}-wal`).catch(() => undefined);
  if (wal && wal.size > 0) {
    throw new StoreError(`${file}-wal holds sign-ups not yet written into ${basename(file)}: stop the old receiver (it merges the log when it closes), then import again.`);
  }
  if (new TextDecoder().decode(bytes.subarray(0, 15)) !== 'SQLite format 3') throw new StoreError(`${file} is not a SQLite database.`);
  // Bytes 18-19 say "WAL mode" (2) in the receiver's files; this in-memory copy has no log, so mark it as a plain rollback-journal file (1).
  bytes[18] = 1;
  bytes[19] = 1;

  const SQL = await initSqlJs();
  const db = new SQL.Database(bytes);
  try {
    const statement = db.prepare('SELECT id, idempotency_key, received_at, payload FROM sign_ups ORDER BY id');
    const rows: OldRow[] = [];
    while (statement.step()) rows.push(statement.getAsObject() as unknown as OldRow);
    statement.free();
    return rows;
  } catch (error) {
    throw new StoreError(`${file} has no readable sign_ups table of the earlier receiver (${error instanceof Error ? error.message : String(error)}).`);
  } finally {
    db.close();
  }
}
