// The page's side of pdf-paint.worker.ts: one worker for every preview, asked by promise.
import type { PageText, PaintAhead, PaintRequest, PaintResponse } from './pdf-paint.worker.ts';

export type { PageText, PaintAhead };

/** A PDF the worker has parsed: its number there, its pages, and the pages it painted ahead (by index). */
export interface OpenedPdf {
  doc: number;
  pages: PageText[];
  painted: Map<number, ImageBitmap>;
}

type Waiting = (response: PaintResponse) => void;

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, Waiting>();

function ask(request: PaintRequest): Promise<PaintResponse> {
  worker ??= startWorker();
  worker.postMessage(request);
  return new Promise((resolve) => waiting.set(request.id, resolve));
}

function startWorker(): Worker {
  const started = new Worker(new URL('./pdf-paint.worker.ts', import.meta.url), { type: 'module', name: 'pdf-painter' });
  started.addEventListener('message', (event: MessageEvent<PaintResponse>) => {
    const resolve = waiting.get(event.data.id);
    waiting.delete(event.data.id);
    resolve?.(event.data);
  });
  return started;
}

function failed(response: PaintResponse): never {
  throw new Error(`PDF preview: ${'error' in response ? response.error : 'unexpected answer'}`);
}

/** Parses `pdf` in the worker, painting the pages `ahead` asks for. Close it when it is no longer shown. */
export async function openPdf(pdf: Blob, ahead?: PaintAhead): Promise<OpenedPdf> {
  const id = ++nextId;
  const response = await ask({ id, kind: 'open', pdf, ...(ahead && { ahead }) });
  return 'pages' in response ? { doc: id, pages: response.pages, painted: response.painted } : failed(response);
}

/** Page `page` (0-based) painted at `scale` device pixels per PDF point; undefined when the document was closed first. */
export async function paintPage(doc: number, page: number, scale: number): Promise<ImageBitmap | undefined> {
  const response = await ask({ id: ++nextId, kind: 'paint', doc, page, scale });
  if ('bitmap' in response) return response.bitmap;
  return 'cancelled' in response ? undefined : failed(response);
}

/** Stops the document's paints (they answer undefined) and lets the worker forget it. */
export function closePdf(doc: number): void {
  worker?.postMessage({ id: ++nextId, kind: 'close', doc } satisfies PaintRequest);
}
