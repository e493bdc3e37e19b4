// The /healthz prober of load-inbox.ts, in a process of its own, as a monitoring system would be:
// in the load script's process, its timings would include the waits of the 50 writers and 3 readers
// sharing that event loop. Probes `--url` every `--every` ms (start to start) over one keep-alive
// connection, for as many ms as each message from the parent says, and answers with its figures.
import { Agent } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { send, summarise, type Figures } from './load-kit.ts';

const { values } = parseArgs({ options: { url: { type: 'string' }, every: { type: 'string', default: '50' } } });
const url = new URL(values.url!);
const every = Number(values.every);
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

process.on('message', async (ms: number) => {
  const latencies: number[] = [];
  let failed = 0;
  const started = performance.now();
  while (performance.now() - started < ms) {
    const sent = performance.now();
    if ((await send(url, agent)) === 200) latencies.push(performance.now() - sent);
    else failed++;
    await sleep(Math.max(0, every - (performance.now() - sent)));
  }
  process.send!(summarise(1, latencies, failed, (performance.now() - started) / 1000) satisfies Figures);
});
process.once('disconnect', () => {
  agent.destroy();
  process.exit(0);
});
process.send!('ready');
