// Renders a long list a few items per task, so one click never blocks the page for long: the host
// renders `count` items, and this controller raises it after each paint until all are shown. The
// browser can handle input between the steps. `finish()` shows everything at once (before
// printing, or to jump to an item further down).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterNextPaint } from '../internal/after-paint.ts';

export class ProgressiveReveal implements ReactiveController {
  /** How many items to render now. */
  count = 0;
  private _total = 0;
  /** Bumped on every start, finish and disconnect: a step scheduled before it is dropped. */
  private _generation = 0;
  private _scheduled = false;

  constructor(
    private readonly _host: ReactiveControllerHost,
    /** Items in the first render, and per step after it. */
    private readonly _first = 1,
    private readonly _step = 2,
  ) {
    _host.addController(this);
  }

  /** Starts over with `total` items (when the list changes). */
  start(total: number): void {
    this._cancel();
    this._total = total;
    this.count = Math.min(this._first, total);
    this._host.requestUpdate();
  }

  /** Everything, in the next update. */
  finish(): void {
    this._cancel();
    if (this.done) return;
    this.count = this._total;
    this._host.requestUpdate();
  }

  get done(): boolean {
    return this.count >= this._total;
  }

  hostUpdated(): void {
    if (this.done || this._scheduled) return;
    this._scheduled = true;
    const generation = this._generation;
    void afterNextPaint().then(() => {
      if (generation !== this._generation) return;
      this._scheduled = false;
      this.count = Math.min(this._total, this.count + this._step);
      this._host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this._cancel();
  }

  private _cancel(): void {
    this._generation++;
    this._scheduled = false;
  }
}
