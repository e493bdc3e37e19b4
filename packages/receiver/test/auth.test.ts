import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadAccountDirectory } from '../src/accounts.ts';
import { AuthError, createAuth, readForm, type Auth } from '../src/auth.ts';
import type { LoopbackIdentityProvider } from '../src/identity-provider.ts';
import { openStore, type SignUpStore } from '../src/store/index.ts';
import { ENGINES, serverEngine } from './helpers.ts';
import { ADVISER_GRONINGEN, COORDINATOR, CookieClient, startIdentityProvider } from './login.ts';

let provider: LoopbackIdentityProvider;
let clock = Date.now();

beforeAll(async () => {
  provider = await startIdentityProvider();
});

afterAll(async () => {
  await provider?.close();
});

/** A small server that uses `auth` as any page of the receiver would; `auth` may be replaced while it runs (a restart). */
async function startPages(): Promise<{ url: string; clientId: string; use(next: Auth): void; close(): Promise<void> }> {
  let auth: Auth | undefined;
  let url = '';
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', url).pathname;
    (async () => {
      if (await auth!.handle(request, response, path)) return;
      if (path === '/inbox/') {
        const session = await auth!.requireRole(request);
        response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ email: session.account.email, csrf: session.csrfToken }));
      } else if (path === '/inbox/coordinators-only') {
        await auth!.requireRole(request, 'coordinator');
        response.writeHead(200).end('ok');
      } else if (path === '/inbox/change' && request.method === 'POST') {
        const session = await auth!.requireRole(request);
        auth!.requireCsrf(request, session, (await readForm(request)).get('_csrf'));
        response.writeHead(200).end('changed');
      } else response.writeHead(404).end();
    })().catch((error: unknown) => {
      response.writeHead(error instanceof AuthError ? error.status : 500).end(error instanceof AuthError ? error.reason : String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = `inbox-${(server.address() as AddressInfo).port}`;
  provider.addClient({ clientId, clientSecret: 'inbox-secret', redirectUris: [`${url}/inbox/callback`] });
  return {
    url,
    clientId,
    use: (next) => (auth = next),
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

const authOver = (store: SignUpStore, pages: { url: string; clientId: string }) =>
  createAuth({
    publicUrl: pages.url,
    oidc: { issuer: provider.issuer, clientId: pages.clientId, clientSecret: 'inbox-secret', forceLogin: true },
    accounts: loadAccountDirectory(),
    database: store.database,
    now: () => clock,
  });

const form = (fields: Record<string, string>) => ({ method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });

for (const engine of ENGINES) describe.skipIf(!engine.available)(`login through the loopback OpenID provider (${engine.name})`, { timeout: 120_000 }, () => {
  let location: string;
  let store: SignUpStore;
  let pages: Awaited<ReturnType<typeof startPages>>;
  let url: string;

  beforeAll(async () => {
    location = await engine.location();
    store = await openStore(location);
    pages = await startPages();
    url = pages.url;
    pages.use(await authOver(store, pages));
  }, 120_000);

  afterAll(async () => {
    await pages?.close();
    await store?.close();
    await engine.cleanup();
  }, 60_000);

  test('an adviser logs in with code + PKCE and gets an HttpOnly, SameSite=Lax session cookie', async () => {
    const browser = new CookieClient();
    const login = await browser.fetch(`${url}/inbox/login`);
    const authorize = new URL(login.headers.get('location')!);
    expect(authorize.origin).toBe(provider.issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);

    const { response } = await browser.logIn(url, ADVISER_GRONINGEN);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { email: string }).email).toBe(ADVISER_GRONINGEN);
    const cookie = [...browser.jar.get(new URL(url).host)!.keys()];
    expect(cookie).toContain('maatwerk-session');
  });

  test('the session cookie is rotated at login, and the old one stops working', async () => {
    const browser = new CookieClient();
    await browser.logIn(url, ADVISER_GRONINGEN);
    const first = browser.jar.get(new URL(url).host)!.get('maatwerk-session')!;
    const relogin = await browser.logIn(url, ADVISER_GRONINGEN);
    expect(relogin.response.status, relogin.url).toBe(200);
    const second = browser.jar.get(new URL(url).host)!.get('maatwerk-session')!;
    expect(second).not.toBe(first);
    const old = await fetch(`${url}/inbox/`, { headers: { Cookie: `maatwerk-session=${first}` } });
    expect(old.status).toBe(401);
  });

  test('roles: an adviser may not do what only a coordinator may', async () => {
    const adviser = new CookieClient();
    await adviser.logIn(url, ADVISER_GRONINGEN);
    expect((await adviser.fetch(`${url}/inbox/coordinators-only`)).status).toBe(403);
    const coordinator = new CookieClient();
    await coordinator.logIn(url, COORDINATOR);
    expect((await coordinator.fetch(`${url}/inbox/coordinators-only`)).status).toBe(200);
  });

  test('an account the provider knows but the accounts data does not gets no session', async () => {
    const browser = new CookieClient();
    const { response } = await browser.logIn(url, 'stranger@example.org');
    expect(response.status).toBe(403);
    expect(browser.jar.get(new URL(url).host)?.get('maatwerk-session')).toBeUndefined();
  });

  test('a wrong password stays at the provider', async () => {
    const { response, url: at } = await new CookieClient().logIn(url, ADVISER_GRONINGEN, 'fout');
    expect(response.status).toBe(401);
    expect(at.startsWith(provider.issuer)).toBe(true);
  });

  test('a callback without the browser that started the login is refused (login CSRF)', async () => {
    const victim = new CookieClient();
    const attacker = new CookieClient();
    const login = await attacker.fetch(`${url}/inbox/login`);
    const state = new URL(login.headers.get('location')!).searchParams.get('state');
    const answer = await victim.fetch(`${url}/inbox/callback?code=stolen&state=${state}`);
    expect(answer.status).toBe(401);
  });

  test('CSRF: a state-changing request needs the session token and the own Origin', async () => {
    const browser = new CookieClient();
    const { response } = await browser.logIn(url, ADVISER_GRONINGEN);
    const { csrf } = (await response.json()) as { csrf: string };
    expect((await browser.fetch(`${url}/inbox/change`, form({}))).status).toBe(403);
    expect((await browser.fetch(`${url}/inbox/change`, form({ _csrf: 'x'.repeat(csrf.length) }))).status).toBe(403);
    const foreign = form({ _csrf: csrf });
    expect((await browser.fetch(`${url}/inbox/change`, { ...foreign, headers: { ...foreign.headers, Origin: 'http://evil.example' } })).status).toBe(403);
    expect((await browser.fetch(`${url}/inbox/change`, form({ _csrf: csrf }))).status).toBe(200);
  });

  test('idle and absolute timeouts end a session; logout ends it on the server', async () => {
    const browser = new CookieClient();
    const { response } = await browser.logIn(url, ADVISER_GRONINGEN);
    const { csrf } = (await response.json()) as { csrf: string };
    clock += 29 * 60_000;
    expect((await browser.fetch(`${url}/inbox/`)).status).toBe(200);
    clock += 31 * 60_000;
    expect((await browser.fetch(`${url}/inbox/`)).status).toBe(401);

    const again = new CookieClient();
    await again.logIn(url, ADVISER_GRONINGEN);
    for (let step = 0; step < 17; step++) {
      clock += 29 * 60_000; // always active, never idle
      if (step < 16) expect((await again.fetch(`${url}/inbox/`)).status).toBe(200);
    }
    expect((await again.fetch(`${url}/inbox/`)).status).toBe(401);

    const third = new CookieClient();
    const login = await third.logIn(url, COORDINATOR);
    const token = ((await login.response.json()) as { csrf: string }).csrf;
    const cookie = third.jar.get(new URL(url).host)!.get('maatwerk-session')!;
    expect((await third.fetch(`${url}/inbox/logout`, form({ _csrf: token }))).status).toBe(303);
    const replay = await fetch(`${url}/inbox/`, { headers: { Cookie: `maatwerk-session=${cookie}` } });
    expect(replay.status).toBe(401);
    expect(csrf).not.toBe(token);
  });

  test('a forged cookie is no session', async () => {
    const forged = await fetch(`${url}/inbox/`, { headers: { Cookie: 'maatwerk-session=' + 'A'.repeat(43) } });
    expect(forged.status).toBe(401);
  });

  test('a restart keeps the login: sessions are in the database, as a hash of the id only', async () => {
    const browser = new CookieClient();
    await browser.logIn(url, COORDINATOR);
    const cookie = browser.jar.get(new URL(url).host)!.get('maatwerk-session')!;
    const stored = JSON.stringify(await store.database.query('SELECT * FROM inbox_sessions'));
    expect(stored).not.toContain(cookie);

    await store.close();
    store = await openStore(location);
    pages.use(await authOver(store, pages));
    const after = await browser.fetch(`${url}/inbox/`);
    expect(after.status).toBe(200);
    expect(((await after.json()) as { email: string }).email).toBe(COORDINATOR);
  });

  test('an expired session is refused and deleted from the database', async () => {
    const browser = new CookieClient();
    await browser.logIn(url, ADVISER_GRONINGEN);
    const count = async () => (await store.database.query<{ count: number }>('SELECT count(*)::integer AS count FROM inbox_sessions WHERE account = $1', [ADVISER_GRONINGEN]))[0]!.count;
    expect(await count()).toBeGreaterThanOrEqual(1);
    const before = await count();
    clock += 31 * 60_000;
    expect((await browser.fetch(`${url}/inbox/`)).status).toBe(401);
    expect(await count()).toBe(before - 1);
  });
});

describe.skipIf(!serverEngine().available)('two receivers on one PostgreSQL server share logins', { timeout: 120_000 }, () => {
  test('a login at one receiver works at the other, and a logout at the other ends it for both', async () => {
    const engine = serverEngine();
    const location = await engine.location();
    const stores = [await openStore(location), await openStore(location)];
    const receivers = [await startPages(), await startPages()];
    try {
      for (const [index, pages] of receivers.entries()) pages.use(await authOver(stores[index]!, pages));
      const [first, second] = receivers as [Awaited<ReturnType<typeof startPages>>, Awaited<ReturnType<typeof startPages>>];
      const browser = new CookieClient();
      const { response } = await browser.logIn(first.url, COORDINATOR);
      const { csrf } = (await response.json()) as { csrf: string };
      const cookie = `maatwerk-session=${browser.jar.get(new URL(first.url).host)!.get('maatwerk-session')!}`;

      const elsewhere = await fetch(`${second.url}/inbox/`, { headers: { Cookie: cookie } });
      expect(elsewhere.status).toBe(200);
      expect(((await elsewhere.json()) as { csrf: string }).csrf).toBe(csrf);
      const logout = await fetch(`${second.url}/inbox/logout`, { ...form({ _csrf: csrf }), headers: { ...form({}).headers, Cookie: cookie }, redirect: 'manual' });
      expect(logout.status).toBe(303);
      expect((await fetch(`${first.url}/inbox/`, { headers: { Cookie: cookie } })).status).toBe(401);
    } finally {
      await Promise.all(receivers.map((pages) => pages.close()));
      await Promise.all(stores.map((store) => store.close()));
      await engine.cleanup();
    }
  });
});
