// The PDF preview's pages, painted off the main thread: pdf.js's display layer in a module worker,
// drawing each page into an OffscreenCanvas and handing the page an ImageBitmap (transferred, not
// copied). pdf.js 5 supports painting on the main thread only (mozilla/pdf.js#10319), for two
// reasons, both answered here:
// - canvases: it makes them through `document`; the CanvasFactory below makes OffscreenCanvases;
// - fonts: it adds each embedded font to `document.fonts`; here `ownerDocument` is a stand-in with
//   the worker's own FontFaceSet (`self.fonts`), which the worker's canvases draw with.
// On the main thread every font pdf.js added or removed made Chromium lay the whole studio out again
// (all ~1,600 boxes of the form, 25-80 ms each time, by the trace): a new preview brought a handful
// of these. Here the page sees none of it. Parsing stays in pdf.js's own worker (pdf.worker.ts).
import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy, type RenderTask } from 'pdfjs-dist';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';

export type PaintRequest =
  /** Parses a PDF; answers with each page's size and text, and the pages painted ahead. The request's id names the document from then on. */
  | { id: number; kind: 'open'; pdf: Blob; ahead?: PaintAhead }
  /** Paints page `page` (0-based) of document `doc` at `scale` device pixels per PDF point. */
  | { id: number; kind: 'paint'; doc: number; page: number; scale: number }
  /** Stops the document's paints and forgets it. No answer. */
  | { id: number; kind: 'close'; doc: number };

/**
 * Pages to paint while the rest of the document is still being read, without a round trip to the
 * page: those the page shows now (by index), unless their text shows they did not change.
 */
export interface PaintAhead {
  pages: number[];
  /** The page's width on screen in device pixels. */
  width: number;
  /** Fingerprints of the pages shown now, by index. */
  shown: string[];
}

/** A page as the view lays it out: its size in PDF points and its text (for the text layer and to see whether it changed). */
export interface PageText {
  /** [x, y, width, height] of the page's box in PDF points. */
  box: [number, number, number, number];
  content: TextContent;
  /** Every text item with its place and size: the same on another preview's page, and that page shows the same. */
  fingerprint: string;
}

export type PaintResponse =
  | { id: number; ok: true; pages: PageText[]; painted: Map<number, ImageBitmap> }
  | { id: number; ok: true; bitmap: ImageBitmap }
  /** The document was closed (a newer preview) before the page was painted. */
  | { id: number; ok: true; cancelled: true }
  | { id: number; ok: false; error: string };

GlobalWorkerOptions.workerPort = new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module', name: 'pdfjs' });

/** pdf.js's canvas factory interface (temporary canvases for patterns, masks, groups), with OffscreenCanvases. */
class OffscreenCanvasFactory {
  create(width: number, height: number) {
    const canvas = new OffscreenCanvas(width, height);
    return { canvas, context: canvas.getContext('2d', { willReadFrequently: true }) };
  }

  reset(target: { canvas: OffscreenCanvas }, width: number, height: number): void {
    target.canvas.width = width;
    target.canvas.height = height;
  }

  destroy(target: { canvas: OffscreenCanvas | null; context: unknown }): void {
    if (target.canvas) target.canvas.width = target.canvas.height = 0;
    target.canvas = null;
    target.context = null;
  }
}

/** All pdf.js asks of `ownerDocument` when it paints: a FontFaceSet for the embedded fonts. */
const fontsOnly = { fonts: (self as unknown as { fonts: FontFaceSet }).fonts } as unknown as Document;

interface OpenDoc {
  doc: PDFDocumentProxy;
  painting: Set<RenderTask>;
  closed: boolean;
}

const docs = new Map<number, OpenDoc>();
/** Documents closed while they were still being opened. */
const closedEarly = new Set<number>();

const answer = (response: PaintResponse, transfer: Transferable[] = []) => self.postMessage(response, { transfer });

async function open(id: number, pdf: Blob, ahead: PaintAhead | undefined): Promise<void> {
  const doc = await getDocument({
    data: new Uint8Array(await pdf.arrayBuffer()),
    isEvalSupported: false,
    enableXfa: false,
    ownerDocument: fontsOnly,
    CanvasFactory: OffscreenCanvasFactory,
  }).promise;
  if (closedEarly.delete(id)) return void doc.destroy();
  const open: OpenDoc = { doc, painting: new Set(), closed: false };
  docs.set(id, open);
  const texts: Promise<PageText>[] = [];
  const text = (index: number) => (texts[index] ??= pageText(doc, index));
  // The pages in view first, each painted as soon as its text shows it changed; then the others' text.
  const painted = new Map<number, ImageBitmap>();
  const visible = (ahead?.pages ?? []).filter((index) => index < doc.numPages);
  const paintingAhead = Promise.all(
    visible.map(async (index) => {
      const page = await text(index);
      if (page.fingerprint === ahead!.shown[index]) return;
      const bitmap = await paintBitmap(open, index, ahead!.width / page.box[2]);
      if (bitmap) painted.set(index, bitmap);
    }),
  );
  await Promise.all(visible.map(text));
  const pages = await Promise.all(Array.from({ length: doc.numPages }, (_, index) => text(index)));
  await paintingAhead;
  if (open.closed) return painted.forEach((bitmap) => bitmap.close());
  answer({ id, ok: true, pages, painted }, [...painted.values()]);
}

async function pageText(doc: PDFDocumentProxy, index: number): Promise<PageText> {
  const page = await doc.getPage(index + 1);
  const content = await page.getTextContent();
  const [x0, y0, x1, y1] = page.view as [number, number, number, number];
  const items = content.items.map((item) => ('str' in item ? [item.str, item.transform, item.width, item.height] : null));
  return { box: [x0, y0, x1 - x0, y1 - y0], content, fingerprint: JSON.stringify([page.view, items]) };
}

/** The page painted at `scale` device pixels per PDF point; undefined when its document was closed first. */
async function paintBitmap(open: OpenDoc, index: number, scale: number): Promise<ImageBitmap | undefined> {
  let task: RenderTask | undefined;
  let canvas: OffscreenCanvas;
  try {
    const page = await open.doc.getPage(index + 1);
    const viewport = page.getViewport({ scale });
    canvas = new OffscreenCanvas(Math.floor(viewport.width), Math.floor(viewport.height));
    task = page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport });
    open.painting.add(task);
    await task.promise;
  } catch (error) {
    // Closed while painting (destroying the document ends its pages' work with other errors too).
    if (open.closed || (error as Error).name === 'RenderingCancelledException') return undefined;
    throw error;
  } finally {
    if (task) open.painting.delete(task);
  }
  return canvas.transferToImageBitmap();
}

async function paint(id: number, doc: number, index: number, scale: number): Promise<void> {
  const open = docs.get(doc);
  const bitmap = open && (await paintBitmap(open, index, scale));
  answer(bitmap ? { id, ok: true, bitmap } : { id, ok: true, cancelled: true }, bitmap ? [bitmap] : []);
}

function close(doc: number): void {
  const open = docs.get(doc);
  if (!open) return void closedEarly.add(doc);
  docs.delete(doc);
  open.closed = true;
  open.painting.forEach((task) => task.cancel());
  void open.doc.destroy();
}

self.addEventListener('message', (event: MessageEvent<PaintRequest>) => {
  const request = event.data;
  const done = request.kind === 'open' ? open(request.id, request.pdf, request.ahead) : request.kind === 'paint' ? paint(request.id, request.doc, request.page, request.scale) : close(request.doc);
  void Promise.resolve(done).catch((error: unknown) => answer({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) }));
});
