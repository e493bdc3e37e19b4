import type { Adviser, GeneralContact, Lang, MunicipalityIndex, MunicipalityMatch, ScanResult, SignUp } from '@maatwerk/model';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { html as staticHtml } from 'lit/static-html.js';
import type { MunicipalitySelectDetail } from '../events/municipality-combobox.ts';
import type { ScanCompleteDetail } from '../events/quick-scan.ts';
import {
  SIGN_UP_ERROR_EVENT,
  SIGN_UP_SUBMIT_EVENT,
  SIGN_UP_SUCCESS_EVENT,
  type SignUpErrorDetail,
  type SignUpErrorKind,
  type SignUpSubmitDetail,
  type SignUpSuccessDetail,
} from '../events/sign-up.ts';
import { resolveComposedLang } from '../internal/composed-lang.ts';
import { emit } from '../internal/emit.ts';
import { municipalityComboboxTag } from '../internal/municipality-combobox.ts';
import { loadMunicipalityData, municipalityDataNow, type MunicipalityData } from '../internal/municipality-data.ts';
import { baseStyles } from '../styles/base.ts';
import { domainsNow, loadDomains, type DomainOption } from './domains.ts';
import { loadSignUpText, nl, signUpTextNow, type FieldName, type SignUpText } from './locale.ts';
import {
  EMPTY_VALUES,
  FIELD_ORDER,
  MAX_QUESTION_LENGTH,
  buildPayload,
  fieldErrors,
  isScanResult,
  mailBody,
  mailtoHref,
  serverFieldErrors,
  topDomains,
  type CheckSignUp,
  type FieldErrors,
  type FormValues,
} from './payload.ts';
import { DEFAULT_RETRY_DELAYS_MS, DEFAULT_TIMEOUT_MS, newIdempotencyKey, safeActionUrl, safeLink, send } from './send.ts';
import { clearDraft, draftKey, loadDraft, saveDraft } from './storage.ts';
import { signUpStyles } from './styles.ts';

/** What the form shows: the form itself (editing, sending, failed), the confirmation, or the prepared e-mail. */
export type SignUpState = 'editing' | 'sending' | 'sent' | 'failed' | 'mailto';

type TextField = 'name' | 'role' | 'email' | 'phone' | 'question';

interface Failure {
  kind: Exclude<SignUpErrorKind, 'validation'>;
  status?: number;
  /** Messages the endpoint sent that belong to no field. */
  messages: string[];
}

interface PreparedMail {
  href: string;
  to: string;
  body: string;
  /** The adviser, or the general contact when the region has none. */
  contact: Adviser | GeneralContact;
  region: string | undefined;
}

/** The validator chunk, loaded once per page on the first focus in a form. */
let checker: Promise<CheckSignUp | undefined> | undefined;
function loadChecker(): Promise<CheckSignUp | undefined> {
  return (checker ??= import('./validate.ts').then(
    (module) => module.checkSignUp,
    () => {
      checker = undefined; // try again next time; meanwhile the endpoint validates
      return undefined;
    },
  ));
}

