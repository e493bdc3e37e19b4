import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isScanResult, score, type Answers, type Lang, type QuickScanContent, type ScanResult } from '@maatwerk/model';
import { SCAN_COMPLETE_EVENT, SCAN_START_EVENT, SCAN_STEP_EVENT } from '../events/quick-scan.ts';
import { AnnouncerController } from '../internal/controllers/announcer.ts';
import { FocusController } from '../internal/controllers/focus.ts';
import { emit } from '../internal/emit.ts';
import { reveal } from '../internal/neighbours.ts';
import { LocaleController } from '../internal/controllers/locale.ts';
import { pageConfig } from '../internal/page-config.ts';
import { baseStyles } from '../styles/base.ts';
import { contentStyles } from '../styles/content.ts';
import { formControlStyles } from '../styles/form-control.ts';
import { BUILT_IN_NL, fetchContent, loadBuiltIn, type ContentProblem, type ScanContent } from './content.ts';
import { QUICK_SCAN_TEXT, nl, type QuickScanText } from './locale.ts';
import type { Place } from './result.ts';
import { PlaceController } from './place.ts';
import { back, defaultDomains, domainFilter, next, resumeStep, stepsOf, toggleDomain, type Step, type View } from './flow.ts';
import { SCREEN_HEADING, button, heading, renderDomains, renderError, renderIntro, renderResume, renderStep } from './screens.ts';
import { ResultChunks } from './chunks.ts';
import { warnContentProblem, warnUnknownDomains } from './webmaster.ts';
import { SavedProgress, type Progress } from './storage.ts';
import { quickScanStyles } from './styles.ts';
import { answerScaleStyles } from './answer-scale.ts';
import { ProgressiveReveal } from './progressive.ts';
import { whenIdle } from '../internal/after-paint.ts';
import { ScreenMoves } from './moves.ts';
import { headingLevel, withHeadingsFrom } from '../internal/heading-level.ts';

type Notice = 'storageCorrupt' | 'storageVersion' | 'forgotten' | 'invalidResult';

/**
 * The quick scan: a civil servant finds out in about ten minutes which policy domains are most
 * promising for an integral approach to low literacy, and what to do next. Questions, scoring
 * (`score`) and the action plan (`advise`) come from `@maatwerk/model`; answers stay in the browser.
 *
 * Attributes and properties:
 * - `lang` (`lang`): `nl` or `en`; defaults to the nearest `[lang]` ancestor (usually `<html lang>`), else Dutch.
 * - `municipality` (`municipality`): a CBS code (`GM0363`) or name; preselects the municipality of the result.
 * - `domains` (`domains`): comma- or space-separated domain ids that limit and preselect the domain choice.
 * - `contentSrc` (`content-src`): URL of alternative content JSON, validated before use.
 * - `noStorage` (`no-storage`): never use localStorage.
 * - `headingLevel` (`heading-level`): level of each screen's heading, 2-6 (default 2); the headings
 *   inside a screen follow one and two levels lower (never past 6). Any other value: the default,
 *   and a console warning.
 * - `result` (property only): the current result or null; set it to show a result.
 *
 * @tagname maatwerk-quick-scan
 * @summary Quick scan integrale aanpak laaggeletterdheid, with result, chart and action plan.
 *
 * @fires maatwerk-scan-start - The first statement step begins. `detail: { content: { id, version }, domains }`.
 * @fires maatwerk-scan-step - A statement step was completed. `detail: { step, total, domain, level }` (`step` counts from 1).
 * @fires maatwerk-scan-complete - The scan is finished. `detail: { result }` (the model's `ScanResult`).
 *
 * @csspart base - The root wrapper.
 * @csspart heading - The heading of the current screen.
 * @csspart progress - The progress indicator on a statement step.
 * @csspart button - Every button.
 * @csspart result - The result: ranking, charts and action plan.
 * @csspart table - The 3x3 picture of a domain (a data table: factors across, levels down).
 *
 * @cssproperty --maatwerk-quick-scan-max-inline-size - Maximum width of the scan (default 48rem).
 * @cssproperty --maatwerk-quick-scan-weak-color - Background of a weak cell in the result grid (default as in the report, #f6c9b0).
 * @cssproperty --maatwerk-quick-scan-fair-color - Background of a fair cell (default #f9e4a6).
 * @cssproperty --maatwerk-quick-scan-strong-color - Background of a strong cell (default #bfe0c4).
 */
