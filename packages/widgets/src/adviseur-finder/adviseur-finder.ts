import type { Advisers, Lang, MunicipalityIndex, MunicipalityMatch } from '@maatwerk/model';
import { LitElement, adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  ADVISER_FOUND_EVENT,
  ADVISER_NOT_FOUND_EVENT,
} from '../events/adviseur-finder.ts';
import type { MunicipalityNotFoundDetail, MunicipalitySearchDetail, MunicipalitySelectDetail } from '../events/municipality-combobox.ts';
import { AnnouncerController } from '../internal/controllers/announcer.ts';
import { FocusController } from '../internal/controllers/focus.ts';
import { LocaleController } from '../internal/controllers/locale.ts';
import { emit } from '../internal/emit.ts';
import { comboboxHtml } from '../internal/municipality-combobox.ts';
import { pageConfig } from '../internal/page-config.ts';
import { loadMunicipalityData, municipalityDataNow } from '../internal/municipality-data.ts';
import { baseStyles } from '../styles/base.ts';
import { FINDER_TEXT, type AdviseurFinderText } from './locale.ts';
import { loadResultViews } from './result-loader.ts';
import type { ResultView } from './result.ts';
import { finderStyles } from './styles.ts';

/** What the finder shows below the search field (or alone, in fixed mode). */
type View = { kind: 'empty' } | ResultView | { kind: 'unavailable' };

type Data =
  | { status: 'built-in' }
  | { status: 'loading' }
  | { status: 'custom'; advisers: Advisers; index: MunicipalityIndex }
  | { status: 'error' };

/**
 * Finds the Lezen & Schrijven adviser for a municipality. Search mode: a typeahead (WAI-ARIA 1.2
 * combobox) over names, CBS codes, former municipalities and other spellings, then the result:
 * municipality, arbeidsmarktregio and the adviser's card with a call to action to sign up. No
 * match: the closest municipalities and the general contact route. Fixed mode (for partner sites):
 * `municipality` or `region` in the markup shows just the card.
 *
 * Attributes and properties:
 * - `municipality` (`municipality`): CBS code (`GM0147`) or name. Present in the markup when the
 *   element first renders: fixed mode (card only, no search field). Set later on a finder in search
 *   mode (the quick scan does this after a scan): picks that municipality in the search field and
 *   shows its card.
 * - `region` (`region`): arbeidsmarktregio code (`AM18`) or name: fixed mode with the region's card.
 *   `municipality` wins when both are set.
 * - `advisers-src` (`advisersSrc`): URL of replacement advisers JSON (schema
 *   `@maatwerk/model/schemas/advisers.schema.json`), fetched without cookies and validated. When it
 *   cannot be loaded or is invalid, the console tells the webmaster why and what to check, the
 *   visitor reads a short neutral notice, and the built-in data is used.
 * - `sign-up-href` (`signUpHref`): page with the sign-up form, used by the call to action when no
 *   `<maatwerk-sign-up>` is on this page (`?municipality=GM…` is added). Without both, the call to
 *   action is a prefilled e-mail to the adviser.
 * - `heading-level` (`headingLevel`): level of the result heading, 2-6 (default 2); the adviser's
 *   name is one level lower (never past 6). Any other value: the default, and a console warning.
 * - `lang` (`lang`): `nl` or `en`; defaults to the nearest `[lang]` (also across shadow roots), else Dutch.
 *
 * When the advisers data is example data (`example: true`, as shipped) each card says so.
 *
 * The built-in municipalities and advisers load on first use (a chunk of their own): when the search
 * field gets focus, or at once when `municipality`, `region` or `advisers-src` is set.
 *
 * @tagname maatwerk-adviseur-finder
 * @summary Finds the regional adviser of Lezen & Schrijven for a municipality.
 *
 * @fires maatwerk-adviser-found - A card is shown. `detail: { municipality, region, adviser, matchedVia }` (`AdviserFoundDetail`).
 * @fires maatwerk-adviser-not-found - The "no match" message is shown (when typed text first matches nothing, on Enter, or for an unknown fixed value). `detail: { query, suggestions }`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart input - The search field.
 * @csspart listbox - The list of suggestions.
 * @csspart option - One suggestion.
 * @csspart card - The adviser's card.
 * @csspart photo - The adviser's photo (only when the data has one).
 * @csspart cta - The call to action to sign up.
 *
 * @cssproperty --maatwerk-adviseur-finder-max-inline-size - Maximum width (default `40em`).
 * @cssproperty --maatwerk-adviseur-finder-card-background - Card background (default: the surface colour).
 * @cssproperty --maatwerk-adviseur-finder-card-border-color - Card border (default: none).
 * @cssproperty --maatwerk-adviseur-finder-photo-size - Size of the photo (default `96px`).
 */
