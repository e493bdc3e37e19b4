// Runs in a worker thread (see renderer.ts): lays out one edition of the kennisblad with react-pdf
// and writes its HTML twin. Layout is CPU work of a second or more; here it never holds up the
// receiver's event loop, so sign-ups keep coming in while a new version renders.
import { parentPort } from 'node:worker_threads';
import { buildKennisblad, kennisbladHtml, nodeWebFonts, renderKennisbladView } from '@maatwerk/kennisblad';
import type { RenderJob, RenderOutcome } from './renderer.ts';

// One render at a time: jobs that arrive during a render wait their turn.
let queue = Promise.resolve();
/** The HTML twin embeds the PDF's faces (as data: URLs), read once per worker. */
let webFonts: ReturnType<typeof nodeWebFonts> | undefined;
parentPort!.on('message', (job: RenderJob) => {
  queue = queue.then(() => run(job));
});

async function run(job: RenderJob): Promise<void> {
  let outcome: RenderOutcome;
  try {
    const view = buildKennisblad(job.data, job.region ? { region: job.region } : {});
    const pdf = await renderKennisbladView(view);
    webFonts ??= nodeWebFonts();
    outcome = { id: job.id, ok: true, pdf: new Uint8Array(pdf), html: kennisbladHtml(view, { fonts: await webFonts }) };
  } catch (error) {
    outcome = { id: job.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(outcome);
}
