// Login for the inbox with the organisation's own identity provider: OpenID Connect authorization
// code flow with PKCE through the certified `openid-client`. Roles come from the accounts data.
// Reusable by any page of the receiver: `await auth.requireRole(request, 'coordinator')`.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as oidc from 'openid-client';
import type { AccountDirectory, Role } from './accounts.ts';
import { HttpError } from './errors.ts';
import { createSessionStore, csrfTokenMatches, type Session, type SessionOptions, type SessionStore } from './sessions.ts';
import type { Queryable } from './store/index.ts';

export interface OidcOptions {
  /** Issuer URL of the identity provider (its discovery document is read at start). */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Ask the provider to show its login form even when it has a session (demo, shared machines). */
  forceLogin?: boolean;
}

export interface AuthOptions extends Omit<SessionOptions, 'secure'> {
  /** Public origin of the inbox, e.g. `https://inbox.example.org`; `https:` makes cookies `Secure`. */
  publicUrl: string;
  oidc: OidcOptions;
  accounts: AccountDirectory;
  /** Where sessions and logins in progress are kept: the store's `database`. */
  database: Queryable;
  /** Where the login routes live (default `/inbox`). */
  basePath?: string;
  /** Other pages of this origin a login may return to (`?next=`), e.g. the kennisblad studio at `/studio/`. */
  returnPaths?: readonly string[];
}

/** Why a request may not go on: 401 (no valid session), 403 (wrong role, CSRF). */
export class AuthError extends HttpError {
  constructor(
    override readonly status: 401 | 403,
    override readonly reason: 'no-session' | 'role-not-allowed' | 'csrf-token-invalid' | 'origin-not-allowed',
  ) {
    super(status, reason);
  }
}

export interface Auth {
  readonly sessions: SessionStore;
  readonly loginPath: string;
  readonly logoutPath: string;
  /** Handles the login, callback and logout routes; false for any other path. */
  handle(request: IncomingMessage, response: ServerResponse, path: string): Promise<boolean>;
  /** The request's session, or an AuthError: 401 without one, 403 when `role` is given and not held. */
  requireRole(request: IncomingMessage, role?: Role): Promise<Session>;
  /**
   * For every state-changing request: the session's CSRF token must come back (form field `_csrf` or
   * header `X-CSRF-Token`) and a browser's `Origin`, when sent, must be the inbox's own.
   */
  requireCsrf(request: IncomingMessage, session: Session, submitted: string | null | undefined): void;
}

interface PendingLogin {
  code_verifier: string;
  nonce: string;
  next: string;
  expires_at: Date;
}

const LOGIN_STATE_COOKIE = 'maatwerk-login';
const LOGIN_TTL_MS = 10 * 60_000;

