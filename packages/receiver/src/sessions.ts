// Server-side sessions for the inbox: an opaque random id in an HttpOnly cookie, everything else
// in memory on the server. A restart logs everyone out, which is the safe direction.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Account } from './accounts.ts';

export interface Session {
  account: Account;
  /** Sent back in every state-changing form; compared in constant time. */
  csrfToken: string;
  createdAt: number;
  lastSeenAt: number;
}

export interface SessionOptions {
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
/** More live sessions than advisers will ever have: beyond this the oldest go first. */
const MAX_SESSIONS = 10_000;

export interface SessionStore {
  readonly cookieName: string;
  /** The live session of a request (and marks it used), or undefined. */
  get(request: IncomingMessage): Session | undefined;
  /** Starts a session for an account, ending the one the browser had: a fresh id at every login. */
  start(request: IncomingMessage, response: ServerResponse, account: Account): Session;
  /** Ends the request's session on the server and clears the cookie. */
  end(request: IncomingMessage, response: ServerResponse): void;
  /** Appends a Set-Cookie header; `maxAgeSeconds` 0 deletes the cookie. */
  setCookie(response: ServerResponse, name: string, value: string, maxAgeSeconds?: number): void;
  readCookie(request: IncomingMessage, name: string): string | undefined;
}

export function createSessionStore(options: SessionOptions): SessionStore {
  const { secure, idleTimeoutMs = DEFAULT_IDLE_TIMEOUT_MS, absoluteTimeoutMs = DEFAULT_ABSOLUTE_TIMEOUT_MS, now = Date.now } = options;
  const cookieName = secure ? '__Host-maatwerk-session' : 'maatwerk-session';
  // Keyed by a hash of the id, so even a heap dump does not hand out usable cookies.
  const sessions = new Map<string, Session>();
  const keyOf = (id: string) => createHash('sha256').update(id).digest('base64url');

  const store: SessionStore = {
    cookieName,
    get(request) {
      const id = store.readCookie(request, cookieName);
      if (!id) return undefined;
      const key = keyOf(id);
      const session = sessions.get(key);
      if (!session) return undefined;
      const time = now();
      if (time - session.lastSeenAt > idleTimeoutMs || time - session.createdAt > absoluteTimeoutMs) {
        sessions.delete(key);
        return undefined;
      }
      session.lastSeenAt = time;
      return session;
    },
    start(request, response, account) {
      const old = store.readCookie(request, cookieName);
      if (old) sessions.delete(keyOf(old));
      if (sessions.size >= MAX_SESSIONS) sessions.delete(sessions.keys().next().value!);
      const id = randomBytes(32).toString('base64url');
      const time = now();
      const session: Session = { account, csrfToken: randomBytes(32).toString('base64url'), createdAt: time, lastSeenAt: time };
      sessions.set(keyOf(id), session);
      store.setCookie(response, cookieName, id);
      return session;
    },
    end(request, response) {
      const id = store.readCookie(request, cookieName);
      if (id) sessions.delete(keyOf(id));
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

/** Constant-time comparison of a submitted CSRF token with the session's. */
export function csrfTokenMatches(session: Session, submitted: string | null | undefined): boolean {
  if (!submitted) return false;
  const expected = Buffer.from(session.csrfToken);
  const actual = Buffer.from(submitted);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