export class MaatwerkQuickScan extends LitElement {
  static override styles = [baseStyles, contentStyles, formControlStyles, quickScanStyles, answerScaleStyles];

  /** Language of the interface: `nl` or `en`. Falls back to the page's language, then Dutch. */
  @property({ attribute: 'lang', reflect: true }) override lang!: string;

  /** Municipality as CBS code or name; an unknown one gives a note and the scan stays usable. */
  @property({ attribute: 'municipality' }) municipality?: string;

  /** Domain ids (comma or space separated) that limit and preselect the domain choice; unknown ids are named in a note. */
  @property({ attribute: 'domains' }) domains?: string;

  /** URL of alternative content JSON (same format as the model's content file). */
  @property({ attribute: 'content-src' }) contentSrc?: string;

  /** Do not save progress in localStorage. */
  @property({ attribute: 'no-storage', type: Boolean, reflect: true }) noStorage = false;

  /** Level of each screen's heading (2-6); the headings inside a screen follow below it. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** The current result (the model's `ScanResult`), or null before the scan is finished. */
  @property({ attribute: false })
  get result(): ScanResult | null {
    return this._result;
  }
  set result(value: ScanResult | null) {
    if (value == null) {
      this._result = null;
      if (this._view === 'result') this._view = 'intro';
    } else if (isScanResult(value)) {
      this._result = value;
      this._answers = { ...value.answers };
      this._chosen = value.domains.map((domain) => domain.domain);
      this._place.set(value.municipality);
      this._confirming = false;
      if (this._content) this._view = 'result';
    } else {
      this._notice = 'invalidResult';
    }
  }

  @state() private _view: View = 'loading';
  @state() private _content?: ScanContent;
  @state() private _problem?: ContentProblem;
  @state() private _answers: Answers = {};
  @state() private _chosen: string[] = [];
  @state() private _step = 0;
  @state() private _result: ScanResult | null = null;
  @state() private _notice?: Notice;
  @state() private _domainError = false;
  @state() private _emptyWarning = false;
  @state() private _confirming = false;
  @state() private _text: QuickScanText = nl;

