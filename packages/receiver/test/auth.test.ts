import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadAccountDirectory } from '../src/accounts.ts';
import { AuthError, createAuth, readForm, type Auth } from '../src/auth.ts';
import type { LoopbackIdentityProvider } from '../src/identity-provider.ts';
import { ADVISER_GRONINGEN, COORDINATOR, CookieClient, startIdentityProvider } from './login.ts';

let provider: LoopbackIdentityProvider;
let server: Server;
let url: string;
let auth: Auth;
let clock = Date.now();

beforeAll(async () => {
  provider = await startIdentityProvider();
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', url).pathname;
    (async () => {
      if (await auth.handle(request, response, path)) return;
      if (path === '/inbox/') {
        const session = auth.requireRole(request);
        response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ email: session.account.email, csrf: session.csrfToken }));
      } else if (path === '/inbox/coordinators-only') {
        auth.requireRole(request, 'coordinator');
        response.writeHead(200).end('ok');
      } else if (path === '/inbox/change' && request.method === 'POST') {
        const session = auth.requireRole(request);
        auth.requireCsrf(request, session, (await readForm(request)).get('_csrf'));
        response.writeHead(200).end('changed');
      } else response.writeHead(404).end();
    })().catch((error: unknown) => {
      response.writeHead(error instanceof AuthError ? error.status : 500).end(error instanceof AuthError ? error.reason : String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  provider.addClient({ clientId: 'inbox', clientSecret: 'inbox-secret', redirectUris: [`${url}/inbox/callback`] });
  auth = await createAuth({ publicUrl: url, oidc: { issuer: provider.issuer, clientId: 'inbox', clientSecret: 'inbox-secret', forceLogin: true }, accounts: loadAccountDirectory(), now: () => clock });
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await provider.close();
});

const form = (fields: Record<string, string>) => ({ method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });

describe('login through the loopback OpenID provider', () => {
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
});
