// Renders the kennisblad off the main thread: react-pdf's layout and font shaping take 100-300 ms
// per render, which would freeze the form while the user types. One render at a time; the page
// sends only the newest request (see preview.ts).
import { buildKennisblad, kennisbladHtml, renderKennisbladBlob, type DocumentData } from '@maatwerk/kennisblad/browser';

export interface RenderRequest {
  id: number;
  data: DocumentData;
  region?: string;
}

export type RenderResponse = { id: number; ok: true; pdf: Blob; html: string; ms: number } | { id: number; ok: false; error: string };

self.addEventListener('message', async (event: MessageEvent<RenderRequest>) => {
  const { id, data, region } = event.data;
  const started = performance.now();
  try {
    const options = region ? { region } : {};
    const pdf = await renderKennisbladBlob(data, options);
    const html = kennisbladHtml(buildKennisblad(data, options));
    self.postMessage({ id, ok: true, pdf, html, ms: performance.now() - started } satisfies RenderResponse);
  } catch (error) {
    self.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies RenderResponse);
  }
});