  private _lang: Lang = 'nl';
  private _contentKey?: string;
  private _loadToken = 0;
  private _builtIn = false;
  /** The `domains` value (with the content it was checked against) last checked for unknown ids. */
  private _domainsChecked = '';
  private _focusOnLoad = false;
  private readonly _storage = new SavedProgress(this);
  private _saved?: Progress;
  private readonly _warned = new Set<number>();
  private readonly _locale = new LocaleController(this, QUICK_SCAN_TEXT);
  private readonly _announcer = new AnnouncerController(this);
  private readonly _focus = new FocusController(this);
  /** The result's parts appear a few per task after the summary and the top domain (result.ts). */
  private readonly _progress = new ProgressiveReveal(this, 1, 2);
  private readonly _beforePrint = () => this._progress.finish();
  private _revealing = false;
  private readonly _moves = new ScreenMoves(this);
  private readonly _chunks = new ResultChunks(this);
  private readonly _place = new PlaceController(this, this._chunks, (place) => this._placeChosen(place));

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this._beforePrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this._beforePrint);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this._lang = this._locale.lang;
    if (changed.has('contentSrc')) this._builtIn = false;
    const wanted = this.contentSrc?.trim() || pageConfig(this, 'content-src');
    const source = wanted && !this._builtIn ? wanted : '';
    const key = `${source || 'built-in'} ${this._lang}`;
    if (key !== this._contentKey) {
      this._contentKey = key;
      void this._loadContent(source, this._lang);
    }
    if (changed.has('municipality')) void this._place.find((this.municipality ?? '').trim());
    // Arriving at the result (once its chunk is there): the summary and the top domain first, the rest task by task.
    const ready = this._view === 'result' && !!this._chunks.view && !!(this._content?.actions ?? this._chunks.plan);
    if (ready && !this._revealing) this._progress.start(this._result ? this._chunks.view!.resultParts(this._result) : 0);
    this._revealing = ready;
    if (changed.has('domains') && this._content && (this._view === 'intro' || this._view === 'domains')) {
      this._chosen = defaultDomains(this._content!, this.domains);
    }
    this._warnUnknownDomains();
  }

  /** Unknown ids in `domains` are skipped; the webmaster reads which, and the ids there are (once per value and content). */
  private _warnUnknownDomains(): void {
    const content = this._content;
    if (!content) return;
    const { unknown } = domainFilter(content, this.domains);
    const key = `${content.id} ${this.domains}`;
    if (!unknown.length || key === this._domainsChecked) return;
    this._domainsChecked = key;
    warnUnknownDomains(content, this.domains, unknown);
  }

  protected override updated(): void {
    // The result screen (and the built-in action plan) are chunks: fetch them while the user answers, so they are there at the end.
    if (this._view === 'result' && !this._chunks.failed) this._loadResultView();
    // While answering, fetch them when the page is idle: not in the task of the click that began.
    else if (this._view === 'step' && !this._chunks.requested) whenIdle(() => this.isConnected && this._view === 'step' && this._loadResultView());
    // The municipalities (for the adviser in the next steps) once the whole result shows, in idle time: their module takes a while to start.
    if (this._view === 'result' && this._progress.done && !this._chunks.geoRequested) whenIdle(() => void this._chunks.loadGeo());
    if (this._focusOnLoad && this._view !== 'loading') {
      this._focusOnLoad = false;
      this._focus.now(SCREEN_HEADING);
    }
  }

  private async _loadContent(source: string, lang: Lang): Promise<void> {
    const token = ++this._loadToken;
    if (!source && lang === 'nl') {
      this._text = nl;
      return this._setContent(BUILT_IN_NL);
    }
    if (!this._content) this._view = 'loading';
    const [text, fetched] = await Promise.all([
      this._locale.load(lang),
      source ? fetchContent(source, lang) : loadBuiltIn(lang).then((content) => ({ content }), () => ({ content: BUILT_IN_NL })),
    ]);
    if (token !== this._loadToken) return;
    this._text = text;
    if (fetched.content) return this._setContent(fetched.content);
    this._problem = fetched.problem;
    this._view = 'error';
    // The visitor sees a short notice with the built-in content as a way on; the webmaster reads what to fix in the console.
    warnContentProblem(source, fetched.problem);
    this._announcer.announce(text.errorHeading);
  }

  private _setContent(content: ScanContent): void {
    const previous = this._content;
    this._content = content;
    this._problem = undefined;
    this._storage.use(content);
    const sameInstrument = previous?.id === content.id && previous.version === content.version;
    if (!sameInstrument || this._view === 'loading' || this._view === 'error') this._begin();
  }

  /** First screen for freshly loaded content: a given result, the resume prompt, or the intro. */
  private _begin(): void {
    if (this._result) {
      this._view = 'result';
      return;
    }
    this._answers = {};
    this._chosen = defaultDomains(this._content!, this.domains);
    this._step = 0;
    this._warned.clear();
    const loaded = this._storage.load(this._content!);
    if (loaded.kind === 'found') {
      this._saved = loaded.progress;
      this._view = 'resume';
      return;
    }
    if (loaded.kind === 'corrupt') this._notice = 'storageCorrupt';
    if (loaded.kind === 'version') this._notice = 'storageVersion';
    this._view = 'intro';
  }

  private _loadResultView(): void {
    this._chunks.load(!this._content?.actions);
  }

  /** A lookup found (or cleared) the place: the result shown is for it. */
  private _placeChosen(place: Place | undefined): void {
    if (!this._result) return;
    const { municipality: _, ...rest } = this._result;
    this._result = place ? { ...rest, municipality: place } : rest;
    this._save();
  }

  private _save(): void {
    if (this._view !== 'step' && this._view !== 'result') return;
    this._storage.save({
      domains: this._chosen,
      answers: this._answers,
      step: this._step,
      view: this._view,
      ...(this._result?.completedAt && { completedAt: this._result.completedAt }),
      ...(this._place.value && { municipality: this._place.value }),
    });
  }

  private get _steps(): Step[] {
    return stepsOf(this._content!, this._chosen);
  }

  /** Shows a screen, saves, and once it has painted moves focus to its heading and announces the step (the user navigated). */
  private async _go(view: View): Promise<void> {
    this._view = view;
    this._emptyWarning = false;
    this._confirming = false;
    this._domainError = false;
    this._save();
    await this._moves.focusAfterPaint(SCREEN_HEADING);
    if (view === 'step' && this._view === 'step') this._announcer.announce(this._text.stepOf(this._step + 1, this._steps.length));
  }

  private _finish(completedAt = new Date().toISOString()): ScanResult {
    // The action plan plays no part in the score: content without it (the built-in Dutch) will do.
    return (this._result = score(this._content as QuickScanContent, this._answers, {
      domains: this._chosen,
      completedAt,
      ...(this._place.value && { municipality: this._place.value }),
    }));
  }

  private _onStart(): void {
    void this._moves.run(() => {
      this._notice = undefined;
      return this._go('domains');
    });
  }

  private _onDomainToggle(id: string, checked: boolean): void {
    this._chosen = toggleDomain(this._content!, this._chosen, id, checked);
    if (this._chosen.length) this._domainError = false;
  }

  private async _onBegin(): Promise<void> {
    if (!this._chosen.length) {
      this._domainError = true;
      this._announcer.announce(this._text.domainsError);
      return this._focus.afterUpdate('input');
    }
    return this._moves.run(() => {
      this._step = 0;
      this._warned.clear();
      emit(this, SCAN_START_EVENT, { content: { id: this._content!.id, version: this._content!.version }, domains: [...this._chosen] });
      return this._go('step');
    });
  }

  private _onAnswer(id: string, value: number | null): void {
    this._answers = { ...this._answers, [id]: value };
    this._emptyWarning = false;
    this._save();
  }

  private _onBack(): void {
    void this._moves.run(() => {
      const to = back(this._view, this._step);
      this._step = to.step;
      return this._go(to.view);
    });
  }

  private _onNext(): void {
    void this._moves.run(() => {
      const steps = this._steps;
      const current = steps[this._step]!;
      const move = next(steps, this._step, this._answers, this._warned);
      if (move.kind === 'warn-empty') {
        this._warned.add(this._step);
        this._emptyWarning = true;
        this._announcer.announce(this._text.emptyStep);
        return;
      }
      emit(this, SCAN_STEP_EVENT, { step: this._step + 1, total: steps.length, domain: current.domain.id, level: current.level.id });
      if (move.kind === 'step') {
        this._step = move.step;
        return this._go('step');
      }
      const result = this._finish();
      // The page hears of the result once the first screen of it shows: what its listeners do (a
      // sign-up form on the page renders the result too) gets a task of its own.
      return this._go('result').then(() => void emit(this, SCAN_COMPLETE_EVENT, { result }));
    });
  }

  private _onResume(): void {
    void this._moves.run(() => {
      const saved = this._saved!;
      this._answers = saved.answers;
      this._chosen = saved.domains;
      this._step = resumeStep(this._steps, saved.step);
      if (saved.municipality && !this._place.value) this._place.set(saved.municipality);
      if (saved.view === 'result') this._finish(saved.completedAt);
      return this._go(saved.view);
    });
  }

  private _onStartFresh(): void {
    void this._moves.run(() => {
      this._storage.remove();
      this._saved = undefined;
      return this._go('intro');
    });
  }

  private _onForget(): void {
    this._storage.forget();
    this._notice = 'forgotten';
    this._announcer.announce(this._text.forgotten);
  }

  private async _onRestart(): Promise<void> {
    this._confirming = true;
    await this._focus.afterUpdate('.confirm button');
  }

  private async _onConfirmRestart(confirmed: boolean): Promise<void> {
    if (confirmed) {
      return this._moves.run(() => {
        if (this._storage.on) this._storage.remove();
        this._result = null;
        this._notice = undefined;
        this._begin();
        return this._go('intro');
      });
    }
    this._confirming = false;
    await this._focus.afterUpdate('[data-restart]');
  }

  private async _onMunicipalitySubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const query = new FormData(event.target as HTMLFormElement).get('municipality')?.toString().trim() ?? '';
    if (!query) return;
    const t = this._text;
    if (await this._place.find(query)) this._announcer.announce(t.municipalitySet(this._place.value!.name));
    else if (this._place.missing) this._announcer.announce(t.municipalityMissing(query, this._place.missing.suggestions));
  }

  /** An in-page link of the result: the shadow root's ids are not the page's, so move and focus here. */
  private async _onJump(id: string): Promise<void> {
    this._progress.finish();
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    if (target) reveal(target);
  }

  private async _onPrint(): Promise<void> {
    this._progress.finish();
    await this.updateComplete;
    window.print();
  }

  protected override render(): TemplateResult {
    const t = this._text;
    return withHeadingsFrom(
      headingLevel(this, this.headingLevel),
      html`<div class="base" part="base" lang=${this._lang}>
        ${this._renderView(t)}
        ${this._announcer.render()}
      </div>`,
    );
  }

  private _renderView(t: QuickScanText): TemplateResult {
    const content = this._content;
    if (this._view === 'error') return renderError(t, this._problem!, button, this._onUseBuiltIn);
    // Before the English text has arrived, a loading screen says nothing rather than Dutch.
    if (!content || this._view === 'loading') return html`<p>${this._lang === 'nl' || t !== nl ? t.loading : ''}</p>`;
    if (this._view === 'resume') return renderResume(t, this._lang, this._saved!, button, this._onResume, this._onStartFresh);
    if (this._view === 'result' && this._result) return this._renderResult(t, content, this._result);
    const steps = this._steps;
    if (this._view === 'step' && steps[this._step]) {
      const { _step: step, _answers: answers, _emptyWarning: emptyWarning } = this;
      const onForget = this._storage.on ? this._onForget : undefined;
      return renderStep({ t, content, steps, step, answers, emptyWarning, button, onAnswer: (id, value) => this._onAnswer(id, value), onBack: this._onBack, onNext: this._onNext, onForget });
    }
    const notes = this._renderNotes(t);
    if (this._view === 'domains' || this._view === 'step') {
      const { domains: filter, _chosen: chosen, _domainError: error } = this;
      return renderDomains({ t, content, notes, filter, chosen, error, button, onToggle: (id, checked) => this._onDomainToggle(id, checked), onBack: this._onBack, onBegin: this._onBegin });
    }
    return renderIntro({ t, content, notes, storageOn: this._storage.on, place: this._place.value?.name, button, onStart: this._onStart });
  }

  private _renderNotes(t: QuickScanText): TemplateResult[] {
    const missing = this._view === 'result' ? undefined : this._place.missing;
    const notes = [
      missing ? t.municipalityMissing(missing.query, missing.suggestions) : '',
      this._notice ? t[this._notice] : '',
    ].filter(Boolean);
    return notes.map((note) => html`<p class="note">${note}</p>`);
  }

  private _onUseBuiltIn(): void {
    this._builtIn = true;
    this._focusOnLoad = true;
    this.requestUpdate();
  }

  private _renderResult(t: QuickScanText, content: ScanContent, result: ScanResult) {
    const { view, plan, geo, failed } = this._chunks;
    const full = content.actions ? (content as QuickScanContent) : plan && { ...content, ...plan };
    return html`
      ${heading(t.resultHeading)} ${this._renderNotes(t)}
      ${view && full
        ? view.renderResult({
            t,
            content: full,
            result,
            place: this._place.value,
            missing: this._place.missing,
            geo,
            host: this,
            announce: (message) => this._announcer.announce(message),
            confirming: this._confirming,
            button,
            onMunicipality: this._onMunicipalitySubmit,
            onPrint: this._onPrint,
            onRestart: this._onRestart,
            onConfirm: (confirmed) => this._onConfirmRestart(confirmed),
            ...(this._storage.on && { onForget: this._onForget }),
            onJump: (id) => this._onJump(id),
            shown: this._progress.count,
          })
        : failed
          ? html`<p class="note note--error">${t.resultFailed}</p>
              <div class="nav">${button(t.retry, this._loadResultView)}</div>`
          : html`<p>${t.loading}</p>`}
    `;
  }
}
