// Test helpers for the inbox login: a loopback OpenID provider with the example accounts, and a tiny
// cookie-keeping client that follows the real redirects of the authorization code flow.
import { loadAccountDirectory } from '../src/accounts.ts';
import { startLoopbackIdentityProvider, type LoopbackIdentityProvider } from '../src/identity-provider.ts';

export const ADVISER_GRONINGEN = 'adviseur.groningen@example.org';
export const COORDINATOR = 'coordinator@example.org';

export async function startIdentityProvider(): Promise<LoopbackIdentityProvider> {
  const accounts = loadAccountDirectory().all().map((account) => ({ sub: account.email, email: account.email, name: account.name }));
  // An account that can log in at the provider but has no access to the inbox.
  accounts.push({ sub: 'stranger@example.org', email: 'stranger@example.org', name: 'Iemand Anders' });
  return startLoopbackIdentityProvider(accounts);
}

/** A browser stand-in: keeps cookies per host, follows redirects by hand so each hop is visible. */
export class CookieClient {
  readonly jar = new Map<string, Map<string, string>>();

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url);
    const cookies = this.jar.get(target.host);
    const headers = new Headers(init.headers);
    if (cookies?.size) headers.set('Cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await fetch(target, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const [name, ...value] = pair!.split('=');
      const store = this.jar.get(target.host) ?? new Map<string, string>();
      this.jar.set(target.host, store);
      if (attributes.some((attribute) => attribute.trim() === 'Max-Age=0')) store.delete(name!.trim());
      else store.set(name!.trim(), value.join('='));
    }
    return response;
  }

  /** Follows redirects from `url` until a non-redirect answer. */
  async follow(url: string, init: RequestInit = {}): Promise<{ response: Response; url: string }> {
    let current = url;
    let response = await this.fetch(current, init);
    for (let hops = 0; response.status >= 300 && response.status < 400 && hops < 10; hops++) {
      current = new URL(response.headers.get('location')!, current).href;
      response = await this.fetch(current);
    }
    return { response, url: current };
  }

  /** Logs in through the provider's login form as `login` and returns the page the inbox ends on. */
  async logIn(inboxUrl: string, login: string, password = 'voorbeeld'): Promise<{ response: Response; url: string }> {
    const { response, url } = await this.follow(`${inboxUrl}/inbox/login`);
    const page = await response.text();
    const action = /<form method="post" action="([^"]+)"/.exec(page)?.[1];
    if (!action) throw new Error(`no login form at ${url}: ${response.status}`);
    return this.follow(new URL(action, url).href, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ login, password }).toString(),
    });
  }
}
