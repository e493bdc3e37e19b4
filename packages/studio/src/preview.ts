// The page's side of the preview: waits until typing pauses, then asks the worker for a render.
// While one render runs, newer requests replace each other, so only the latest data is rendered
// next and a fast typist never queues up a backlog.
import type { DocumentData } from '@maatwerk/kennisblad/browser';
import type { RenderRequest, RenderResponse } from './render.worker.ts';

/** How long typing must pause before the preview renders. Short enough to feel live. */
export const PREVIEW_DELAY_MS = 250;

export type PreviewResult = Extract<RenderResponse, { ok: true }> | Extract<RenderResponse, { ok: false }>;

export class PreviewRenderer {
  private worker: Worker | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private nextId = 0;
  private running = false;
  private pending: RenderRequest | undefined;

  constructor(private readonly onResult: (result: PreviewResult) => void) {}

  /**
   * Renders the data `snapshot()` returns after the pause; a newer call before then replaces it.
   * The snapshot is taken only when the pause is over, so typing does not pay for copying the data.
   */
  schedule(snapshot: () => DocumentData, region: string | undefined, delay = PREVIEW_DELAY_MS): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.request({ id: ++this.nextId, data: snapshot(), ...(region && { region }) }), delay);
  }

  /** Forgets any scheduled or pending render (the data became invalid). */
  cancel(): void {
    clearTimeout(this.timer);
    this.pending = undefined;
    this.nextId++;
  }

  get latestId(): number {
    return this.nextId;
  }

  private request(request: RenderRequest): void {
    if (this.running) {
      this.pending = request;
      return;
    }
    this.running = true;
    this.ensureWorker().postMessage(request);
  }

  private ensureWorker(): Worker {
    if (!this.worker) {
      this.worker = new Worker(new URL('./render.worker.ts', import.meta.url), { type: 'module', name: 'kennisblad-renderer' });
      this.worker.addEventListener('message', (event: MessageEvent<RenderResponse>) => {
        this.running = false;
        // Results of superseded requests are dropped: only the newest data may show.
        if (event.data.id === this.nextId) this.onResult(event.data);
        const next = this.pending;
        this.pending = undefined;
        if (next) this.request(next);
      });
      this.worker.addEventListener('error', (event) => {
        this.running = false;
        this.onResult({ id: this.nextId, ok: false, error: event.message || 'worker error' });
      });
    }
    return this.worker;
  }

  dispose(): void {
    this.cancel();
    this.worker?.terminate();
    this.worker = undefined;
  }
}
