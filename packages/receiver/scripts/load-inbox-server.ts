// The receiver side of load-inbox.ts, in a process of its own so the load does not share its event
// loop: the store at --store, seeded with --sign-ups sign-ups, the receiver on a loopback port with
// the advisers' inbox, the loopback OpenID provider and the loopback SMTP server (src/loopback.ts).
// Tells its parent (over IPC) where it listens and which regions hold sign-ups; stops when the
// parent goes.
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadDataset } from '@maatwerk/model/node';
import { createReceiver, type ReceiverOptions } from '../src/receiver.ts';
import { startLoopbackInbox } from '../src/loopback.ts';
import { openStore, type SignUpStore } from '../src/store/index.ts';
import { signUpBody } from './load-kit.ts';

/** The receiver's event loop delay since the last ask (ms): how long any request waited for the loop, whatever it asked. */
export interface LoopDelay {
  p99: number;
  max: number;
}

export interface ServerReady {
  url: string;
  /** Two regions to filter on. */
  regions: string[];
  seedSeconds: number;
}

const { values } = parseArgs({ options: { store: { type: 'string' }, 'sign-ups': { type: 'string', default: '30000' } } });
const store = await openStore(values.store!);
const loaded = await loadDataset(undefined, 'nl');
if (!loaded.ok) throw new Error('The model data does not load.');
const { municipalities } = loaded.dataset.geography;

const seedStarted = performance.now();
await seed(store, Number(values['sign-ups']));
const seedSeconds = (performance.now() - seedStarted) / 1000;

const options: ReceiverOptions = { store };
const server = createReceiver(options);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const stack = await startLoopbackInbox({ store, publicUrl: url });
options.inbox = stack.inbox;

const regions = [...new Set(municipalities.map((municipality) => municipality.region))].slice(0, 2);
process.send!({ url, regions, seedSeconds } satisfies ServerReady);
// On each message from the parent: the event loop delay since the previous one, then start afresh.
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
process.on('message', () => {
  process.send!({ p99: loop.percentile(99) / 1e6, max: loop.max / 1e6 } satisfies LoopDelay);
  loop.reset();
});
process.once('disconnect', async () => {
  server.closeAllConnections();
  server.close();
  await stack.close();
  await store.close();
  process.exit(0);
});

/**
 * SEEDING ONLY, not the way sign-ups arrive: one bulk INSERT through the store's `database`, so 30,000
 * rows take seconds instead of minutes. Each is the fixture sign-up for another municipality (all of
 * the geography in turn), one second older than the one before, statuses in turn, mail already sent
 * (so the inbox does not start 30,000 notification mails).
 */
async function seed(target: SignUpStore, count: number): Promise<void> {
  await target.database.query(
    `WITH municipality AS (SELECT ordinality - 1 AS i, code, name FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS m(code, name))
     INSERT INTO sign_ups (idempotency_key, received_at, municipality_code, payload, source, status, mail_state)
     SELECT 'load-seed-' || n, now() - make_interval(secs => n), m.code,
            jsonb_set(jsonb_set($1::jsonb, '{municipality,code}', to_jsonb(m.code)), '{municipality,name}', to_jsonb(m.name)),
            'load-seed', (ARRAY['nieuw', 'in-behandeling', 'afgerond'])[1 + n % 3], 'sent'
     FROM generate_series(1, $4::int) AS n JOIN municipality AS m ON m.i = n % $5::int`,
    [signUpBody.toString(), municipalities.map((m) => m.code), municipalities.map((m) => m.name), count, municipalities.length],
  );
}