/**
 * Sign-up form for the Maatwerktraject. A municipality signs up through the Lezen & Schrijven
 * adviser in its region: with `action` the form POSTs JSON (the model's sign-up schema) to that
 * endpoint; without it, it prepares an e-mail to the region's adviser, so it works on a static page.
 *
 * Validation runs in the browser with the validator generated at build time from the same JSON
 * Schema the receiver uses (no `eval`: fine under a strict CSP), as the user leaves a field and on
 * submit, with an error summary (GOV.UK / NL Design System pattern). Sending uses an
 * Idempotency-Key that is kept over retries and reloads, a deadline, and retries with backoff for
 * network errors and 5xx. A half-filled form is kept in `sessionStorage` (never the consent box)
 * and removed after a successful sign-up.
 *
 * The quick scan result can be attached: set `result`, or place `<maatwerk-quick-scan>` on the same
 * page (the form reads its `result` and listens for `maatwerk-scan-complete`).
 *
 * @tagname maatwerk-sign-up
 * @summary Sign-up form that posts to an endpoint or prepares an e-mail to the regional adviser.
 *
 * @fires maatwerk-sign-up-submit - A valid form is submitted, before sending. Cancelable: `preventDefault()` stops the element from sending. `detail: { payload, mode }`.
 * @fires maatwerk-sign-up-success - The endpoint accepted the sign-up. `detail: { payload, response: { status, body } }`.
 * @fires maatwerk-sign-up-error - A submit failed. `detail: { kind: 'network' | 'timeout' | 'server' | 'validation', status?, errors? }`.
 *
 * @csspart base - The root wrapper.
 * @csspart form - The form element.
 * @csspart field - Each field: label, hint, error and control.
 * @csspart input - Each text field and the question box.
 * @csspart error-summary - The list of problems shown after a failed submit.
 * @csspart button - The submit, retry and e-mail buttons.
 * @csspart confirmation - The confirmation after sending, and the prepared e-mail.
 *
 * @cssproperty --maatwerk-sign-up-field-max-inline-size - Widest a text field gets (default `32rem`).
 * @cssproperty --maatwerk-sign-up-error-border-width - Border of the error summary and of fields with an error (default `4px`).
 * @cssproperty --maatwerk-sign-up-padding-block - Padding above and below the element (default `0`).
 * @cssproperty --maatwerk-sign-up-padding-inline - Padding left and right (default `0`).
 */
export class MaatwerkSignUp extends LitElement {
  static override styles = [baseStyles, signUpStyles];

  /**
   * Where to POST the sign-up (JSON). `https://` anywhere; `http://` only on localhost; or a URL
   * relative to the page. Without it (or when it is not allowed) the form prepares an e-mail instead.
   */
  @property({ attribute: 'action' }) action = '';

  /** Link to the privacy statement, shown with the consent box. Required for sending to `action`. */
  @property({ attribute: 'privacy-href' }) privacyHref = '';

