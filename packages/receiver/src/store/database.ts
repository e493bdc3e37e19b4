// The one seam between the store and an engine. Both engines speak PostgreSQL, so every query in
// this package is written once and runs unchanged on either:
//   - PGlite: PostgreSQL compiled to WebAssembly, in this process, files in a data folder; the
//     default, so `pnpm start` and the tests need no server;
//   - a PostgreSQL server through `pg` (a pool of connections), chosen by a postgres:// URL.
import { access, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
  let unlock = async (): Promise<void> => undefined;
  if (dataDir !== 'memory://') {
    await checkWritableFolder(dataDir);
    unlock = await lockFolder(dataDir);
  }
  let db: PGlite;
  try {
    // relaxedDurability stays off: every statement's files are written before its promise resolves.
    const fresh = dataDir === 'memory://' || !(await exists(join(dataDir, 'PG_VERSION')));
    db = await PGlite.create(dataDir, fresh ? { loadDataDir: await emptyClusterTemplate() } : {});
  } catch (error) {
    await unlock();
    throw new StoreError(`The embedded database in ${dataDir} could not be opened (${reasonOf(error)}): is it a receiver data folder?`);
  }
  const on = (target: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    query: async <Row>(sql: string, params: readonly unknown[] = []) => (await target.query<Row>(sql, [...params])).rows,
    exec: async (sql) => void (await target.exec(sql)),
  });
  // PGlite runs a query synchronously on this thread (WebAssembly) and starts the next queued one in
  // the same run of promise callbacks, so under steady load the event loop never got to read a
  // socket: /healthz and every new request waited until the queue ran dry, seconds later. Here each
  // query or transaction waits its turn and then one macrotask (setImmediate), letting pending I/O in.
  let turn: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const run = turn.then(() => new Promise((resolve) => setImmediate(resolve))).then(work);
    turn = run.catch(() => undefined);
    return run;
  };
  const direct = on(db);
  return {
    engine: 'pglite',
    query: (sql, params) => inTurn(() => direct.query(sql, params)),
    exec: (sql) => inTurn(() => direct.exec(sql)),
    transaction: (work) => inTurn(() => db.transaction((tx) => work(on(tx)))),
    close: async () => {
      await db.close();
      await unlock();
    },
  };
}

/**
 * PGlite belongs to one process: two writing one folder would corrupt it. The receiver listens on
 * a Unix socket in the folder while it runs; a second one that can connect to it refuses to start.
 * A socket left by a killed receiver refuses connections and is replaced. (Not on Windows, or
 * where the path is too long for a socket.)
 */
async function lockFolder(dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, '.receiver.sock');
  if (process.platform === 'win32' || Buffer.byteLength(path) > 100) return async () => undefined;
  const inUse = await new Promise<boolean>((resolve) => {
    const socket = connect(path, () => (socket.destroy(), resolve(true)));
    socket.on('error', () => resolve(false));
  });
  const refusal = new StoreError(`Another receiver is using the data folder ${dataDir}: stop it, or give this one its own folder with --data (several receivers need a PostgreSQL server).`);
  if (inUse) throw refusal;
  await rm(path, { force: true });
  const server = createServer((socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => server.once('error', () => reject(refusal)).listen(path, resolve));
  server.unref();
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

/**
 * A new PGlite folder starts as a copy of an empty database cluster: running initdb (in
 * WebAssembly) takes several times longer than starting PGlite on existing files. The copy is made
 * once per PGlite version and kept in the temporary folder (written to a new name, then renamed,
 * so a half-written copy is never read).
 */
let template: Promise<Blob> | undefined;
function emptyClusterTemplate(): Promise<Blob> {
  template ??= (async () => {
    const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
    const { version } = JSON.parse(await readFile(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string };
    const file = join(tmpdir(), `maatwerk-pglite-${version}-empty-cluster.tar`);
    const cached = await readFile(file).catch(() => undefined);
    if (cached) return new Blob([cached]);
    const empty = await PGlite.create('memory://');
    const tar = await empty.dumpDataDir('none');
    await empty.close();
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, new Uint8Array(await tar.arrayBuffer()));
    await rename(partial, file);
    return tar;
  })();
  return template;
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