export class MaatwerkAdviseurFinder extends LitElement {
  static override styles = [baseStyles, finderStyles];

  /** CBS code or name. In the markup: fixed mode. Set later on a search finder: picks that municipality. */
  @property() municipality = '';

  /** Arbeidsmarktregio code (`AM18`) or name: fixed mode with the region's adviser. */
  @property() region = '';

  /** URL of replacement advisers JSON (validated; the built-in data is used when it fails). */
  @property({ attribute: 'advisers-src' }) advisersSrc = '';

  /** Sign-up page for the call to action when no `<maatwerk-sign-up>` is on this page. */
  @property({ attribute: 'sign-up-href' }) signUpHref = '';

  /** Level of the result heading (2-6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Language: `nl` or `en`. Without it, the nearest `lang` on the page, else Dutch. */
  @property({ reflect: true }) override lang!: string;

  @state() private _view: View = { kind: 'empty' };
  @state() private _data: Data = { status: 'built-in' };
  /** The municipality shown in the search field. */
  @state() private _picked: MunicipalityMatch | null = null;
  /** The result views (a chunk) once loaded; `false` when loading them failed. */
  @state() private _resultViews: typeof import('./result.ts') | false | undefined;

  private _lang: Lang = 'nl';
  /** Fixed mode is decided by the markup the element starts with; see `municipality`. */
  private _startedFixed: boolean | undefined;
  private _abort: AbortController | undefined;
  private readonly _locale = new LocaleController(this, FINDER_TEXT);
  private readonly _announcer = new AnnouncerController(this);
  private readonly _focus = new FocusController(this);
  private _loadingResultViews: Promise<void> | undefined;
  /** What the last event was about, so every event matches a change the user can see. */
  private _emitted = '';
  /** focus() came while a result was on its way: the host holds focus until the result heading shows. */
  private _focusOnResult = false;

  /**
   * Focus goes to what the finder shows: the result heading, also one still on its way (the quick
   * scan's "Vind uw adviseur" sets `municipality` and moves focus here at once), else the search field.
   */
  override focus(options?: FocusOptions): void {
    const resultComing = this._view.kind !== 'empty' || (this.isUpdatePending && Boolean(trimmed(this.municipality)));
    if (!resultComing) return this.renderRoot?.querySelector<HTMLElement>('.search')?.focus(options);
    const heading = this.renderRoot?.querySelector<HTMLElement>('#result-heading');
    if (heading && !this.isUpdatePending) return heading.focus(options);
    this._focusOnResult = true;
    // Meanwhile the host holds focus, so keyboard and screen reader users are here already.
    if (!this.hasAttribute('tabindex')) this.setAttribute('tabindex', '-1');
    super.focus(options);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._abort?.abort();
    this._abort = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reconnected after a move in the page: a load that was aborted starts again.
    if (this.hasUpdated && this._advisersSource && this._data.status === 'loading') void this._load(this._advisersSource);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this._lang = this._locale.lang;
    this._startedFixed ??= Boolean(trimmed(this.municipality) || trimmed(this.region));
    if (changed.has('advisersSrc')) void this._load(this._advisersSource);
    if (changed.has('municipality') || changed.has('region')) this._applyAttributes();
    if (this._view.kind !== 'empty' && this._view.kind !== 'unavailable' && this._resultViews !== false) this._loadResultViews();
  }

  protected override updated(): void {
    this._emitForView();
    if (this._focusOnResult) this._focusResultHeading();
  }

  /** Focuses the result heading once it shows, unless the visitor has moved on (elsewhere, or into the search field). */
  private _focusResultHeading(): void {
    const heading = this.renderRoot.querySelector<HTMLElement>('#result-heading');
    if (!heading) return;
    this._focusOnResult = false;
    // The host's own root: inside a host component's shadow root, document.activeElement is that component.
    const holdsFocus = (this.getRootNode() as Document | ShadowRoot).activeElement === this;
    if (holdsFocus && !this.shadowRoot?.activeElement) heading.focus();
  }

  private get _fixed(): boolean {
    return Boolean(trimmed(this.region)) || (Boolean(this._startedFixed) && Boolean(trimmed(this.municipality)));
  }

