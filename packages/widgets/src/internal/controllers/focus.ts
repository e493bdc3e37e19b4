// The one way an element moves focus within itself: after the render that shows the target, to
// the first element matching a selector in its shadow root. Moving to another element on the page
// (a Maatwerk neighbour, an in-page link) is `reveal` in ../neighbours.ts.
import type { ReactiveController, ReactiveElement } from 'lit';

export class FocusController implements ReactiveController {
  constructor(private readonly _host: ReactiveElement) {
    _host.addController(this);
  }

  hostConnected(): void {}

  /** Waits for the pending render, then focuses `selector` (no-op when it is not there). */
  async afterUpdate(selector: string): Promise<void> {
    await this._host.updateComplete;
    this.now(selector);
  }

  /** Focuses `selector` in the current render. */
  now(selector: string): void {
    this._host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