  /** The longest the form waits for the endpoint in milliseconds, retries included (default 15000). */
  @property({ attribute: 'timeout', type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  /** Do not keep a half-filled form in `sessionStorage`. */
  @property({ attribute: 'no-storage', type: Boolean, reflect: true }) noStorage = false;

  /** Preselects a municipality by CBS code (`GM0147`) or name (`Borne`). The adviser finder sets it. */
  @property({ attribute: 'municipality' }) municipality = '';

  /** Language: `nl` or `en`. Without it, the nearest `lang` on the page (also across shadow roots), else Dutch. */
  @property({ attribute: 'lang', reflect: true }) override lang!: string;

  /** A quick scan result the user may attach. Set by the page or picked up from `<maatwerk-quick-scan>`. */
  @property({ attribute: false }) result: ScanResult | null = null;

  /** Waits in milliseconds before each retry after a network error or 5xx (default `[500, 1000, 2000]`: 4 tries). */
  @property({ attribute: false }) retryDelays: readonly number[] = DEFAULT_RETRY_DELAYS_MS;

  /** The municipality index (share one per page). Defaults to the built-in municipalities and advisers. */
  @property({ attribute: false }) index: MunicipalityIndex | undefined;

  @state() private phase: SignUpState = 'editing';
  @state() private values: FormValues = { ...EMPTY_VALUES, domains: [] };
  @state() private match: MunicipalityMatch | null = null;
  @state() private errors: FieldErrors = {};
  @state() private showSummary = false;
  @state() private failure: Failure | null = null;
  @state() private mail: PreparedMail | null = null;
  @state() private mailOpening = false;
  @state() private status = '';
  @state() private pageResult: ScanResult | null = null;
  /** The municipality the sign-up was sent for, for the confirmation. */
  @state() private sentMatch: MunicipalityMatch | null = null;
  @state() private domainVersion = 0;
  /** The built-in municipalities and advisers: loaded on the first focus in the form, or at once for a municipality to preselect. */
  @state() private builtIn: MunicipalityData | undefined = municipalityDataNow();

  /** Fields the user typed in: those are checked when the user leaves them. */
  #dirty = new Set<FieldName>();
  #idempotencyKey: string | undefined;
  #submitting = false;
  /** A pointer is down somewhere on the page: field checks wait until it is up (see #onFocusout). */
  #pointerIsDown = false;
  #afterPointer: Array<() => void> = [];
  #restored = false;
  /** A municipality (code or name) to pick once the index is loaded: from the draft or a scan result. */
  #pendingMunicipality: string | undefined;
  /** The `municipality` attribute value last applied (or deliberately skipped). */
  #appliedMunicipality = '';

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('maatwerk-scan-complete', this.#onScanComplete);
    document.addEventListener('pointerdown', this.#onPointerDown, true);
    document.addEventListener('pointerup', this.#onPointerUp, true);
    document.addEventListener('pointercancel', this.#onPointerUp, true);
    const scan = document.querySelector('maatwerk-quick-scan') as (Element & { result?: unknown }) | null;
    if (isScanResult(scan?.result)) this.#takeResult(scan.result);
    if (!this.#restored) this.#restore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('maatwerk-scan-complete', this.#onScanComplete);
    document.removeEventListener('pointerdown', this.#onPointerDown, true);
    document.removeEventListener('pointerup', this.#onPointerUp, true);
    document.removeEventListener('pointercancel', this.#onPointerUp, true);
    this.#pointerIsDown = false;
    this.#afterPointer = [];
  }

  /** The current state: `editing`, `sending`, `sent`, `failed` or `mailto`. */
  get state(): SignUpState {
    return this.phase;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('result') && isScanResult(this.result)) this.#preselectFrom(this.result);
    const index = this.#index;
    if (index) {
      if (this.#pendingMunicipality) {
        const found = index.lookup(this.#pendingMunicipality);
        if (found.found && !this.match) this.match = found.match;
        this.#pendingMunicipality = undefined;
      }
      if (this.municipality && this.municipality !== this.#appliedMunicipality) {
        const found = index.lookup(this.municipality);
        if (found.found) this.match = found.match;
      }
      this.#appliedMunicipality = this.municipality;
    } else if (this.#pendingMunicipality || this.municipality !== this.#appliedMunicipality) {
      this.#loadBuiltIn();
    }
    const lang = this.#lang;
    if (!signUpTextNow(lang)) void loadSignUpText(lang).then(() => this.requestUpdate());
    if (!domainsNow(lang)) void loadDomains(lang).then(() => this.domainVersion++, () => undefined);
  }

  get #lang(): Lang {
    return resolveComposedLang(this);
  }

  /** The text in the current language (Dutch while another language is on its way). */
  get #text(): SignUpText {
    return signUpTextNow(this.#lang) ?? nl;
  }

  get #index(): MunicipalityIndex | undefined {
    return this.index ?? this.builtIn?.getDefaultMunicipalityIndex();
  }

  /** The typeahead says so itself when the list cannot be loaded. */
  #loadBuiltIn(): void {
    if (!this.builtIn) loadMunicipalityData().then((data) => (this.builtIn = data), () => undefined);
  }

  get #result(): ScanResult | null {
    return isScanResult(this.result) ? this.result : this.pageResult;
  }

  get #privacyUrl(): string | null {
    return this.privacyHref ? safeLink(this.privacyHref, document.baseURI) : null;
  }

  /** The endpoint, when sending is configured and allowed: a safe `action` and a privacy statement. */
  get #endpoint(): string | null {
    if (!this.action || !this.#privacyUrl) return null;
    return safeActionUrl(this.action, document.baseURI);
  }

  get #storageKey(): string | null {
    return this.noStorage ? null : draftKey(this.id);
  }

  #restore(): void {
    this.#restored = true;
    const key = this.#storageKey;
    const draft = key ? loadDraft(key) : null;
    if (!draft) return;
    this.values = { ...draft.values, consent: false };
    this.#idempotencyKey = draft.idempotencyKey;
    if (draft.municipality) {
      // The user's own choice wins over a municipality attribute already on the element.
      this.#pendingMunicipality = draft.municipality;
      this.#appliedMunicipality = this.municipality;
    }
  }

  #save(): void {
    const key = this.#storageKey;
    if (!key) return;
    saveDraft(key, {
      values: this.values,
      ...(this.match && { municipality: this.match.municipality.code }),
      ...(this.#idempotencyKey && { idempotencyKey: this.#idempotencyKey }),
    });
  }

  #takeResult(result: ScanResult): void {
    this.pageResult = result;
    this.#preselectFrom(result);
  }

  /** A result made for a municipality preselects it, unless the user chose one already. */
  #preselectFrom(result: ScanResult): void {
    if (!this.match && !this.#pendingMunicipality && result.municipality?.code) {
      this.#pendingMunicipality = result.municipality.code;
      this.requestUpdate();
    }
  }

