// `tsx src/main.ts --port 8787 --db ./signups.sqlite --origin http://localhost:4173 [--origin ...] [--lang en] [--host 127.0.0.1] [--no-list]`
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createReceiver, SIGN_UPS_PATH } from './receiver.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    db: { type: 'string', default: './signups.sqlite' },
    origin: { type: 'string', multiple: true, default: [] },
    lang: { type: 'string', default: 'nl' },
    'max-body-bytes': { type: 'string' },
    'no-list': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number from 0 to 65535, not "${values.port}".`);
  process.exit(2);
}
const lang = values.lang === 'en' ? 'en' : 'nl';
// pnpm runs scripts in the package folder; INIT_CWD is where the user typed the command.
const dbPath = values.db === ':memory:' ? values.db : resolve(process.env.INIT_CWD || process.cwd(), values.db);

const server = createReceiver({
  dbPath,
  allowedOrigins: values.origin,
  lang,
  listSignUps: !values['no-list'],
  ...(values['max-body-bytes'] && { maxBodyBytes: Number(values['max-body-bytes']) }),
  // Method, path, status and time only: never bodies or headers (they hold personal data).
  log: values.quiet ? undefined : ({ method, path, status, durationMs, reason }) => console.log(`${new Date().toISOString()} ${method} ${path} ${status} ${durationMs}ms${reason ? ` ${reason}` : ''}`),
});

server.listen(port, values.host, () => {
  const address = server.address();
  const actual = address && typeof address === 'object' ? address.port : port;
  console.log(`Receiver listening on http://${values.host}:${actual}${SIGN_UPS_PATH}`);
  console.log(`Database: ${dbPath}`);
  console.log(`Allowed origins: ${values.origin.length ? values.origin.join(', ') : '(none: only requests without an Origin header)'}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
