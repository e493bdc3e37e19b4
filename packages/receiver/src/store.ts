import Database from 'better-sqlite3';
import type { SignUp } from '@maatwerk/model';

/** One stored sign-up, as `GET /api/sign-ups` lists it. */
export interface StoredSignUp {
  id: number;
  idempotencyKey: string;
  receivedAt: string;
  municipalityCode: string;
  payload: SignUp;
}

export type InsertOutcome = { kind: 'created'; row: StoredSignUp } | { kind: 'replayed'; row: StoredSignUp } | { kind: 'conflict' };

interface Row {
  id: number;
  idempotency_key: string;
  received_at: string;
  municipality_code: string;
  payload: string;
}

export interface SignUpStore {
  /** Stores a sign-up once per idempotency key. A repeat with the same payload gets the stored row back. */
  insert(idempotencyKey: string, payload: SignUp, receivedAt: Date): InsertOutcome;
  list(): StoredSignUp[];
  close(): void;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS sign_ups (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    idempotency_key TEXT NOT NULL UNIQUE,
    received_at TEXT NOT NULL,
    municipality_code TEXT NOT NULL,
    payload TEXT NOT NULL CHECK (json_valid(payload))
  );
  CREATE INDEX IF NOT EXISTS sign_ups_received_at ON sign_ups (received_at);
`;

export function openStore(dbPath: string): SignUpStore {
  const db = new Database(dbPath);
  // WAL: readers (the demo's list) do not block the writer; synchronous=FULL: an accepted sign-up
  // survives a crash or power loss once the 201 has been sent.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(SCHEMA);

  const insert = db.prepare<[string, string, string, string]>(
    'INSERT INTO sign_ups (idempotency_key, received_at, municipality_code, payload) VALUES (?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING',
  );
  const byKey = db.prepare<[string], Row>('SELECT * FROM sign_ups WHERE idempotency_key = ?');
  const all = db.prepare<[], Row>('SELECT * FROM sign_ups ORDER BY id');

  return {
    insert(idempotencyKey, payload, receivedAt) {
      const text = JSON.stringify(payload);
      const { changes } = insert.run(idempotencyKey, receivedAt.toISOString(), payload.municipality.code, text);
      const row = toStored(byKey.get(idempotencyKey)!);
      if (changes === 1) return { kind: 'created', row };
      return stableStringify(row.payload) === stableStringify(payload) ? { kind: 'replayed', row } : { kind: 'conflict' };
    },
    list: () => all.all().map(toStored),
    close: () => db.close(),
  };
}

function toStored(row: Row): StoredSignUp {
  return {
    id: row.id,
    idempotencyKey: row.idempotency_key,
    receivedAt: row.received_at,
    municipalityCode: row.municipality_code,
    payload: JSON.parse(row.payload) as SignUp,
  };
}

/** JSON with object keys sorted, so the same data compares equal whatever order a client wrote it in. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableStringify(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
