// `tsx src/main.ts --port 8787 [--data ./.data/receiver] --origin http://localhost:4173 [--origin ...] [--lang en] [--host 127.0.0.1] [--list] [--quiet]`
// With DATABASE_URL=postgres://... in the environment the sign-ups go to that PostgreSQL server
// instead of the embedded database in the data folder.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR, storeLocation } from './location.ts';
import { loadAccountDirectory } from './accounts.ts';
import { createAuth } from './auth.ts';
import { createInbox, type Inbox } from './inbox/index.ts';
import { createPublisher, type Publisher } from './publish/index.ts';
import { createReceiver, SIGN_UPS_PATH } from './receiver.ts';
import { openStore, StoreError } from './store/index.ts';

const USAGE = `Usage: tsx src/main.ts [--port 8787] [--host 127.0.0.1] [--data ${DEFAULT_DATA_DIR}] [--origin https://example.org ...] [--lang nl|en] [--max-body-bytes 65536] [--list] [--quiet]
With DATABASE_URL=postgres://... the sign-ups go to that PostgreSQL server. See README.md.`;

function parseOptions() {
  // A stray `--` (pnpm passes it on) or an unknown option is a typing error: say how to call it.
  if (process.argv.slice(2).includes('--')) usage('"--" is not an option of the receiver.');
  try {
    return parseArgs({
      options: {
        port: { type: 'string', default: '8787' },
        host: { type: 'string', default: '127.0.0.1' },
        data: { type: 'string', default: DEFAULT_DATA_DIR },
        origin: { type: 'string', multiple: true, default: [] },
        lang: { type: 'string', default: 'nl' },
        'max-body-bytes': { type: 'string' },
        // Personal data to anyone who reaches the port: only on request, for tests and local tools.
        list: { type: 'boolean', default: false },
        // The old way to switch it off, still accepted so existing scripts keep working.
        'no-list': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
}

function usage(problem: string): never {
  console.error(`${problem}\n\n${USAGE}`);
  process.exit(2);
}

const { values } = parseOptions();
const maxBodyText = values['max-body-bytes'];
if (maxBodyText !== undefined && !(/^\d{1,10}$/.test(maxBodyText) && Number(maxBodyText) > 0)) usage(`--max-body-bytes must be a whole number of bytes above 0, not "${maxBodyText}".`);

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a number from 0 to 65535, not "${values.port}".`);
const lang = values.lang === 'en' ? 'en' : 'nl';
const plainly = (error: unknown) => fail(error instanceof StoreError ? error.message : `The store could not be opened: ${String(error)}`);
let location = '';
try {
  location = storeLocation(values.data);
} catch (error) {
  plainly(error);
}
const store = await openStore(location).catch(plainly);

const { inbox, publisher } = (await startInbox()) ?? {};
const allowedHosts = process.env.ALLOWED_HOSTS?.split(',').map((name) => name.trim()).filter(Boolean);

const server = createReceiver({
  store,
  ...(inbox && { inbox }),
  ...(publisher && { publisher }),
  ...(allowedHosts?.length && { allowedHosts }),
  allowedOrigins: values.origin,
  lang,
  listSignUps: values.list && !values['no-list'],
  ...(maxBodyText !== undefined && { maxBodyBytes: Number(maxBodyText) }),
  // Method, path, status and time only: never bodies or headers (they hold personal data).
  log: values.quiet ? undefined : ({ method, path, status, durationMs, reason }) => console.log(`${new Date().toISOString()} ${method} ${path} ${status} ${durationMs}ms${reason ? ` ${reason}` : ''}`),
});

server.listen(port, values.host, () => {
  const address = server.address();
  const actual = address && typeof address === 'object' ? address.port : port;
  console.log(`Receiver listening on http://${values.host}:${actual}${SIGN_UPS_PATH}`);
  console.log(store.engine === 'postgresql' ? 'Database: the PostgreSQL server in DATABASE_URL' : `Database: embedded (PGlite) in ${location}`);
  console.log(`Allowed origins: ${values.origin.length ? values.origin.join(', ') : '(none: only requests without an Origin header)'}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => void Promise.all([publisher?.close(), store.close()]).finally(() => process.exit(0)));
    server.closeAllConnections();
  });
}

/**
 * The inbox runs when its identity provider is configured (environment, so secrets stay out of the
 * process list): PUBLIC_URL, OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, ACCOUNTS_FILE; mail with
 * SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASSWORD, MAIL_FROM; RETENTION_MONTHS (default 12). The
 * kennisblad publisher uses the same login (STUDIO_PATH: where the studio is, default /studio/).
 */
async function startInbox(): Promise<{ inbox: Inbox; publisher: Publisher } | undefined> {
  const env = process.env;
  if (!env.OIDC_ISSUER) return undefined;
  const missing = ['PUBLIC_URL', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'ACCOUNTS_FILE'].filter((name) => !env[name]);
  if (missing.length) fail(`OIDC_ISSUER is set, so the inbox needs ${missing.join(', ')} as well.`);
  const retentionMonths = Number(env.RETENTION_MONTHS ?? 12);
  if (!Number.isInteger(retentionMonths) || retentionMonths < 1) fail(`RETENTION_MONTHS must be a whole number of months, not "${env.RETENTION_MONTHS}".`);
  const accounts = (() => {
    try {
      return loadAccountDirectory(resolve(env.INIT_CWD || process.cwd(), env.ACCOUNTS_FILE!));
    } catch (error) {
      return fail(`The accounts file cannot be used: ${error instanceof Error ? error.message : String(error)}`);
    }
  })();
  const studioPath = env.STUDIO_PATH ?? '/studio/';
  const oidc = { issuer: env.OIDC_ISSUER, clientId: env.OIDC_CLIENT_ID!, clientSecret: env.OIDC_CLIENT_SECRET! };
  const auth = await createAuth({ publicUrl: env.PUBLIC_URL!, oidc, accounts, database: store.database, returnPaths: [studioPath] }).catch((error: unknown) =>
    fail(`The identity provider ${env.OIDC_ISSUER} cannot be used: ${error instanceof Error ? error.message : String(error)}`),
  );
  const smtpPort = Number(env.SMTP_PORT ?? 587);
  const inbox = await createInbox({
    store,
    auth,
    accounts,
    publicUrl: env.PUBLIC_URL!,
    retentionMonths,
    ...(env.SMTP_HOST && {
      mail: {
        smtp: { host: env.SMTP_HOST, port: smtpPort, secure: smtpPort === 465, ...(env.SMTP_USER && { auth: { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? '' } }) },
        from: env.MAIL_FROM ?? `inbox@${new URL(env.PUBLIC_URL!).hostname}`,
      },
    }),
  });
  await inbox.start();
  return { inbox, publisher: await createPublisher({ store, auth, studioPath }) };
}

function fail(sentence: string): never {
  console.error(sentence);
  process.exit(1);
}