  /** Its own `advisers-src`, else the page's `<maatwerk-config advisers-src>`. */
  private get _advisersSource(): string {
    return trimmed(this.advisersSrc) || (pageConfig(this, 'advisers-src') ?? '');
  }

  /** Undefined until the built-in data has loaded; every view but `empty` and `unavailable` implies it has. */
  private get _index(): MunicipalityIndex | undefined {
    return this._data.status === 'custom' ? this._data.index : municipalityDataNow()?.getDefaultMunicipalityIndex();
  }

  private get _advisers(): Advisers {
    return this._data.status === 'custom' ? this._data.advisers : municipalityDataNow()!.defaultAdvisers;
  }

  /** The text in the current language (Dutch while another language is on its way). */
  private get _text(): AdviseurFinderText {
    return this._locale.textOrDutch;
  }

  /** Fixed mode resolves `municipality` / `region`; in search mode a new `municipality` is picked in the field. */
  private _applyAttributes(): void {
    const municipality = trimmed(this.municipality);
    const region = trimmed(this.region);
    if (!this._fixed && !municipality) return;
    const index = this._index;
    if (!index) {
      // The built-in data is on its way: apply the attributes as they are then.
      loadMunicipalityData().then(
        () => this._applyAttributes(),
        () => (this._view = { kind: 'unavailable' }),
      );
      return;
    }
    if (this._fixed) {
      if (municipality) {
        const result = index.lookup(municipality);
        this._view = result.found ? { kind: 'municipality', match: result.match } : { kind: 'invalid', attribute: 'municipality', value: municipality };
      } else {
        const found = index.findRegion(region);
        this._view = found ? { kind: 'region', region: found } : { kind: 'invalid', attribute: 'region', value: region };
      }
      return;
    }
    const result = index.lookup(municipality);
    if (result.found) this._show(result.match);
    else {
      this._picked = null;
      this._view = { kind: 'no-match', query: municipality, committed: true };
    }
  }

