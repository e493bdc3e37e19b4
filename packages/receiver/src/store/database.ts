// The one seam between the store and an engine. Both engines speak PostgreSQL, so every query in
// this package is written once and runs unchanged on either:
//   - PGlite: PostgreSQL compiled to WebAssembly, in this process, files in a data folder; the
//     default, so `pnpm start` and the tests need no server;
//   - a PostgreSQL server through `pg` (a pool of connections), chosen by a postgres:// URL.
import { access, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** Something SQL can be sent to: the database itself, or one transaction on it. */
export interface Queryable {
  /** One statement with `$1, $2, ...` parameters; resolves with its rows. */
  query<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export type Engine = 'pglite' | 'postgresql';

export interface Database extends Queryable {
  readonly engine: Engine;
  /** Runs `work` in one transaction on one connection: commits when it resolves, rolls back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A start-up or storage problem that one plain sentence explains; `main.ts` prints it and exits. */
export class StoreError extends Error {
  override name = 'StoreError';
}

/** `postgres://` and `postgresql://` URLs go to a server; anything else is a data folder for PGlite (`memory://` keeps nothing). */
export function isServerUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

export async function openDatabase(location: string): Promise<Database> {
  return isServerUrl(location) ? openServer(location) : openEmbedded(location);
}

async function openEmbedded(dataDir: string): Promise<Database> {
  if (dataDir !== 'memory://') await checkWritableFolder(dataDir);
  let db: PGlite;
  try {
    // relaxedDurability stays off: every statement's files are written before its promise resolves.
    db = await PGlite.create(dataDir);
  } catch (error) {
    throw new StoreError(`The embedded database in ${dataDir} could not be opened (${reasonOf(error)}): is another receiver using this folder, or is it not a receiver data folder?`);
  }
  const on = (target: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    query: async <Row>(sql: string, params: readonly unknown[] = []) => (await target.query<Row>(sql, [...params])).rows,
    exec: async (sql) => void (await target.exec(sql)),
  });
  return {
    engine: 'pglite',
    ...on(db),
    transaction: (work) => db.transaction((tx) => work(on(tx))),
    close: () => db.close(),
  };
}

/** Creates the folder when missing and proves this process may write in it, before PGlite tries. */
async function checkWritableFolder(dataDir: string): Promise<void> {
  const probe = join(dataDir, `.write-check-${process.pid}`);
  try {
    await mkdir(dataDir, { recursive: true });
    await writeFile(probe, '');
    await rm(probe);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? reasonOf(error);
    throw new StoreError(`The receiver cannot write to its data folder ${dataDir} (${code}): give its user write access, or choose another folder with --data.`);
  }
}

async function openServer(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 10_000 });
  // A connection the server drops while idle (restart, failover) is replaced on next use; without a
  // listener the error would end the process.
  pool.on('error', () => undefined);
  const where = describeServer(url);
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new StoreError(explainConnectionError(error, where));
  }
  const on = (client: pg.Pool | pg.PoolClient): Queryable => ({
    query: async <Row>(sql: string, params: readonly unknown[] = []) => (await client.query(sql, [...params])).rows as Row[],
    exec: async (sql) => void (await client.query(sql)),
  });
  return {
    engine: 'postgresql',
    ...on(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(on(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** `user@host:port/database`, never the password. */
function describeServer(url: string): string {
  try {
    const parsed = new URL(url);
    return `${decodeURIComponent(parsed.username) || '(default user)'}@${parsed.hostname || 'localhost'}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'the DATABASE_URL server';
  }
}

function explainConnectionError(error: unknown, where: string): string {
  const { code } = error as { code?: string };
  switch (code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EHOSTUNREACH':
    case 'ETIMEDOUT':
      return `Cannot reach the PostgreSQL server ${where} (${code}): check DATABASE_URL and that the server is running.`;
    case '28P01':
    case '28000':
      return `The PostgreSQL server ${where} refused the user name or password: check the credentials in DATABASE_URL.`;
    case '3D000':
      return `The database in ${where} does not exist on that server: create it, or fix the name in DATABASE_URL.`;
    default:
      return `Cannot use the PostgreSQL server ${where} (${reasonOf(error)}): check DATABASE_URL.`;
  }
}

export function reasonOf(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  return [code, message?.split('\n')[0]].filter(Boolean).join(' ') || String(error);
}

/** True when `path` exists (used by the import command for a clear "file not found"). */
export async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
