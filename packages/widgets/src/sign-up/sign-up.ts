import { isScanResult, type Advisers, type Lang, type MunicipalityIndex, type MunicipalityMatch, type ScanResult, type SignUp } from '@maatwerk/model';
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { MunicipalitySelectDetail } from '../events/municipality-combobox.ts';
import { SIGN_UP_ERROR_EVENT, SIGN_UP_SUBMIT_EVENT, SIGN_UP_SUCCESS_EVENT } from '../events/sign-up.ts';
import { AnnouncerController } from '../internal/controllers/announcer.ts';
import { FocusController } from '../internal/controllers/focus.ts';
import { LocaleController } from '../internal/controllers/locale.ts';
import { emit } from '../internal/emit.ts';
import { headingLevel, withHeadingsFrom } from '../internal/heading-level.ts';
import { neighbour } from '../internal/neighbours.ts';
import { pageConfig } from '../internal/page-config.ts';
import { loadMunicipalityData, municipalityDataNow, type MunicipalityData } from '../internal/municipality-data.ts';
import { baseStyles } from '../styles/base.ts';
import { contentStyles } from '../styles/content.ts';
import { formControlStyles } from '../styles/form-control.ts';
import { renderMail, renderSent, type ReceivedBefore } from './confirmation-view.ts';
import { DOMAINS, type DomainOption } from './domains.ts';
import { DraftController } from './draft.ts';
import { FieldCheckController, loadChecker } from './field-check.ts';
import { renderForm, type Failure, type SignUpState } from './form-view.ts';
import { SIGN_UP_TEXT, type FieldName, type SignUpText } from './locale.ts';
import { prepareMail, type PreparedMail } from './mail.ts';
import { EMPTY_VALUES, buildPayload, serverFieldErrors, type FormValues } from './payload.ts';
import { DEFAULT_RETRY_DELAYS_MS, DEFAULT_TIMEOUT_MS, safeActionUrl, safeLink } from './send.ts';
import { signUpStyles } from './styles.ts';
import { SubmissionController } from './submission.ts';

export type { SignUpState } from './form-view.ts';

