// The sign-up store: one interface over both engines (see database.ts), the schema from
// migrations.ts. Other parts of the receiver that need tables of their own add a migration and
// query `store.database`, so everything lives in one database with one schema version.
import type { SignUp } from '@maatwerk/model';
import { openDatabase, StoreError, type Database, type Engine } from './database.ts';
import { createWriteHealth, type WriteHealth } from './health.ts';
import { migrate, type Migration } from './migrations.ts';

export { isServerUrl, StoreError, type Database, type Engine, type Queryable } from './database.ts';
export { migrate, MIGRATIONS, type Migration } from './migrations.ts';
export type { WriteHealth } from './health.ts';

/** One stored sign-up, as `GET /api/sign-ups` lists it. */
export interface StoredSignUp {
  id: number;
  /** Random id for receipts and inbox links: unlike `id`, it does not tell how many sign-ups exist. */
  publicId: string;
  idempotencyKey: string;
  receivedAt: string;
  municipalityCode: string;
  payload: SignUp;
}

export type InsertOutcome = { kind: 'created'; row: StoredSignUp } | { kind: 'replayed'; row: StoredSignUp } | { kind: 'conflict'; row: StoredSignUp };

export interface SignUpStore {
  readonly engine: Engine;
  /** The schema version the database has now. */
  readonly schemaVersion: number;
  /** The database itself, for queries of other parts of the receiver (same connections, same schema). */
  readonly database: Database;
  /**
   * Stores a sign-up once per idempotency key, atomically, also across receivers sharing one
   * server: the first writer creates the row; a repeat with the same payload gets that row back
   * (`replayed`); a repeat with a different payload gets `conflict`. `source` records where the
   * sign-up came from (default `http`).
   */
  insert(idempotencyKey: string, payload: SignUp, receivedAt: Date, source?: string): Promise<InsertOutcome>;
  /** Every sign-up, oldest first. */
  list(): Promise<StoredSignUp[]>;
  /**
   * Whether the store takes writes, from the last write that finished (a sign-up, or the background
   * probe that writes one small row when no sign-up did for a few seconds). Synchronous: /healthz
   * answers from it without queueing behind the writers.
   */
  writeHealth(): WriteHealth;
  /** Runs the probe write now and resolves with the state it leaves (the background probe's step; tests call it to skip the wait). */
  probeWrites(): Promise<WriteHealth>;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** The schema to bring the database to; tests pass an older prefix of MIGRATIONS. */
  migrations?: readonly Migration[];
  /** How often the background probe may write when no sign-up did (default 5 s). */
  probeIntervalMs?: number;
}

interface Row {
  id: number;
  public_id: string;
  idempotency_key: string;
  received_at: Date;
  municipality_code: string;
  payload: SignUp;
}

const COLUMNS = 'id, public_id, idempotency_key, received_at, municipality_code, payload';

/**
 * Opens the store at `location` and brings its schema up to date: a `postgres://` URL for a
 * PostgreSQL server, otherwise a data folder for the embedded engine (created when missing;
 * `memory://` keeps nothing). Every failure is a StoreError with one plain sentence.
 */
export async function openStore(location: string, options: OpenStoreOptions = {}): Promise<SignUpStore> {
  const database = await openDatabase(location);
  let schemaVersion: number;
  try {
    schemaVersion = await migrate(database, options.migrations);
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }

  const health = createWriteHealth({
    write: () => database.query('INSERT INTO store_health (id, checked_at) VALUES (1, now()) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at'),
    ...(options.probeIntervalMs && { probeIntervalMs: options.probeIntervalMs }),
  });

  return {
    engine: database.engine,
    schemaVersion,
    database,
    async insert(idempotencyKey, payload, receivedAt, source = 'http') {
      const text = JSON.stringify(payload);
      // ON CONFLICT DO NOTHING waits for a concurrent insert of the same key to commit, so the
      // select below always sees the row that won.
      let created: Pick<Row, 'id' | 'public_id'> | undefined;
      try {
        [created] = await database.query<Pick<Row, 'id' | 'public_id'>>(
          'INSERT INTO sign_ups (idempotency_key, received_at, municipality_code, payload, source) VALUES ($1, $2, $3, $4::jsonb, $5) ON CONFLICT (idempotency_key) DO NOTHING RETURNING id, public_id',
          [idempotencyKey, receivedAt, payload.municipality.code, text, source],
        );
        health.record('sign-up');
      } catch (error) {
        health.record('sign-up', error);
        throw error;
      }
      if (created) {
        return { kind: 'created', row: { id: created.id, publicId: created.public_id, idempotencyKey, receivedAt: receivedAt.toISOString(), municipalityCode: payload.municipality.code, payload } };
      }
      // jsonb equality ignores key order and spacing: the same sign-up, however a client wrote it.
      const [existing] = await database.query<Row & { same: boolean }>(`SELECT ${COLUMNS}, payload = $2::jsonb AS same FROM sign_ups WHERE idempotency_key = $1`, [idempotencyKey, text]);
      if (!existing) throw new StoreError('A sign-up was neither stored nor found; the database may have been changed by hand.');
      return { kind: existing.same ? 'replayed' : 'conflict', row: toStored(existing) };
    },
    list: async () => (await database.query<Row>(`SELECT ${COLUMNS} FROM sign_ups ORDER BY id`)).map(toStored),
    writeHealth: () => health.current(),
    probeWrites: () => health.probe(),
    close: () => (health.stop(), database.close()),
  };
}

function toStored(row: Row): StoredSignUp {
  return {
    id: row.id,
    publicId: row.public_id,
    idempotencyKey: row.idempotency_key,
    receivedAt: row.received_at.toISOString(),
    municipalityCode: row.municipality_code,
    payload: row.payload,
  };
}
