// The page's side of the preview: waits until typing pauses, then asks the worker for a render.
// While one render runs, newer requests replace each other, so only the latest data is rendered
// next and a fast typist never queues up a backlog. A render that typing has overtaken is not shown:
// showing it (pdf.js parsing and painting it) would take the CPU the next render needs.
import type { DocumentData } from '@maatwerk/kennisblad/browser';
import type { RenderRequest, RenderResponse } from './render.worker.ts';

/** How long typing must pause before the preview renders. Short enough to feel live. */
export const PREVIEW_DELAY_MS = 250;

export type PreviewResult = Extract<RenderResponse, { ok: true }> | Extract<RenderResponse, { ok: false }>;

export class PreviewRenderer {
  private _worker: Worker | undefined;
  private _timer: ReturnType<typeof setTimeout> | undefined;
  private _nextId = 0;
  private _running = false;
  private _pending: RenderRequest | undefined;
  /** Counts edits; a render of data from before the latest edit is out of date. */
  private _edits = 0;
  /** The edit count when the newest request took its data. */
  private _editsAtNewest = 0;

  constructor(private readonly _onResult: (result: PreviewResult) => void) {}

  /**
   * Renders the data `snapshot()` returns after the pause; a newer call before then replaces it.
   * The snapshot is taken only when the pause is over, so typing does not pay for copying the data.
   */
  schedule(snapshot: () => DocumentData, region: string | undefined, delay = PREVIEW_DELAY_MS): void {
    clearTimeout(this._timer);
    this._timer = setTimeout(() => {
      this._editsAtNewest = this._edits;
      this._request({ id: ++this._nextId, data: snapshot(), ...(region && { region }) });
    }, delay);
  }

  /** The data changed (a key was typed): renders asked for until now are out of date; `schedule` follows. */
  edited(): void {
    this._edits++;
  }

  /** Forgets any scheduled or pending render (the data became invalid). */
  cancel(): void {
    clearTimeout(this._timer);
    this._pending = undefined;
    this._nextId++;
  }

  private _request(request: RenderRequest): void {
    if (this._running) {
      this._pending = request;
      return;
    }
    this._running = true;
    this._ensureWorker().postMessage(request);
  }

  private _ensureWorker(): Worker {
    if (!this._worker) {
      this._worker = new Worker(new URL('./render.worker.ts', import.meta.url), { type: 'module', name: 'kennisblad-renderer' });
      this._worker.addEventListener('message', (event: MessageEvent<RenderResponse>) => {
        this._running = false;
        // Results of superseded requests, or of data edited since, are dropped: only the newest data may show.
        if (event.data.id === this._nextId && this._editsAtNewest === this._edits) this._onResult(event.data);
        const next = this._pending;
        this._pending = undefined;
        if (next) this._request(next);
      });
      this._worker.addEventListener('error', (event) => {
        this._running = false;
        this._onResult({ id: this._nextId, ok: false, error: event.message || 'worker error' });
      });
    }
    return this._worker;
  }

  dispose(): void {
    this.cancel();
    this._worker?.terminate();
    this._worker = undefined;
  }
}