type TextField = 'name' | 'role' | 'email' | 'phone' | 'question';

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
 * page (the form reads its `result`, and looks again on `maatwerk-scan-complete`).
 *
 * @tagname maatwerk-sign-up
 * @summary Sign-up form that posts to an endpoint or prepares an e-mail to the regional adviser.
 *
 * @fires maatwerk-sign-up-submit - A valid form is submitted, before sending. Cancelable: `preventDefault()` stops the element from sending. `detail: { payload, mode }`.
 * @fires maatwerk-sign-up-success - The endpoint has the sign-up: accepted now, or received before under this form's key (status 409). `detail: { payload, response: { status, body } }`.
 * @fires maatwerk-sign-up-error - A submit failed. `detail: { kind: 'blocked' | 'network' | 'timeout' | 'server' | 'validation', status?, errors? }` (`blocked`: the page's Content Security Policy, connect-src).
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
  static override styles = [baseStyles, contentStyles, formControlStyles, signUpStyles];

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

  /**
   * Level of the form's heading and of the confirmation's, 2-6 (default 2); the headings below them
   * follow one level lower (never past 6). Any other value: the default, and a console warning.
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** A quick scan result the user may attach. Set by the page or picked up from `<maatwerk-quick-scan>`. */
  @property({ attribute: false }) result: ScanResult | null = null;

  /** Waits in milliseconds before each retry after a network error or 5xx (default `[500, 1000, 2000]`: 4 tries). */
  @property({ attribute: false }) retryDelays: readonly number[] = DEFAULT_RETRY_DELAYS_MS;

  /** The municipality index (share one per page). Defaults to the built-in municipalities and advisers. */
  @property({ attribute: false }) index: MunicipalityIndex | undefined;

  @state() private _phase: SignUpState = 'editing';
  @state() private _values: FormValues = { ...EMPTY_VALUES, domains: [] };
  @state() private _match: MunicipalityMatch | null = null;
  @state() private _failure: Failure | null = null;
  @state() private _mail: PreparedMail | null = null;
  @state() private _mailOpening = false;
  /** The municipality the sign-up was sent for, for the confirmation. */
  @state() private _sentMatch: MunicipalityMatch | null = null;
  /** Set when the endpoint had this form's sign-up already (409): the confirmation says so. */
  @state() private _receivedBefore: ReceivedBefore | undefined;
  /** The built-in municipalities and advisers: loaded on the first focus in the form, or at once for a municipality to preselect. */
  @state() private _builtIn: MunicipalityData | undefined = municipalityDataNow();
  /** The advisers of the page's `<maatwerk-config advisers-src>`: the finder's, so the e-mail goes to the same adviser. */
  @state() private _pageAdvisers: { advisers: Advisers; index: MunicipalityIndex } | undefined;
  private _pageAdvisersSource: string | undefined;

  private readonly _fields = new FieldCheckController(this, () => ({
    values: this._values,
    match: this._match,
    result: this._result,
    lang: this._lang,
    text: this._text,
  }));
  private readonly _locale = new LocaleController(this, SIGN_UP_TEXT);
  private readonly _domainText = new LocaleController(this, DOMAINS);
  private readonly _draft = new DraftController(this);
  private readonly _submission = new SubmissionController(this);
  private readonly _announcer = new AnnouncerController(this);
  private readonly _focus = new FocusController(this);
  private _restored = false;
  /** A municipality (code or name) to pick once the index is loaded: from the draft or a scan result. */
  private _pendingMunicipality: string | undefined;
  /** The `municipality` attribute value last applied (or deliberately skipped). */
  private _appliedMunicipality = '';
  /** The result last seen, so a new one preselects its municipality once. */
  private _seenResult: ScanResult | null = null;

  /**
   * Focus goes to the heading of what the element shows (the form, the prepared e-mail, the
   * confirmation), so a visitor sent here from another widget (the quick scan's or the finder's
   * sign-up button) starts reading at the top of the form. No-op while the text is loading.
   */
  override focus(options?: FocusOptions): void {
    this.renderRoot?.querySelector<HTMLElement>('#form-heading, #mail-heading, #confirmation-heading')?.focus(options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('maatwerk-scan-complete', this._onScanComplete);
    if (!this._restored) this._restore();
    this._loadPageAdvisers();
  }

  /** Loads the page's advisers once; when they cannot be used, the webmaster reads why in the console and the built-in contacts stay. */
  private _loadPageAdvisers(): void {
    const source = pageConfig(this, 'advisers-src');
    if (!source || source === this._pageAdvisersSource) return;
    this._pageAdvisersSource = source;
    void import('../adviseur-finder/advisers-source.ts')
      .then((module) => module.loadAdvisersWithIndex(source, { element: 'maatwerk-sign-up', attribute: '<maatwerk-config advisers-src>' }, new AbortController().signal))
      .then((loaded) => {
        if (!loaded.ok) return;
        this._pageAdvisers = { advisers: loaded.advisers, index: loaded.index };
        const picked = this._match && loaded.index.lookup(this._match.municipality.code);
        if (picked?.found) this._match = picked.match;
      })
      .catch(() => console.warn('Maatwerk <maatwerk-sign-up>: the advisers loader could not be loaded (network or CSP); e-mails go to the built-in contacts.'));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('maatwerk-scan-complete', this._onScanComplete);
  }

  /** The current state: `editing`, `sending`, `sent`, `failed` or `mailto`. */
  get state(): SignUpState {
    return this._phase;
  }

  protected override willUpdate(): void {
    const result = this._result;
    if (result !== this._seenResult) {
      this._seenResult = result;
      if (result) this._preselectFrom(result);
    }
    const index = this._index;
    if (index) {
      if (this._pendingMunicipality) {
        const found = index.lookup(this._pendingMunicipality);
        if (found.found && !this._match) this._match = found.match;
        this._pendingMunicipality = undefined;
      }
      if (this.municipality && this.municipality !== this._appliedMunicipality) {
        const found = index.lookup(this.municipality);
        if (found.found) this._match = found.match;
      }
      this._appliedMunicipality = this.municipality;
    } else if (this._pendingMunicipality || this.municipality !== this._appliedMunicipality) {
      this._loadBuiltIn();
    }
  }

  private get _lang(): Lang {
    return this._locale.lang;
  }

  /** The text in the current language (Dutch while another language is on its way). */
  private get _text(): SignUpText {
    return this._locale.textOrDutch;
  }

  private get _index(): MunicipalityIndex | undefined {
    return this.index ?? this._pageAdvisers?.index ?? this._builtIn?.getDefaultMunicipalityIndex();
  }

  /** The typeahead says so itself when the list cannot be loaded. */
  private _loadBuiltIn(): void {
    if (!this._builtIn) loadMunicipalityData().then((data) => (this._builtIn = data), () => undefined);
  }

  /**
   * The result to offer: the one set on the form, else the `result` of the quick scan on the page.
   * That property is the one channel from scan to form; `maatwerk-scan-complete` only says "look again".
   */
  private get _result(): ScanResult | null {
    if (isScanResult(this.result)) return this.result;
    const scan = neighbour<Element & { result?: unknown }>(this, 'maatwerk-quick-scan');
    return isScanResult(scan?.result) ? scan.result : null;
  }

  private get _privacyUrl(): string | null {
    return this.privacyHref ? safeLink(this.privacyHref, document.baseURI) : null;
  }

  /** The endpoint, when sending is configured and allowed: a safe `action` and a privacy statement. */
  private get _endpoint(): string | null {
    if (!this.action || !this._privacyUrl) return null;
    return safeActionUrl(this.action, document.baseURI);
  }

  private _restore(): void {
    this._restored = true;
    const draft = this._draft.load();
    if (!draft) return;
    this._values = { ...draft.values, consent: false };
    this._submission.idempotencyKey = draft.idempotencyKey;
    if (draft.municipality) {
      // The user's own choice wins over a municipality attribute already on the element.
      this._pendingMunicipality = draft.municipality;
      this._appliedMunicipality = this.municipality;
    }
  }

  private _save(): void {
    const key = this._submission.idempotencyKey;
    this._draft.save({
      values: this._values,
      ...(this._match && { municipality: this._match.municipality.code }),
      ...(key && { idempotencyKey: key }),
    });
  }

  /** A result made for a municipality preselects it, unless the user chose one already. */
  private _preselectFrom(result: ScanResult): void {
    if (!this._match && !this._pendingMunicipality && result.municipality?.code) {
      this._pendingMunicipality = result.municipality.code;
      this.requestUpdate();
    }
  }

  private readonly _onScanComplete = (): void => {
    this.requestUpdate();
  };

  private _onInput(event: Event): void {
    const target = event.target;
    if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) return; // e.g. the combobox host
    const field = target.name as FieldName;
    if (target instanceof HTMLInputElement && target.type === 'checkbox') {
      if (field === 'domains') {
        const domains = new Set(this._values.domains);
        if (target.checked) domains.add(target.value);
        else domains.delete(target.value);
        const order = this._domains.map((domain) => domain.id);
        this._values = { ...this._values, domains: order.filter((id) => domains.has(id)) };
      } else if (field === 'consent' || field === 'attachResult') {
        this._values = { ...this._values, [field]: target.checked };
        // A checkbox has no "leaving": check it as soon as it changes, once it was flagged.
        this._fields.changed(field);
      }
    } else {
      this._values = { ...this._values, [field as TextField]: target.value };
      this._fields.touched(field);
      this._fields.changed(field);
    }
    this._save();
  }

  private _onFocusout(event: FocusEvent): void {
    this._fields.focusout(((event.target as HTMLElement).getAttribute('name') ?? '') as FieldName);
  }

  private _onFocusin(): void {
    // Someone is filling in the form: it needs the validator, and the municipality data (for the
    // typeahead and for the e-mail to the adviser, also when the page set its own `index`).
    void loadChecker();
    this._loadBuiltIn();
  }

  private _onMunicipalitySelect(event: CustomEvent<MunicipalitySelectDetail>): void {
    this._match = event.detail.match;
    this._fields.changed('municipality');
    this._save();
  }

  private _onMunicipalityClear(): void {
    this._match = null;
    this._save();
  }

  private _onMunicipalitySearch(): void {
    this._fields.touched('municipality');
  }

  private _onSubmit(event: Event): void {
    event.preventDefault();
    void this._submission.once(() => this._validateAndSend());
  }

  private _onSummaryClick(event: MouseEvent, field: FieldName): void {
    // A hash link cannot reach into a shadow root: move focus ourselves.
    event.preventDefault();
    this._focusField(field);
  }

  private _onRetry(): void {
    void this._submission.once(() => this._validateAndSend());
  }

  private _onMailLinkClick(): void {
    this._mailOpening = true;
    this._announcer.announce(this._text.status.mailOpening);
  }

  private async _onBackToForm(): Promise<void> {
    this._phase = 'editing';
    this._mail = null;
    this._mailOpening = false;
    await this.updateComplete;
    this._focusField('municipality');
  }

  private async _validateAndSend(): Promise<void> {
    const lang = this._lang;
    const result = this._result;
    const errors = await this._fields.all();
    const invalid = Object.keys(errors) as FieldName[];
    if (invalid.length) {
      this._fields.show(errors);
      this._failure = null;
      this._phase = 'editing';
      emit(this, SIGN_UP_ERROR_EVENT, { kind: 'validation', errors: this._fields.invalid.map((field) => ({ path: field, message: errors[field]! })) });
      return this._focus.afterUpdate('.error-summary');
    }
    this._fields.clear();
    const payload = buildPayload(this._values, this._match, result, lang);
    const endpoint = this._endpoint;
    const mode = endpoint ? 'post' : 'mailto';
    if (!emit(this, SIGN_UP_SUBMIT_EVENT, { payload, mode }, { cancelable: true })) return;
    if (endpoint) await this._post(endpoint, payload);
    else await this._prepareMail(payload);
  }

  private async _post(url: string, payload: SignUp): Promise<void> {
    // One key per filled-in form: saved with the draft before sending, so a reload keeps it.
    this._submission.key();
    this._save();
    const match = this._match;
    this._phase = 'sending';
    this._failure = null;
    this._announcer.announce(this._text.status.sending);
    const outcome = await this._submission.post(url, payload, this.timeout, this.retryDelays);
    this._announcer.clear();

    if (outcome.ok) {
      this._phase = 'sent';
      this._sentMatch = match;
      const changesMail = outcome.receivedBefore && this._mailFor(payload, 'changes');
      this._receivedBefore = outcome.receivedBefore && { at: outcome.receivedBefore.at, lang: this._lang, changesMail: changesMail ?? null };
      this._draft.clear();
      emit(this, SIGN_UP_SUCCESS_EVENT, { payload, response: { status: outcome.status, body: outcome.body } });
      return this._focus.afterUpdate('#confirmation-heading');
    }

    emit(this, SIGN_UP_ERROR_EVENT, {
      kind: outcome.kind,
      ...(outcome.status !== undefined && { status: outcome.status }),
      ...(outcome.issues.length && { errors: outcome.issues }),
    });
    const { fields, other } = serverFieldErrors(outcome.issues, this._text);
    if (outcome.kind === 'validation' && Object.keys(fields).length) {
      this._phase = 'editing';
      this._fields.show(fields);
      return this._focus.afterUpdate('.error-summary');
    }
    this._phase = 'failed';
    this._failure = {
      kind: outcome.kind === 'validation' ? 'server' : outcome.kind,
      ...(outcome.status !== undefined && { status: outcome.status }),
      messages: other,
    };
    return this._focus.afterUpdate('#failure-heading');
  }

  private async _prepareMail(payload: SignUp): Promise<void> {
    const mail = this._mailFor(payload);
    if (!mail) return;
    this._mail = mail;
    this._mailOpening = false;
    this._phase = 'mailto';
    return this._focus.afterUpdate('#mail-heading');
  }

  private _mailFor(payload: SignUp, purpose?: 'changes'): PreparedMail | null {
    return prepareMail(payload, this._match, this._advisers?.general, this._text, this._domainNames, purpose);
  }

  /** The advisers the e-mail goes to: the page's, else the built-in ones. */
  private get _advisers(): Advisers | undefined {
    return this._pageAdvisers?.advisers ?? this._builtIn?.defaultAdvisers;
  }

  private _focusField(field: FieldName): void {
    if (field === 'municipality') return this._focus.now('.municipality');
    this._focus.now(field === 'domains' ? 'input[name="domains"]' : `#field-${field}`);
  }

  private get _domains(): DomainOption[] {
    return this._domainText.textOrDutch;
  }

  private get _domainNames(): Map<string, string> {
    return new Map(this._domains.map((domain) => [domain.id, domain.name]));
  }

  protected override render(): TemplateResult {
    // English text is a small chunk: render once it is there rather than flash Dutch.
    const text = this._locale.text;
    return withHeadingsFrom(
      headingLevel(this, this.headingLevel),
      html`<div class="base" part="base">${text ? this._renderPhase(text) : nothing} ${this._announcer.render()}</div>`,
    );
  }

  private _renderPhase(text: SignUpText): TemplateResult {
    if (this._phase === 'sent') return renderSent(text, this._sentMatch, this._advisers?.general.name ?? '', this._receivedBefore);
    if (this._phase === 'mailto' && this._mail) {
      const example = !this.index && !!this._advisers?.example;
      const { _mail: mail, _mailOpening: opening } = this;
      return renderMail({ text, mail, example, opening, onMailLinkClick: this._onMailLinkClick, onBackToForm: this._onBackToForm });
    }
    const failed = this._phase === 'failed' && this._failure;
    return renderForm({
      text,
      lang: this._lang,
      phase: this._phase,
      action: this.action,
      endpoint: this._endpoint,
      privacyUrl: this._privacyUrl,
      values: this._values,
      errors: this._fields.errors,
      invalid: this._fields.invalid,
      showSummary: this._fields.showSummary,
      failure: this._failure,
      failureMail: failed && this._match ? this._mailFor(buildPayload(this._values, this._match, this._result, this._lang)) : null,
      match: this._match,
      index: this._index,
      result: this._result,
      domains: this._domains,
      domainNames: this._domainNames,
      onSubmit: this._onSubmit,
      onInput: this._onInput,
      onFocusout: this._onFocusout,
      onFocusin: this._onFocusin,
      onMunicipalitySelect: this._onMunicipalitySelect,
      onMunicipalityClear: this._onMunicipalityClear,
      onMunicipalitySearch: this._onMunicipalitySearch,
      onSummaryClick: (event, field) => this._onSummaryClick(event, field),
      onRetry: this._onRetry,
    });
  }
}
