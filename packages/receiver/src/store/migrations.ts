// The schema, as an append-only list of numbered steps. The database records which steps it has
// (table schema_migrations); at start-up the receiver applies the missing ones in one transaction,
// or refuses a database that is newer than it knows. To change the schema, append a step with the
// next number: never edit or reorder a step that has shipped, because databases out there have it.
import { reasonOf, StoreError, type Database } from './database.ts';

export interface Migration {
  version: number;
  /** What the step does, recorded beside its number. */
  description: string;
  /** PostgreSQL, run by both engines; may hold several statements. */
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'sign-ups, one row per Idempotency-Key',
    sql: `
      CREATE TABLE sign_ups (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        idempotency_key text NOT NULL UNIQUE,
        received_at timestamptz NOT NULL,
        municipality_code text NOT NULL,
        payload jsonb NOT NULL
      );
      CREATE INDEX sign_ups_received_at ON sign_ups (received_at);`,
  },
  {
    version: 2,
    description: 'provenance: where each sign-up came from (the HTTP endpoint, or an imported file and its row)',
    sql: `ALTER TABLE sign_ups ADD COLUMN source text NOT NULL DEFAULT 'http';`,
  },
  {
    version: 3,
    description: 'one row that /healthz rewrites to prove the store accepts writes',
    sql: `CREATE TABLE store_health (id integer PRIMARY KEY CHECK (id = 1), checked_at timestamptz NOT NULL);`,
  },
  {
    version: 4,
    description: "the advisers' inbox: public receipt ids, status with who and when, notification mail state, audit log",
    sql: `
      -- Receipts show this random id instead of the sequence number, which would tell how many sign-ups exist.
      ALTER TABLE sign_ups ADD COLUMN public_id text NOT NULL DEFAULT replace(gen_random_uuid()::text, '-', '');
      CREATE UNIQUE INDEX sign_ups_public_id ON sign_ups (public_id);
      ALTER TABLE sign_ups ADD COLUMN status text NOT NULL DEFAULT 'nieuw' CHECK (status IN ('nieuw', 'in-behandeling', 'afgerond'));
      ALTER TABLE sign_ups ADD COLUMN status_changed_by text;
      ALTER TABLE sign_ups ADD COLUMN status_changed_at timestamptz;
      -- Sign-ups from before the inbox were never announced: they get 'none', new ones start 'pending'.
      ALTER TABLE sign_ups ADD COLUMN mail_state text NOT NULL DEFAULT 'none' CHECK (mail_state IN ('none', 'pending', 'retrying', 'sent', 'failed'));
      ALTER TABLE sign_ups ALTER COLUMN mail_state SET DEFAULT 'pending';
      ALTER TABLE sign_ups ADD COLUMN mail_attempts integer NOT NULL DEFAULT 0;
      ALTER TABLE sign_ups ADD COLUMN mail_error text;
      -- The inbox pages newest first, per municipality (a region is a set of municipalities) or all.
      CREATE INDEX sign_ups_newest ON sign_ups (received_at DESC, public_id DESC);
      CREATE INDEX sign_ups_municipality_newest ON sign_ups (municipality_code, received_at DESC, public_id DESC);
      -- Who viewed, exported, changed or deleted what: account, action, the sign-up's public id and
      -- region. Never the sign-up's personal data.
      CREATE TABLE audit_log (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor text NOT NULL,
        action text NOT NULL,
        sign_up text,
        region text,
        detail text
      );
      CREATE INDEX audit_log_at ON audit_log (at);`,
  },
  {
    version: 5,
    description: "the inbox's sessions and logins in progress, so a restart keeps them and every receiver on one server shares them",
    sql: `
      -- A hash of the cookie's session id (never the id itself), whose account, and when it ends:
      -- expires_at at the absolute timeout, idle_expires_at moved on by use. Deleted at logout and once expired.
      CREATE TABLE inbox_sessions (
        id_hash text PRIMARY KEY,
        account text NOT NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        idle_expires_at timestamptz NOT NULL
      );
      CREATE INDEX inbox_sessions_expiry ON inbox_sessions (expires_at);
      -- A login between the redirect to the identity provider and its callback (at most 10 minutes):
      -- a hash of its state, and the PKCE verifier and nonce the callback must present.
      CREATE TABLE inbox_logins (
        state_hash text PRIMARY KEY,
        code_verifier text NOT NULL,
        nonce text NOT NULL,
        next text NOT NULL,
        expires_at timestamptz NOT NULL
      );`,
  },
  {
    version: 6,
    description: 'published kennisblad versions (data, who, when, what changed) and their rendered PDF and HTML files',
    sql: `
      -- Every published version is kept: a rollback publishes an older one's documents again.
      -- json, not jsonb: the documents come back byte for byte as published (key order, spacing).
      CREATE TABLE kennisblad_versions (
        version integer PRIMARY KEY CHECK (version > 0),
        published_at timestamptz NOT NULL DEFAULT now(),
        published_by text NOT NULL,
        summary text NOT NULL,
        restored_from integer REFERENCES kennisblad_versions (version),
        documents json NOT NULL
      );
      -- Rendered once per version and edition, then served from here (path: kennisblad.pdf, en/twente/kennisblad.html, ...).
      CREATE TABLE kennisblad_files (
        version integer NOT NULL REFERENCES kennisblad_versions (version),
        path text NOT NULL,
        body bytea NOT NULL,
        PRIMARY KEY (version, path)
      );`,
  },
];

/** Any fixed number: receivers that start at once against one server take turns to migrate. */
const MIGRATION_LOCK = 7_261_001;

/**
 * Brings the database to the last version in `migrations` within one transaction, and returns
 * that version. Throws a StoreError naming both versions when the database is newer than the list,
 * or when a step fails (then nothing of the upgrade is kept).
 */
export async function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): Promise<number> {
  const latest = migrations.at(-1)?.version ?? 0;
  let current = 0;
  try {
    return await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await tx.exec(`
        CREATE TABLE IF NOT EXISTS schema_migrations (
          version integer PRIMARY KEY,
          description text NOT NULL,
          applied_at timestamptz NOT NULL DEFAULT now()
        );`);
      const applied = new Set((await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((row) => row.version));
      current = Math.max(0, ...applied);
      if (current > latest) {
        throw new StoreError(
          `The database has schema version ${current}, but this receiver knows versions up to ${latest}: run the newer receiver that wrote it, or restore a backup of version ${latest} or older.`,
        );
      }
      // Every step the database lacks, not only those above its highest: a step numbered lower
      // (written on another branch, merged later) is still applied once.
      for (const migration of migrations.filter((step) => !applied.has(step.version))) {
        await tx.exec(migration.sql);
        await tx.query('INSERT INTO schema_migrations (version, description) VALUES ($1, $2)', [migration.version, migration.description]);
      }
      return latest;
    });
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError(`Upgrading the database from schema version ${current} to ${latest} failed, so nothing was changed (${reasonOf(error)}).`);
  }
}
