// A browser stand-in for the inbox login on loopback: keeps cookies per host and follows the real
// redirects of the authorization code flow. Used by the tests and by scripts/load-inbox.ts. Dev only.
import { LOOPBACK_PASSWORD } from './identity-provider.ts';

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
  async logIn(inboxUrl: string, login: string, password = LOOPBACK_PASSWORD): Promise<{ response: Response; url: string }> {
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
