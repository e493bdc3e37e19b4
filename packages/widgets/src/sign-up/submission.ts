// Submission of the sign-up form: one submit at a time, and the Idempotency-Key that belongs to one
// filled-in form (the same over retries and reloads, new only after a success). Sending itself
// (deadline, retries, backoff) is send.ts; the e-mail alternative is mail.ts.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SignUp } from '@maatwerk/model';
import { DEFAULT_TIMEOUT_MS, newIdempotencyKey, send, type SendOutcome } from './send.ts';

export class SubmissionController implements ReactiveController {
  /** The key of the form being filled in; kept in the draft so a reload keeps it. */
  idempotencyKey: string | undefined;
  private _busy = false;

  constructor(_host: ReactiveControllerHost) {
    _host.addController(this);
  }

  hostConnected(): void {}

  /** Runs `task` unless a submit is already running (a double click, or Enter while sending). */
  async once(task: () => Promise<void>): Promise<void> {
    if (this._busy) return;
    this._busy = true;
    try {
      await task();
    } finally {
      this._busy = false;
    }
  }

  /** Makes sure the form has its key (call before saving the draft that must hold it). */
  key(): string {
    return (this.idempotencyKey ??= newIdempotencyKey());
  }

  /** POSTs the payload with the form's key; a success ends the key's life. */
  async post(url: string, payload: SignUp, timeout: number, retryDelaysMs: readonly number[]): Promise<SendOutcome> {
    const timeoutMs = Number.isFinite(timeout) && timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS;
    const outcome = await send({ url, payload, idempotencyKey: this.key(), timeoutMs, retryDelaysMs });
    if (outcome.ok) this.idempotencyKey = undefined;
    return outcome;
  }
}
