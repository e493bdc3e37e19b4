// Test helpers for the inbox login: a loopback OpenID provider with the example accounts, and the
// cookie-keeping client (src/loopback-browser.ts) that follows the real redirects of the login.
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

export { CookieClient } from '../src/loopback-browser.ts';
