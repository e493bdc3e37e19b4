// A real OpenID provider (the certified `oidc-provider` package) on loopback, with fictional
// accounts on example.org. It stands in for the organisation's own identity provider in `pnpm start`
// and in the tests, so the inbox's login runs the same code path as in production. Never expose it.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Configuration, default as OidcProvider } from 'oidc-provider';
import { escapeHtml } from './html.ts';

export interface LoopbackAccount {
  /** The OpenID subject and login name. */
  sub: string;
  email: string;
  name: string;
}

export interface LoopbackClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
}

export interface LoopbackIdentityProvider {
  /** The issuer URL, e.g. `http://127.0.0.1:43117`. */
  issuer: string;
  /** The one password every fictional account has (shown on the login page: it guards nothing real). */
  password: string;
  /** Registers (or replaces) a relying party, e.g. once the inbox knows its own public URL. */
  addClient(client: LoopbackClient): void;
  close(): Promise<void>;
}

export const LOOPBACK_PASSWORD = 'voorbeeld';

/**
 * Two warnings oidc-provider prints that do not apply to this provider; every other warning passes:
 * - "Unsupported runtime" (at import, on Node 20): version 9 is supported on Node 22 LTS and later,
 *   but every API it calls exists on the Node 20.19+ this project supports (crypto.hash since 20.12,
 *   URL.parse since 20.18), and the tests run the whole login through it on Node 20;
 * - "in-memory adapter" (at every construction): a loopback demo provider should forget everything
 *   at a restart; it runs in one process, and its state only matters for the seconds of one login.
 */
const HARMLESS_WARNINGS = ['oidc-provider WARNING: Unsupported runtime.', 'oidc-provider WARNING: a quick start development-only in-memory adapter is used'];

/** Drops the harmless warnings until the returned function is called. */
function muteHarmlessWarnings(): () => void {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!HARMLESS_WARNINGS.some((text) => String(args[0]).includes(text))) warn.apply(console, args);
  };
  return () => {
    console.warn = warn;
  };
}

/** Starts the provider on 127.0.0.1 at `port` (0: any free port). */
export async function startLoopbackIdentityProvider(accounts: readonly LoopbackAccount[], options: { port?: number } = {}): Promise<LoopbackIdentityProvider> {
  const bySub = new Map(accounts.map((account) => [account.sub, account]));
  const clients = new Map<string, LoopbackClient>();
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

  const unmute = muteHarmlessWarnings();
  const Provider = await import('oidc-provider').then((module) => module.default).finally(unmute);
  let provider = build();
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', issuer).pathname;
    const interaction = /^\/interaction\/([\w-]+)$/.exec(path);
    if (interaction) {
      handleInteraction(request, response).catch(() => {
        if (!response.headersSent) response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
        response.end('Deze inlogpoging is verlopen. Begin opnieuw bij de inbox.');
      });
      return;
    }
    provider.callback()(request, response);
  });

  return {
    issuer,
    password: LOOPBACK_PASSWORD,
    addClient(client) {
      clients.set(client.clientId, client);
      // oidc-provider reads static clients at construction: rebuild it (sessions live in memory and
      // only matter during one login).
      provider = build();
    },
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };

  function build(): OidcProvider {
    const configuration: Configuration = {
      clients: [...clients.values()].map((client) => ({
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: client.redirectUris,
        response_types: ['code'],
        grant_types: ['authorization_code'],
      })),
      jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'loopback', use: 'sig', alg: 'RS256' }] },
      cookies: { keys: [randomBytes(32).toString('hex')] },
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
      features: { devInteractions: { enabled: false } },
      interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
      pkce: { required: () => true },
      ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 8 * 3600, Grant: 8 * 3600 },
      async findAccount(_ctx, sub) {
        const account = bySub.get(sub);
        if (!account) return undefined;
        return { accountId: sub, claims: () => ({ sub, email: account.email, email_verified: true, name: account.name }) };
      },
      // The inbox is a first-party client: no consent screen, the grant covers what it asked for.
      async loadExistingGrant(ctx) {
        const { client, session, params } = ctx.oidc;
        if (!client || !session?.accountId) return undefined;
        const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
        grant.addOIDCScope(String(params?.scope ?? 'openid'));
        await grant.save();
        return grant;
      },
    };
    const unmuteNow = muteHarmlessWarnings();
    let created: OidcProvider;
    try {
      created = new Provider(issuer, configuration);
    } finally {
      unmuteNow();
    }
    created.on('server_error', () => undefined); // errors reach the browser as OAuth errors; nothing to log here
    return created;
  }

  async function handleInteraction(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const details = await provider.interactionDetails(request, response);
    if (request.method === 'POST') {
      const form = new URLSearchParams(await readText(request));
      const account = bySub.get(form.get('login') ?? '');
      if (account && form.get('password') === LOOPBACK_PASSWORD) {
        await provider.interactionFinished(request, response, { login: { accountId: account.sub } }, { mergeWithLastSubmission: false });
        return;
      }
      return sendLoginPage(response, details.uid, true);
    }
    sendLoginPage(response, details.uid, false);
  }

  function sendLoginPage(response: ServerResponse, uid: string, failed: boolean): void {
    const options = accounts.map((account) => `<option value="${escapeHtml(account.sub)}">${escapeHtml(account.name)} (${escapeHtml(account.email)})</option>`).join('');
    const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Inloggen (voorbeeld-identiteitsprovider)</title></head>
<body><main><h1>Inloggen bij de voorbeeld-identiteitsprovider</h1>
<p>Dit is een identiteitsprovider voor de demo en de tests, met fictieve accounts. Het wachtwoord van elk account is <strong>${LOOPBACK_PASSWORD}</strong>.</p>
${failed ? '<p role="alert">Dit account of wachtwoord klopt niet.</p>' : ''}
<form method="post" action="/interaction/${escapeHtml(uid)}">
<p><label for="login">Account</label><br><select id="login" name="login">${options}</select></p>
<p><label for="password">Wachtwoord</label><br><input id="password" name="password" type="password" autocomplete="current-password" required></p>
<p><button type="submit">Inloggen</button></p>
</form></main></body></html>`;
    response.writeHead(failed ? 401 : 200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      // No form-action: the login form's answer redirects on to the relying party's origin.
      'Content-Security-Policy': "default-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    });
    response.end(html);
  }
}

function readText(request: IncomingMessage, limit = 4096): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      text += chunk;
      if (text.length > limit) reject(new Error('too large'));
    });
    request.on('end', () => resolve(text));
    request.on('error', reject);
  });
}
