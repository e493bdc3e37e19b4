// The one way an element moves focus: after the render that shows the target, to the first
// element matching a selector in its shadow root; or to another Maatwerk element on the page.
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

/**
 * Brings an element on the page into view and gives it focus. An element that takes no focus
 * itself (a form whose fields are in its shadow root) becomes a focus target, so keyboard and
 * screen reader users land there.
 */
export function reveal(element: HTMLElement): void {
  const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
  element.focus({ preventScroll: true });
  if (!element.matches(':focus, :focus-within')) {
    if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
    element.focus({ preventScroll: true });
  }
}
