// How the scan moves from screen to screen without long tasks. Rendered in the click's own task, a
// new screen made that task a long one: the browser then also lays the screen out to find what is
// under the pointer, and moving focus forces that layout too. So the move runs in a task after the
// click's, and focus follows once the new screen has painted.
import type { ReactiveElement } from 'lit';
import { afterNextPaint, yieldToMain } from '../internal/after-paint.ts';

export class ScreenMoves {
  /** A move is waiting for its task: a second click meanwhile (a double click) is ignored. */
  private _waiting = false;

  constructor(private readonly _host: ReactiveElement) {}

  /** Runs `move` (which changes the screen) in a task after the current one. */
  async run(move: () => void | Promise<void>): Promise<void> {
    if (this._waiting) return;
    this._waiting = true;
    await yieldToMain();
    this._waiting = false;
    await move();
  }

  /**
   * After the pending render and the paint after it, focuses `selector` in the shadow root; where
   * the user has put focus on something else in the element meanwhile (a quick click), it stays.
   */
  async focusAfterPaint(selector: string): Promise<void> {
    const root = this._host.renderRoot as ShadowRoot;
    const before = root.activeElement;
    await this._host.updateComplete;
    await afterNextPaint();
    if (root.activeElement && root.activeElement !== before) return;
    root.querySelector<HTMLElement>(selector)?.focus();
  }
}