  /** Loads the result views once; after a failure, the retry button calls this again. */
  private _loadResultViews(): void {
    if (this._resultViews === false) this._resultViews = undefined;
    this._loadingResultViews ??= loadResultViews().then(
      (module) => {
        // Their styles join the element's own in its shadow root (as Lit adds those: CSP-safe).
        const root = this.renderRoot as ShadowRoot;
        const sheets = module.resultStyles.map((style) => style.styleSheet!);
        if (sheets.every(Boolean)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
        else adoptStyles(root, [...MaatwerkAdviseurFinder.elementStyles, ...module.resultStyles]);
        this._resultViews = module;
      },
      () => {
        this._loadingResultViews = undefined;
        this._resultViews = false;
      },
    );
  }

  private async _load(source: string): Promise<void> {
    this._abort?.abort();
    this._abort = undefined;
    if (!source) {
      this._data = { status: 'built-in' };
      return;
    }
    const controller = new AbortController();
    this._abort = controller;
    this._data = { status: 'loading' };
    // The built-in data starts loading alongside the loader chunk.
    void loadMunicipalityData().catch(() => undefined);
    const attribute = trimmed(this.advisersSrc) ? 'advisers-src' : '<maatwerk-config advisers-src>';
    const loaded = await import('./advisers-source.ts').then(
      (module) => module.loadAdvisersWithIndex(source, { element: 'maatwerk-adviseur-finder', attribute }, controller.signal),
      () => {
        console.warn('Maatwerk <maatwerk-adviseur-finder>: chunks/ next to the script could not be loaded (missing folder, or CSP script-src); the built-in advisers are used.');
        return { ok: false } as const;
      },
    );
    if (controller.signal.aborted) return;
    this._abort = undefined;
    this._data = loaded.ok ? { status: 'custom', advisers: loaded.advisers, index: loaded.index } : { status: 'error' };
    // A municipality shown before these advisers arrived: its match must carry the adviser of the new list.
    const view = this._view;
    if (loaded.ok && view.kind === 'municipality') {
      const found = loaded.index.lookup(view.match.municipality.code);
      if (found.found) this._view = { ...view, match: found.match };
    }
  }

  private _onSelect(event: CustomEvent<MunicipalitySelectDetail>): void {
    this._show(event.detail.match);
    this._announcer.announce(this._text.announceFound(event.detail.match.municipality.name, event.detail.match.adviser?.name ?? this._advisers.general.name));
  }

  private _onClear(): void {
    this._picked = null;
    this._view = { kind: 'empty' };
    this._announcer.announce('');
  }

  private _onSearch(event: CustomEvent<MunicipalitySearchDetail>): void {
    const { query, suggestions } = event.detail;
    if (query.trim() && !suggestions.length) {
      this._view = { kind: 'no-match', query: query.trim(), committed: false };
    } else if (this._view.kind === 'no-match') {
      this._view = { kind: 'empty' };
    }
  }

  private _onNotFound(event: CustomEvent<MunicipalityNotFoundDetail>): void {
    const { query, suggestions } = event.detail;
    this._view = { kind: 'no-match', query: query.trim(), suggestions: suggestions.length ? suggestions : undefined, committed: true };
  }

  private async _onSuggestion(match: MunicipalityMatch): Promise<void> {
    this._show(match);
    await this._focus.afterUpdate('#result-heading');
  }

  private _show(match: MunicipalityMatch): void {
    this._picked = match;
    this._view = { kind: 'municipality', match };
  }

  /** Fires the event for what is visible now, once per change. Results wait for their views (a chunk), cards also until the advisers data has loaded. */
  private _emitForView(): void {
    const view = this._view;
    const views = this._resultViews;
    const nothingShown = view.kind === 'empty' || view.kind === 'unavailable' || (this._data.status === 'loading' && (view.kind === 'municipality' || view.kind === 'region'));
    if (nothingShown) this._emitted = '';
    if (nothingShown || !views) return;
    const event = views.eventFor(view, this._index!, this._text.result);
    if (event.key === this._emitted) return;
    this._emitted = event.key;
    if (event.announcement) this._announcer.announce(event.announcement);
    if ('found' in event) emit(this, ADVISER_FOUND_EVENT, event.found);
    else emit(this, ADVISER_NOT_FOUND_EVENT, event.notFound);
  }

  protected override render(): TemplateResult {
    const text = this._locale.text;
    // English text is a small chunk: render once it is there rather than flash Dutch.
    if (!text) return html`<div class="base" part="base"></div>`;
    const fixed = this._fixed;
    return html`<div class="base" part="base" lang=${this._lang}>
      ${this._renderDataStatus(text)}
      ${fixed
        ? nothing
        : comboboxHtml`<maatwerk-municipality-combobox
            class="search"
            exportparts="input, listbox, option"
            lang=${this._lang}
            label=${text.fieldLabel}
            hint=${text.fieldHint}
            .index=${this._index}
            .value=${this._picked}
            @maatwerk-municipality-select=${this._onSelect}
            @maatwerk-municipality-clear=${this._onClear}
            @maatwerk-municipality-search=${this._onSearch}
            @maatwerk-municipality-not-found=${this._onNotFound}
          ></maatwerk-municipality-combobox>`}
      <div class="outcome">${this._renderOutcome(text)}</div>
      ${fixed ? nothing : this._announcer.render()}
    </div>`;
  }

  private _renderDataStatus(text: AdviseurFinderText): TemplateResult | typeof nothing {
    if (this._data.status === 'loading') return html`<p class="muted" role="status">${text.loading}</p>`;
    if (this._data.status === 'error') {
      return html`<p class="notice" role="status">${text.dataFallback}</p>`;
    }
    return nothing;
  }

  private _renderOutcome(text: AdviseurFinderText): TemplateResult | typeof nothing {
    const view = this._view;
    if (view.kind === 'empty') return nothing;
    if (view.kind === 'unavailable') return html`<p class="error-text" role="alert">${text.municipalitiesUnavailable}</p>`;
    if ((view.kind === 'municipality' || view.kind === 'region') && this._data.status === 'loading') return nothing;
    if (this._resultViews) {
      return this._resultViews.renderOutcome({
        host: this,
        view,
        text: text.result,
        lang: this._lang,
        index: this._index!,
        advisers: this._advisers,
        headingLevel: this.headingLevel,
        signUpHref: trimmed(this.signUpHref),
        onSuggestion: (match) => void this._onSuggestion(match),
      });
    }
    return this._resultViews === false
      ? html`<p class="error-text" role="alert">${text.resultFailed}</p>
          <div><button type="button" class="button button--secondary" @click=${this._loadResultViews}>${text.retry}</button></div>`
      : html`<p class="muted" role="status">${text.resultLoading}</p>`;
  }
}

/** Attribute values may be set to anything from script: never let that throw. */
const trimmed = (value: unknown) => (value == null ? '' : String(value).trim());
