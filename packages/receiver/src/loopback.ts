// Everything the inbox needs from outside, on loopback, for `pnpm start` and the tests: a real
// OpenID provider with the fictional example.org accounts and a real SMTP server that keeps the
// notification e-mails. Dev only (oidc-provider and smtp-server are dev dependencies): a production
// receiver gets the organisation's identity provider and mail server instead.
import { randomBytes } from 'node:crypto';
import { loadAccountDirectory, type AccountDirectory } from './accounts.ts';
import { createAuth, type Auth } from './auth.ts';
import { startLoopbackIdentityProvider, type LoopbackIdentityProvider } from './identity-provider.ts';
import { createInbox, type Inbox, type InboxOptions } from './inbox/index.ts';
import { startLoopbackSmtp, type LoopbackSmtp } from './smtp-sink.ts';
import type { SignUpStore } from './store/index.ts';

export { startLoopbackSmtp, type LoopbackSmtp, type ReceivedMail } from './smtp-sink.ts';
export { startLoopbackIdentityProvider, LOOPBACK_PASSWORD, type LoopbackIdentityProvider } from './identity-provider.ts';
export { CookieClient } from './loopback-browser.ts';

export interface LoopbackInbox {
  inbox: Inbox;
  /** The inbox's login, for other pages of the receiver (the kennisblad publisher). */
  auth: Auth;
  identityProvider: LoopbackIdentityProvider;
  smtp: LoopbackSmtp;
  accounts: AccountDirectory;
  close(): Promise<void>;
}

export interface LoopbackInboxOptions extends Partial<Pick<InboxOptions, 'retentionMonths'>> {
  store: SignUpStore;
  /** Where the browser reaches the inbox (the demo's or the test server's origin). */
  publicUrl: string;
  /** The sessions' clock (tests expire sessions without waiting). */
  now?: () => number;
  retryDelaysMs?: readonly number[];
}

/** Starts the provider and the mail server, registers the inbox as a client, and builds the inbox. */
export async function startLoopbackInbox(options: LoopbackInboxOptions): Promise<LoopbackInbox> {
  const accounts = loadAccountDirectory();
  const identityProvider = await startLoopbackIdentityProvider([
    ...accounts.all().map((account) => ({ sub: account.email, email: account.email, name: account.name })),
    // Known to the provider but not to the inbox: shows that logging in is not enough.
    { sub: 'medewerker@example.org', email: 'medewerker@example.org', name: 'Mees Medewerker (geen toegang)' },
  ]);
  const smtp = await startLoopbackSmtp();
  const origin = new URL(options.publicUrl).origin;
  const client = { clientId: 'maatwerk-inbox', clientSecret: randomBytes(24).toString('base64url'), redirectUris: [`${origin}/inbox/callback`] };
  identityProvider.addClient(client);
  const auth = await createAuth({
    publicUrl: origin,
    oidc: { issuer: identityProvider.issuer, clientId: client.clientId, clientSecret: client.clientSecret, forceLogin: true },
    accounts,
    database: options.store.database,
    // The kennisblad studio's "log in to publish" comes back to the studio.
    returnPaths: ['/studio/'],
    ...(options.now && { now: options.now }),
  });
  const inbox = await createInbox({
    store: options.store,
    auth,
    accounts,
    publicUrl: origin,
    mail: { smtp: { host: '127.0.0.1', port: smtp.port }, from: '"Maatwerk inbox (demo)" <inbox@example.org>', ...(options.retryDelaysMs && { retryDelaysMs: options.retryDelaysMs }) },
    ...(options.retentionMonths && { retentionMonths: options.retentionMonths }),
  });
  await inbox.start();
  return {
    inbox,
    auth,
    identityProvider,
    smtp,
    accounts,
    async close() {
      inbox.close();
      await Promise.all([identityProvider.close(), smtp.close()]);
    },
  };
}