  #onScanComplete = (event: Event): void => {
    const result = (event as CustomEvent<ScanCompleteDetail>).detail?.result;
    if (isScanResult(result)) this.#takeResult(result);
  };

  #onInput(event: Event): void {
    const target = event.target;
    if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) return; // e.g. the combobox host
    const field = target.name as FieldName;
    if (target instanceof HTMLInputElement && target.type === 'checkbox') {
      if (field === 'domains') {
        const domains = new Set(this.values.domains);
        if (target.checked) domains.add(target.value);
        else domains.delete(target.value);
        const order = this.#domains.map((domain) => domain.id);
        this.values = { ...this.values, domains: order.filter((id) => domains.has(id)) };
      } else if (field === 'consent' || field === 'attachResult') {
        this.values = { ...this.values, [field]: target.checked };
        // A checkbox has no "leaving": check it as soon as it changes, once it was flagged.
        if (this.errors[field]) void this.#checkField(field);
      }
    } else {
      this.values = { ...this.values, [field as TextField]: target.value };
      this.#dirty.add(field);
      if (this.errors[field]) void this.#checkField(field); // clears the message as soon as it is fixed
    }
    this.#save();
  }

  #onPointerDown = (): void => {
    this.#pointerIsDown = true;
  };

  #onPointerUp = (): void => {
    this.#pointerIsDown = false;
    const pending = this.#afterPointer.splice(0);
    // After the click that belongs to this pointer-up.
    if (pending.length) setTimeout(() => pending.forEach((run) => run()), 0);
  };

  #onFocusout(event: FocusEvent): void {
    const target = event.target as HTMLElement;
    const field = (target.getAttribute('name') ?? '') as FieldName;
    if (!this.#dirty.has(field)) return;
    const check = () => void this.#checkField(field);
    // Left with the mouse or a finger: a message appearing now would push what was pressed (the
    // submit button, a link below the form) away before the click lands. Check after the click.
    if (this.#pointerIsDown) this.#afterPointer.push(check);
    // Left with the keyboard: now, after the combobox has handled its own blur (it picks an exactly typed name).
    else queueMicrotask(check);
  }

  #onFocusin(): void {
    // Someone is filling in the form: it needs the validator, and the municipality data (for the
    // typeahead and for the e-mail to the adviser, also when the page set its own `index`).
    void loadChecker();
    this.#loadBuiltIn();
  }

  #onMunicipalitySelect(event: CustomEvent<MunicipalitySelectDetail>): void {
    this.match = event.detail.match;
    if (this.errors.municipality) void this.#checkField('municipality');
    this.#save();
  }

  #onMunicipalityClear(): void {
    this.match = null;
    this.#save();
  }

  #onMunicipalitySearch(): void {
    this.#dirty.add('municipality');
  }

  #onSubmit(event: Event): void {
    event.preventDefault();
    void this.#submit();
  }

  #onSummaryClick(event: MouseEvent, field: FieldName): void {
    // A hash link cannot reach into a shadow root: move focus ourselves.
    event.preventDefault();
    this.#focusField(field);
  }

  #onRetry(): void {
    void this.#submit();
  }

  #onMailLinkClick(): void {
    this.mailOpening = true;
    this.#announce(this.#text.status.mailOpening);
  }

  async #onBackToForm(): Promise<void> {
    this.phase = 'editing';
    this.mail = null;
    this.mailOpening = false;
    await this.updateComplete;
    this.#focusField('municipality');
  }

  async #checkField(field: FieldName): Promise<void> {
    const check = await loadChecker();
    const lang = this.#lang;
    const message = fieldErrors(this.values, this.match, this.#result, lang, this.#text, check)[field];
    const errors = { ...this.errors };
    if (message) errors[field] = message;
    else delete errors[field];
    this.errors = errors;
  }

  async #submit(): Promise<void> {
    if (this.#submitting) return; // a double click, or Enter while sending
    this.#submitting = true;
    try {
      await this.#validateAndSend();
    } finally {
      this.#submitting = false;
    }
  }

  async #validateAndSend(): Promise<void> {
    const lang = this.#lang;
    const text = this.#text;
    const result = this.#result;
    const errors = fieldErrors(this.values, this.match, result, lang, text, await loadChecker());
    const invalid = FIELD_ORDER.filter((field) => errors[field]);
    if (invalid.length) {
      this.errors = errors;
      this.showSummary = true;
      this.failure = null;
      this.phase = 'editing';
      emit<SignUpErrorDetail>(this, SIGN_UP_ERROR_EVENT, { kind: 'validation', errors: invalid.map((field) => ({ path: field, message: errors[field]! })) });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
      return;
    }
    this.errors = {};
    this.showSummary = false;
    const payload = buildPayload(this.values, this.match, result, lang);
    const endpoint = this.#endpoint;
    const mode = endpoint ? 'post' : 'mailto';
    if (!emit<SignUpSubmitDetail>(this, SIGN_UP_SUBMIT_EVENT, { payload, mode }, { cancelable: true })) return;
    if (endpoint) await this.#post(endpoint, payload);
    else await this.#prepareMail(payload);
  }

  async #post(url: string, payload: SignUp): Promise<void> {
    // One key per filled-in form: the same over retries and reloads, new only after a success.
    this.#idempotencyKey ??= newIdempotencyKey();
    this.#save();
    const match = this.match;
    this.phase = 'sending';
    this.failure = null;
    this.#announce(this.#text.status.sending);
    const timeout = Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT_MS;
    const outcome = await send({ url, payload, idempotencyKey: this.#idempotencyKey, timeoutMs: timeout, retryDelaysMs: this.retryDelays });
    this.#announce('');

    if (outcome.ok) {
      this.phase = 'sent';
      this.sentMatch = match;
      this.#idempotencyKey = undefined;
      const key = this.#storageKey;
      if (key) clearDraft(key);
      emit<SignUpSuccessDetail>(this, SIGN_UP_SUCCESS_EVENT, { payload, response: { status: outcome.status, body: outcome.body } });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#confirmation-heading')?.focus();
      return;
    }

    emit<SignUpErrorDetail>(this, SIGN_UP_ERROR_EVENT, {
      kind: outcome.kind,
      ...(outcome.status !== undefined && { status: outcome.status }),
      ...(outcome.issues.length && { errors: outcome.issues }),
    });
    const { fields, other } = serverFieldErrors(outcome.issues, this.#text);
    if (outcome.kind === 'validation' && Object.keys(fields).length) {
      this.phase = 'editing';
      this.errors = fields;
      this.showSummary = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
      return;
    }
    this.phase = 'failed';
    this.failure = {
      kind: outcome.kind === 'validation' ? 'server' : outcome.kind,
      ...(outcome.status !== undefined && { status: outcome.status }),
      messages: other,
    };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#failure-heading')?.focus();
  }

  async #prepareMail(payload: SignUp): Promise<void> {
    const mail = this.#mailFor(payload);
    if (!mail) return;
    this.mail = mail;
    this.mailOpening = false;
    this.phase = 'mailto';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#mail-heading')?.focus();
  }

  #mailFor(payload: SignUp): PreparedMail | null {
    const match = this.match;
    const general = this.builtIn?.defaultAdvisers.general;
    if (!match || !general) return null;
    const text = this.#text;
    const contact: Adviser | GeneralContact = match.adviser ?? general;
    const subject = text.mail.subject(payload.municipality.name);
    const body = mailBody(payload, text, this.#domainNames);
    return { href: mailtoHref({ to: contact.email, subject, body }), to: contact.email, body, contact, region: match.adviser ? match.region.name : undefined };
  }

  #focusField(field: FieldName): void {
    if (field === 'municipality') {
      this.renderRoot.querySelector<HTMLElement>('.municipality')?.focus();
      return;
    }
    const selector = field === 'domains' ? 'input[name="domains"]' : `#field-${field}`;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #announce(message: string): void {
    this.status = message;
  }

  get #domains(): DomainOption[] {
    return domainsNow(this.#lang) ?? domainsNow('nl') ?? [];
  }

  get #domainNames(): Map<string, string> {
    return new Map(this.#domains.map((domain) => [domain.id, domain.name]));
  }

  protected override render(): TemplateResult {
    // English text is a small chunk: render once it is there rather than flash Dutch.
    const text = signUpTextNow(this.#lang);
    let content: TemplateResult | typeof nothing = nothing;
    if (text && this.phase === 'sent') content = this.renderSent(text);
    else if (text && this.phase === 'mailto' && this.mail) content = this.renderMail(text, this.mail);
    else if (text) content = this.renderForm(text);
    return html`<div class="base" part="base">
      ${content}
      <div class="visually-hidden" role="status">${this.status}</div>
    </div>`;
  }

  /** The municipality field: this bundle's own combobox (see `municipalityComboboxTag`). */
  private renderMunicipality(text: SignUpText): TemplateResult {
    return staticHtml`<${municipalityComboboxTag()}
      class="municipality"
      name="municipality"
      required
      lang=${this.#lang}
      label=${text.fields.municipality.label}
      .index=${this.#index}
      .value=${this.match}
      .error=${this.errors.municipality ?? ''}
      @maatwerk-municipality-select=${this.#onMunicipalitySelect}
      @maatwerk-municipality-clear=${this.#onMunicipalityClear}
      @maatwerk-municipality-search=${this.#onMunicipalitySearch}
    ></${municipalityComboboxTag()}>`;
  }

  private renderForm(text: SignUpText): TemplateResult {
    const sending = this.phase === 'sending';
    const endpoint = this.#endpoint;
    const result = this.#result;
    return html`<h2 id="form-heading">${text.heading}</h2>
      <p class="intro">${text.intro}</p>
      ${this.renderConfigErrors(text)} ${this.showSummary ? this.renderSummary(text) : nothing}
      ${this.phase === 'failed' && this.failure ? this.renderFailure(text, this.failure) : nothing}
      <form
        part="form"
        novalidate
        aria-labelledby="form-heading"
        @submit=${this.#onSubmit}
        @input=${this.#onInput}
        @change=${this.#onInput}
        @focusout=${this.#onFocusout}
        @focusin=${this.#onFocusin}
      >
        <div class="field ${this.errors.municipality ? 'field--error' : ''}" part="field">
          ${this.renderMunicipality(text)}
        </div>
        ${this.renderText(text, 'name', { autocomplete: 'name', required: true, maxlength: 120 })}
        ${this.renderText(text, 'role', { autocomplete: 'organization-title', required: true, maxlength: 120 })}
        ${this.renderText(text, 'email', { autocomplete: 'email', type: 'email', required: true, maxlength: 254, spellcheck: false })}
        ${this.renderText(text, 'phone', { autocomplete: 'tel', type: 'tel', maxlength: 20, short: true })} ${this.renderDomains(text)}
        ${this.renderText(text, 'question', { autocomplete: 'off', multiline: true, maxlength: MAX_QUESTION_LENGTH })} ${this.renderConsent(text)}
        ${result ? this.renderAttachResult(text, result) : nothing}
        <div class="actions">
          <button
            class="button"
            part="button"
            type="submit"
            aria-disabled=${sending ? 'true' : 'false'}
            aria-busy=${sending ? 'true' : 'false'}
          >
            ${sending ? text.sending : endpoint ? text.submit : text.submitMail}
          </button>
        </div>
      </form>`;
  }

  private renderText(
    text: SignUpText,
    field: TextField,
    options: { autocomplete: string; type?: string; required?: boolean; maxlength: number; multiline?: boolean; short?: boolean; spellcheck?: boolean },
  ): TemplateResult {
    const { label, hint } = text.fields[field];
    const error = this.errors[field];
    const describedBy = [hint && `hint-${field}`, error && `error-${field}`].filter(Boolean).join(' ') || nothing;
    const classes = `input${options.short ? ' input--short' : ''}`;
    const value = live(this.values[field]);
    return html`<div class="field ${error ? 'field--error' : ''}" part="field">
      <label for="field-${field}">${label}${options.required ? html` <span class="required">${text.requiredMark}</span>` : nothing}</label>
      ${hint ? html`<p class="hint" id="hint-${field}">${hint}</p>` : nothing} ${this.renderError(text, field, error)}
      ${options.multiline
        ? html`<textarea
            id="field-${field}"
            class=${classes}
            part="input"
            name=${field}
            rows="5"
            maxlength=${options.maxlength}
            autocomplete=${options.autocomplete === 'off' ? 'off' : nothing}
            aria-describedby=${describedBy}
            aria-invalid=${error ? 'true' : nothing}
            .value=${value}
          ></textarea>`
        : html`<input
            id="field-${field}"
            class=${classes}
            part="input"
            name=${field}
            type=${options.type ?? 'text'}
            autocomplete=${options.autocomplete}
            maxlength=${options.maxlength}
            ?required=${options.required}
            spellcheck=${options.spellcheck === false ? 'false' : nothing}
            aria-describedby=${describedBy}
            aria-invalid=${error ? 'true' : nothing}
            .value=${value}
          />`}
    </div>`;
  }

  private renderError(text: SignUpText, field: FieldName, error: string | undefined): TemplateResult | typeof nothing {
    return error
      ? html`<p class="error-text" id="error-${field}"><span class="visually-hidden">${text.errorPrefix}</span> ${error}</p>`
      : nothing;
  }

  private renderDomains(text: SignUpText): TemplateResult {
    const { label, hint } = text.fields.domains;
    const error = this.errors.domains;
    const describedBy = ['hint-domains', error && 'error-domains'].filter(Boolean).join(' ');
    const chosen = new Set(this.values.domains);
    return html`<fieldset class="field ${error ? 'field--error' : ''}" part="field" aria-describedby=${describedBy}>
      <legend>${label}</legend>
      <p class="hint" id="hint-domains">${hint}</p>
      ${this.renderError(text, 'domains', error)}
      <ul class="choices">
        ${this.#domains.map(
          (domain) =>
            html`<li>
              <label class="choice"
                ><input type="checkbox" name="domains" value=${domain.id} .checked=${live(chosen.has(domain.id))} />${domain.name}</label
              >
            </li>`,
        )}
      </ul>
    </fieldset>`;
  }

  private renderConsent(text: SignUpText): TemplateResult {
    const error = this.errors.consent;
    const privacy = this.#privacyUrl;
    const describedBy = [privacy && 'hint-consent', error && 'error-consent'].filter(Boolean).join(' ') || nothing;
    return html`<div class="field ${error ? 'field--error' : ''}" part="field">
      ${this.renderError(text, 'consent', error)}
      <label class="choice">
        <input
          id="field-consent"
          type="checkbox"
          name="consent"
          required
          aria-describedby=${describedBy}
          aria-invalid=${error ? 'true' : nothing}
          .checked=${live(this.values.consent)}
        />
        <span>${text.fields.consent.label} <span class="required">${text.requiredMark}</span></span>
      </label>
      ${privacy
        ? html`<p class="hint" id="hint-consent">
            ${text.privacy.before}<a href=${privacy} target="_blank" rel="noopener noreferrer">${text.privacy.link} ${text.privacy.newTab}</a
            >${text.privacy.after}
          </p>`
        : nothing}
    </div>`;
  }

  private renderAttachResult(text: SignUpText, result: ScanResult): TemplateResult {
    const error = this.errors.attachResult;
    const describedBy = ['hint-attachResult', error && 'error-attachResult'].filter(Boolean).join(' ');
    return html`<div class="field ${error ? 'field--error' : ''}" part="field">
      ${this.renderError(text, 'attachResult', error)}
      <label class="choice">
        <input
          id="field-attachResult"
          type="checkbox"
          name="attachResult"
          aria-describedby=${describedBy}
          aria-invalid=${error ? 'true' : nothing}
          .checked=${live(this.values.attachResult)}
        />
        <span>${text.fields.attachResult.label}</span>
      </label>
      <p class="hint" id="hint-attachResult">${text.resultSummary(topDomains(result, this.#domainNames))}</p>
    </div>`;
  }

  private renderConfigErrors(text: SignUpText): TemplateResult | typeof nothing {
    const problems: string[] = [];
    if (!this.#privacyUrl) problems.push(text.config.privacyMissing);
    if (this.action && !safeActionUrl(this.action, document.baseURI)) problems.push(text.config.actionInvalid(this.action));
    if (!problems.length) return nothing;
    return html`<div class="config-error">
      <h3>${text.config.heading}</h3>
      ${problems.map((problem) => html`<p>${problem}</p>`)}
      <p>${text.config.mailOnly}</p>
    </div>`;
  }

  private renderSummary(text: SignUpText): TemplateResult | typeof nothing {
    const invalid = FIELD_ORDER.filter((field) => this.errors[field]);
    if (!invalid.length) return nothing;
    return html`<div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-heading">
      <h3 id="error-summary-heading">${text.errorSummary.heading}</h3>
      <ul>
        ${invalid.map(
          (field) => html`<li><a href="#${field === 'domains' ? 'field-domains' : `field-${field}`}" @click=${(event: MouseEvent) => this.#onSummaryClick(event, field)}>${this.errors[field]}</a></li>`,
        )}
      </ul>
    </div>`;
  }

  private renderFailure(text: SignUpText, failure: Failure): TemplateResult {
    const reason =
      failure.kind === 'network'
        ? text.failed.network
        : failure.kind === 'timeout'
          ? text.failed.timeout
          : failure.status !== undefined && failure.status < 500
            ? text.failed.rejected(failure.status)
            : text.failed.server(failure.status ?? 500);
    const mail = this.match ? this.#mailFor(buildPayload(this.values, this.match, this.#result, this.#lang)) : null;
    return html`<div class="failure" role="group" aria-labelledby="failure-heading">
      <h3 id="failure-heading" tabindex="-1">${text.failed.heading}</h3>
      <p>${reason}</p>
      ${failure.messages.map((message) => html`<p>${message}</p>`)}
      <p>${text.failed.keep}</p>
      <div class="actions">
        <button class="button" part="button" type="button" @click=${this.#onRetry}>${text.failed.retry}</button>
      </div>
      ${mail ? html`<p>${text.failed.mailAlternative}<a href=${mail.href}>${text.failed.mailAlternativeLink(mail.to)}</a></p>` : nothing}
    </div>`;
  }

  private renderSent(text: SignUpText): TemplateResult {
    const match = this.sentMatch;
    const adviser = match?.adviser;
    const contact = adviser?.name ?? this.builtIn?.defaultAdvisers.general.name ?? '';
    return html`<div class="confirmation" part="confirmation">
      <h2 id="confirmation-heading" tabindex="-1">${text.sent.heading}</h2>
      <p>${adviser && match ? text.sent.body(adviser.name, match.region.name) : text.sent.bodyGeneral(contact)}</p>
      <h3>${text.sent.nextHeading}</h3>
      <ol>
        ${text.sent.next(contact).map((step) => html`<li>${step}</li>`)}
      </ol>
    </div>`;
  }

  private renderMail(text: SignUpText, mail: PreparedMail): TemplateResult {
    const example = !this.index && this.builtIn?.defaultAdvisers.example;
    return html`<div class="confirmation" part="confirmation">
      <h2 id="mail-heading" tabindex="-1">${text.mail.heading}</h2>
      <p>${mail.region ? text.mail.intro(mail.contact.name, mail.region) : text.mail.introGeneral(mail.contact.name)}</p>
      ${example ? html`<p class="note">${text.mail.example}</p>` : nothing}
      <p class="actions">
        <a class="button" part="button" href=${mail.href} @click=${this.#onMailLinkClick}>${text.mail.open(mail.contact.name)}</a>
      </p>
      ${this.mailOpening ? html`<p>${text.mail.opening}</p>` : nothing}
      <p>${text.mail.fallback(mail.to)}</p>
      <div class="field" part="field">
        <label for="mail-body">${text.mail.bodyLabel}</label>
        <textarea id="mail-body" class="input mail-body" part="input" readonly .value=${mail.body}></textarea>
      </div>
      <p>
        <button class="button button--secondary" part="button" type="button" @click=${this.#onBackToForm}>${text.mail.back}</button>
      </p>
    </div>`;
  }
}
