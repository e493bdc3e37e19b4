// The one way an element speaks to screen readers: a polite live region it renders once, and
// `announce()` to put a message in it. Saying the same thing twice still gets read (a no-break
// space makes the text differ), which a plain property assignment would not do.
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

export class AnnouncerController implements ReactiveController {
  private _message = '';

  constructor(private readonly _host: ReactiveControllerHost) {
    _host.addController(this);
  }

  /** The current message (empty when there is nothing to say). */
  get message(): string {
    return this._message;
  }

  announce(message: string): void {
    this._message = message && message === this._message ? `${message}\u00a0` : message;
    this._host.requestUpdate();
  }

  clear(): void {
    this.announce('');
  }

  hostConnected(): void {}

  /** The live region; render it once, always present, so the first message is read too. */
  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite">${this._message}</div>`;
  }
}
