// The one way an element moves focus: after the render that shows the target, to the first
// element matching a selector in its shadow root; or to another Maatwerk element on the page.
import type { ReactiveController, ReactiveElement } from 'lit';
import { afterNextPaint } from '../after-paint.ts';

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

  /**
   * Waits for the pending render and the paint after it, then focuses `selector`. Focusing forces a
   * layout: after a large render (a new screen) that layout, done in the click's own task, made it
   * a long one; after the paint it is done already. Where the user has put focus on something else
   * in the element meanwhile (a quick click on the new screen), it stays there.
   */
  async afterPaint(selector: string): Promise<void> {
    const before = this._focused();
    await this._host.updateComplete;
    await afterNextPaint();
    const now = this._focused();
    if (now && now !== before) return;
    this.now(selector);
  }

  private _focused(): Element | null {
    const root = this._host.renderRoot;
    return root instanceof ShadowRoot ? root.activeElement : null;
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
