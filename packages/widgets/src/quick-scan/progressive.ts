// Renders a long list a few items per task, so one click never blocks the page for long: the host
// renders `count` items, and this controller raises it after each paint until all are shown. The
// browser can handle input between the steps. `finish()` shows everything at once (before
// printing, or to jump to an item further down).
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ProgressiveReveal implements ReactiveController {
  /** How many items to render now. */
  count = 0;
  private total = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private frame?: number;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Items in the first render, and per step after it. */
    private readonly first = 1,
    private readonly step = 2,
  ) {
    host.addController(this);
  }

  /** Starts over with `total` items (when the list changes). */
  start(total: number): void {
    this.cancel();
    this.total = total;
    this.count = Math.min(this.first, total);
    this.host.requestUpdate();
  }

  /** Everything, in the next update. */
  finish(): void {
    this.cancel();
    if (this.count >= this.total) return;
    this.count = this.total;
    this.host.requestUpdate();
  }

  get done(): boolean {
    return this.count >= this.total;
  }

  hostUpdated(): void {
    if (this.done || this.timer !== undefined || this.frame !== undefined) return;
    // After the paint of this update: a frame, then a task of its own.
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.count = Math.min(this.total, this.count + this.step);
        this.host.requestUpdate();
      });
    });
  }

  hostDisconnected(): void {
    this.cancel();
  }

  private cancel(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
    this.frame = this.timer = undefined;
  }
}