export async function createAuth(options: AuthOptions): Promise<Auth> {
  const { publicUrl, accounts, database, basePath = '/inbox', now = Date.now } = options;
  const origin = new URL(publicUrl).origin;
  const sessions = createSessionStore({ ...options, secure: origin.startsWith('https:') });
  const redirectUri = `${origin}${basePath}/callback`;
  const issuer = new URL(options.oidc.issuer);
  const config = await oidc.discovery(issuer, options.oidc.clientId, options.oidc.clientSecret, undefined, {
    // Only a loopback provider (demo, tests) may be plain http; anything else must be https.
    ...(issuer.protocol === 'http:' && isLoopback(issuer.hostname) && { execute: [oidc.allowInsecureRequests] }),
  });
  const paths = { login: `${basePath}/login`, callback: `${basePath}/callback`, logout: `${basePath}/logout` };

  const auth: Auth = {
    sessions,
    loginPath: paths.login,
    logoutPath: paths.logout,
    async handle(request, response, path) {
      if (path === paths.login && request.method === 'GET') return (await startLogin(request, response), true);
      if (path === paths.callback && request.method === 'GET') return (await finishLogin(request, response), true);
      if (path === paths.logout && request.method === 'POST') {
        const session = await auth.requireRole(request);
        auth.requireCsrf(request, session, await formField(request, '_csrf'));
        await sessions.end(request, response);
        redirect(response, `${basePath}/?logged-out`);
        return true;
      }
      return false;
    },
    async requireRole(request, role) {
      const session = await sessions.get(request);
      if (!session) throw new AuthError(401, 'no-session');
      if (role && session.account.role !== role) throw new AuthError(403, 'role-not-allowed');
      return session;
    },
    requireCsrf(request, session, submitted) {
      const sentOrigin = request.headers.origin;
      if (sentOrigin !== undefined && sentOrigin !== origin) throw new AuthError(403, 'origin-not-allowed');
      const token = submitted ?? headerValue(request, 'x-csrf-token');
      if (!csrfTokenMatches(session, token)) throw new AuthError(403, 'csrf-token-invalid');
    },
  };
  return auth;

  async function startLogin(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const next = safeNext(new URL(request.url ?? '/', origin).searchParams.get('next'));
    const state = oidc.randomState();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const nonce = oidc.randomNonce();
    // In the database, so the callback may reach another receiver behind the same load balancer.
    await database.query('DELETE FROM inbox_logins WHERE expires_at <= $1', [new Date(now())]);
    await database.query('INSERT INTO inbox_logins (state_hash, code_verifier, nonce, next, expires_at) VALUES ($1, $2, $3, $4, $5)', [
      stateHash(state),
      codeVerifier,
      nonce,
      next,
      new Date(now() + LOGIN_TTL_MS),
    ]);
    // Binds the login to this browser: a callback URL planted in another browser finds no cookie.
    sessions.setCookie(response, LOGIN_STATE_COOKIE, state, LOGIN_TTL_MS / 1000);
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: 'openid email profile',
      state,
      nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      ...(options.oidc.forceLogin && { prompt: 'login' }),
    });
    redirect(response, url.href);
  }

  async function finishLogin(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const current = new URL(request.url ?? '/', origin);
    const state = current.searchParams.get('state') ?? '';
    // Used once: deleted as it is read.
    const [login] = await database.query<PendingLogin>('DELETE FROM inbox_logins WHERE state_hash = $1 RETURNING code_verifier, nonce, next, expires_at', [stateHash(state)]);
    const fromCookie = sessions.readCookie(request, LOGIN_STATE_COOKIE);
    sessions.setCookie(response, LOGIN_STATE_COOKIE, '', 0);
    if (!login || fromCookie !== state || now() >= login.expires_at.getTime()) throw new AuthError(401, 'no-session');
    const tokens = await oidc.authorizationCodeGrant(config, current, { pkceCodeVerifier: login.code_verifier, expectedState: state, expectedNonce: login.nonce, idTokenExpected: true });
    let claims: Record<string, unknown> | undefined = tokens.claims();
    // Conforming providers put scope claims (email) in the UserInfo answer, not in the ID token.
    if (typeof claims?.email !== 'string') claims = await oidc.fetchUserInfo(config, tokens.access_token, tokens.claims()!.sub);
    const email = typeof claims?.email === 'string' && claims.email_verified !== false ? claims.email : undefined;
    const account = email ? accounts.find(email) : undefined;
    if (!account) throw new AuthError(403, 'role-not-allowed');
    await sessions.start(request, response, account);
    redirect(response, login.next);
  }

  /** Only a path inside the inbox (or a listed page): never an open redirect to another site. */
  function safeNext(next: string | null): string {
    const allowed = [`${basePath}/`, ...(options.returnPaths ?? [])];
    return next && allowed.some((path) => next.startsWith(path)) && !next.startsWith('//') && !next.includes('\\') ? next : `${basePath}/`;
  }
}

function stateHash(state: string): string {
  return createHash('sha256').update(`login\0${state}`).digest('base64url');
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(303, { Location: location, 'Cache-Control': 'no-store' });
  response.end();
}

function headerValue(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
}

export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]' || hostname === '::1';
}

/** Reads a small `application/x-www-form-urlencoded` body (forms of the inbox are a few fields). */
export async function readForm(request: IncomingMessage, limit = 8 * 1024): Promise<URLSearchParams> {
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') return new URLSearchParams();
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new HttpError(413, 'form-too-large');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

async function formField(request: IncomingMessage, name: string): Promise<string | null> {
  return (await readForm(request)).get(name);
}
