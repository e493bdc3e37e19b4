// Field validation of the sign-up form: which fields the user typed in, when to check one (as the
// user leaves it, after a click has landed), and the messages per field. Checking one field checks
// that field only; `all()` checks the form on submit. The rules are the model's sign-up schema
// (payload.ts maps its issues to fields).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FIELD_ORDER, fieldError, fieldErrors, type CheckSignUp, type FieldErrors, type FormSnapshot } from './payload.ts';
import type { FieldName } from './locale.ts';

/** The validator chunk, loaded once per page on the first focus in a form. */
let checker: Promise<CheckSignUp | undefined> | undefined;
export function loadChecker(): Promise<CheckSignUp | undefined> {
  return (checker ??= import('./validate.ts').then(
    (module) => module.checkSignUp,
    () => {
      checker = undefined; // try again next time; meanwhile the endpoint validates
      return undefined;
    },
  ));
}

/** What a check needs from the form at the moment it runs. */
export class FieldCheckController implements ReactiveController {
  /** The message per field that has one. */
  errors: FieldErrors = {};
  /** The error summary is shown (after a submit with errors, until the next successful check of all). */
  showSummary = false;

  /** Fields the user typed in: those are checked when the user leaves them. */
  private readonly _dirty = new Set<FieldName>();
  /** A pointer is down somewhere on the page: field checks wait until it is up (see `focusout`). */
  private _pointerIsDown = false;
  private _afterPointer: Array<() => void> = [];

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _snapshot: () => FormSnapshot,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('pointerdown', this._onPointerDown, true);
    document.addEventListener('pointerup', this._onPointerUp, true);
    document.addEventListener('pointercancel', this._onPointerUp, true);
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this._onPointerDown, true);
    document.removeEventListener('pointerup', this._onPointerUp, true);
    document.removeEventListener('pointercancel', this._onPointerUp, true);
    this._pointerIsDown = false;
    this._afterPointer = [];
  }

  /** The fields with a message, in form order. */
  get invalid(): FieldName[] {
    return FIELD_ORDER.filter((field) => this.errors[field]);
  }

  /** The user typed in a field: check it when they leave it. */
  touched(field: FieldName): void {
    this._dirty.add(field);
  }

  /** A field changed: a message it shows goes as soon as the value is fixed. */
  changed(field: FieldName): void {
    if (this.errors[field]) void this.check(field);
  }

  /** Focus left a field: check it, if the user typed in it. */
  focusout(field: FieldName): void {
    if (!this._dirty.has(field)) return;
    const check = () => void this.check(field);
    // Left with the mouse or a finger: a message appearing now would push what was pressed (the
    // submit button, a link below the form) away before the click lands. Check after the click.
    if (this._pointerIsDown) this._afterPointer.push(check);
    // Left with the keyboard: now, after the combobox has handled its own blur (it picks an exactly typed name).
    else queueMicrotask(check);
  }

  /** Checks one field and updates its message only. */
  async check(field: FieldName): Promise<void> {
    const check = await loadChecker();
    const message = fieldError(field, this._snapshot(), check);
    const errors = { ...this.errors };
    if (message) errors[field] = message;
    else delete errors[field];
    this.errors = errors;
    this._host.requestUpdate();
  }

  /** Checks every field (on submit); the messages are shown only with `show`. */
  async all(): Promise<FieldErrors> {
    return fieldErrors(this._snapshot(), await loadChecker());
  }

  /** Shows these messages with the error summary. */
  show(errors: FieldErrors): void {
    this.errors = errors;
    this.showSummary = true;
    this._host.requestUpdate();
  }

  clear(): void {
    this.errors = {};
    this.showSummary = false;
    this._host.requestUpdate();
  }

  private readonly _onPointerDown = (): void => {
    this._pointerIsDown = true;
  };

  private readonly _onPointerUp = (): void => {
    this._pointerIsDown = false;
    const pending = this._afterPointer.splice(0);
    // After the click that belongs to this pointer-up.
    if (pending.length) setTimeout(() => pending.forEach((run) => run()), 0);
  };
}
