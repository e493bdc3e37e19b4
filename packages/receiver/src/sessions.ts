// Server-side sessions for the inbox: an opaque random id in an HttpOnly cookie, the rest in the
// database (table inbox_sessions), so a restart keeps advisers logged in and every receiver on one
// PostgreSQL server knows every login. The database holds a hash of the id, never the id itself:
// reading the table does not hand out usable cookies.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Account, AccountDirectory } from './accounts.ts';
import type { Queryable } from './store/index.ts';

export interface Session {
  account: Account;
  /** Sent back in every state-changing form; compared in constant time. */
  csrfToken: string;
}

export interface SessionOptions {
  /** Where sessions are kept: the store's database (table inbox_sessions, migration 5). */
  database: Queryable;
  /** The accounts data, read at every request: an account taken out of it loses its sessions at once. */
  accounts: AccountDirectory;
  /** Cookies get `Secure` and the `__Host-` prefix when the inbox is served over HTTPS. */
  secure: boolean;
  /** Ends a session nobody used for this long (default 30 minutes). */
  idleTimeoutMs?: number;
  /** Ends every session this long after login, used or not (default 8 hours). */
  absoluteTimeoutMs?: number;
  /** The clock, replaceable in tests to expire sessions without waiting. */
  now?: () => number;
}

export const DEFAULT_IDLE_TIMEOUT_MS = 30 * 60_000;
export const DEFAULT_ABSOLUTE_TIMEOUT_MS = 8 * 60 * 60_000;
/** Use moves the idle deadline only when it is this much behind: a page view is not a write every time. */
const IDLE_REFRESH_MS = 60_000;

export interface SessionStore {
  readonly cookieName: string;
  /** The live session of a request (and marks it used), or undefined; an expired one is deleted. */
  get(request: IncomingMessage): Promise<Session | undefined>;
  /** Starts a session for an account, ending the one the browser had: a fresh id at every login. */
  start(request: IncomingMessage, response: ServerResponse, account: Account): Promise<Session>;
  /** Ends the request's session on the server and clears the cookie. */
  end(request: IncomingMessage, response: ServerResponse): Promise<void>;
  /** Appends a Set-Cookie header; `maxAgeSeconds` 0 deletes the cookie. */
  setCookie(response: ServerResponse, name: string, value: string, maxAgeSeconds?: number): void;
  readCookie(request: IncomingMessage, name: string): string | undefined;
}

interface Row {
  account: string;
  expires_at: Date;
  idle_expires_at: Date;
}

export function createSessionStore(options: SessionOptions): SessionStore {
  const { database, accounts, secure, idleTimeoutMs = DEFAULT_IDLE_TIMEOUT_MS, absoluteTimeoutMs = DEFAULT_ABSOLUTE_TIMEOUT_MS, now = Date.now } = options;
  const cookieName = secure ? '__Host-maatwerk-session' : 'maatwerk-session';
  const hashOf = (id: string) => digest(`session\0${id}`);
  // Derived from the id, so it needs no column; a page that shows it does not reveal the id.
  const csrfTokenOf = (id: string) => digest(`csrf\0${id}`);
  const remove = (id: string) => database.query('DELETE FROM inbox_sessions WHERE id_hash = $1', [hashOf(id)]);

  const store: SessionStore = {
    cookieName,
    async get(request) {
      const id = store.readCookie(request, cookieName);
      if (!id) return undefined;
      const [row] = await database.query<Row>('SELECT account, expires_at, idle_expires_at FROM inbox_sessions WHERE id_hash = $1', [hashOf(id)]);
      if (!row) return undefined;
      const time = now();
      const account = accounts.find(row.account);
      if (!account || time >= row.expires_at.getTime() || time >= row.idle_expires_at.getTime()) {
        await remove(id);
        return undefined;
      }
      const idleUntil = Math.min(time + idleTimeoutMs, row.expires_at.getTime());
      if (idleUntil - row.idle_expires_at.getTime() >= IDLE_REFRESH_MS) {
        await database.query('UPDATE inbox_sessions SET idle_expires_at = $2 WHERE id_hash = $1', [hashOf(id), new Date(idleUntil)]);
      }
      return { account, csrfToken: csrfTokenOf(id) };
    },
    async start(request, response, account) {
      const old = store.readCookie(request, cookieName);
      if (old) await remove(old);
      const time = now();
      // Logins are rare: a good moment to drop the sessions that ended without a logout.
      await database.query('DELETE FROM inbox_sessions WHERE expires_at <= $1 OR idle_expires_at <= $1', [new Date(time)]);
      const id = randomBytes(32).toString('base64url');
      await database.query('INSERT INTO inbox_sessions (id_hash, account, created_at, expires_at, idle_expires_at) VALUES ($1, $2, $3, $4, $5)', [
        hashOf(id),
        account.email,
        new Date(time),
        new Date(time + absoluteTimeoutMs),
        new Date(Math.min(time + idleTimeoutMs, time + absoluteTimeoutMs)),
      ]);
      store.setCookie(response, cookieName, id);
      return { account, csrfToken: csrfTokenOf(id) };
    },
    async end(request, response) {
      const id = store.readCookie(request, cookieName);
      if (id) await remove(id);
      store.setCookie(response, cookieName, '', 0);
    },
    setCookie(response, name, value, maxAgeSeconds) {
      const attributes = [`${name}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Lax', ...(secure ? ['Secure'] : []), ...(maxAgeSeconds === undefined ? [] : [`Max-Age=${maxAgeSeconds}`])];
      const existing = response.getHeader('Set-Cookie');
      const list = Array.isArray(existing) ? existing : existing ? [String(existing)] : [];
      response.setHeader('Set-Cookie', [...list, attributes.join('; ')]);
    },
    readCookie(request, name) {
      for (const part of (request.headers.cookie ?? '').split(';')) {
        const [key, ...value] = part.trim().split('=');
        if (key === name) return value.join('=');
      }
      return undefined;
    },
  };
  return store;
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/** Constant-time comparison of a submitted CSRF token with the session's. */
export function csrfTokenMatches(session: Session, submitted: string | null | undefined): boolean {
  if (!submitted) return false;
  const expected = Buffer.from(session.csrfToken);
  const actual = Buffer.from(submitted);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
