import type { Adviser, Advisers, GeneralContact, Lang, MunicipalityIndex, MunicipalityMatch, Region } from '@maatwerk/model';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  ADVISER_FOUND_EVENT,
  ADVISER_NOT_FOUND_EVENT,
  type AdviserFoundDetail,
  type AdviserNotFoundDetail,
} from '../events/adviseur-finder.ts';
import type { MunicipalityNotFoundDetail, MunicipalitySearchDetail, MunicipalitySelectDetail } from '../events/municipality-combobox.ts';
import { resolveComposedLang } from '../internal/composed-lang.ts';
import { emit } from '../internal/emit.ts';
import { MUNICIPALITY_COMBOBOX_TEXT } from '../internal/municipality-combobox-locale.ts';
import { loadMunicipalityData, municipalityDataNow } from '../internal/municipality-data.ts';
import { baseStyles } from '../styles/base.ts';
import { formatMergeDate, loadFinderText, nl, type AdviseurFinderText, type DataProblem } from './locale.ts';
import { finderStyles } from './styles.ts';

/** What the finder shows below the search field (or alone, in fixed mode). */
type View =
  | { kind: 'empty' }
  | { kind: 'municipality'; match: MunicipalityMatch }
  | { kind: 'region'; region: Region }
  | { kind: 'no-match'; query: string; suggestions: MunicipalityMatch[]; committed: boolean }
  | { kind: 'invalid'; attribute: 'municipality' | 'region'; value: string; suggestions: MunicipalityMatch[] }
  | { kind: 'unavailable' };

type Data =
  | { status: 'built-in' }
  | { status: 'loading' }
  | { status: 'custom'; advisers: Advisers; index: MunicipalityIndex }
  | { status: 'error'; source: string; problem: DataProblem };

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
 *   cannot be loaded or is invalid, a message says so and the built-in data is used.
 * - `sign-up-href` (`signUpHref`): page with the sign-up form, used by the call to action when no
 *   `<maatwerk-sign-up>` is on this page (`?municipality=GM…` is added). Without both, the call to
 *   action is a prefilled e-mail to the adviser.
 * - `heading-level` (`headingLevel`): level of the result heading, 2-6 (default 2); the adviser's
 *   name is one level lower.
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
  @property({ attribute: 'municipality' }) municipality = '';

  /** Arbeidsmarktregio code (`AM18`) or name: fixed mode with the region's adviser. */
  @property({ attribute: 'region' }) region = '';

  /** URL of replacement advisers JSON (validated; the built-in data is used when it fails). */
  @property({ attribute: 'advisers-src' }) advisersSrc = '';

  /** Sign-up page for the call to action when no `<maatwerk-sign-up>` is on this page. */
  @property({ attribute: 'sign-up-href' }) signUpHref = '';

  /** Level of the result heading (2-6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Language: `nl` or `en`. Without it, the nearest `lang` on the page, else Dutch. */
  @property({ attribute: 'lang', reflect: true }) override lang!: string;

  @state() private view: View = { kind: 'empty' };
  @state() private data: Data = { status: 'built-in' };
  /** The municipality shown in the search field. */
  @state() private picked: MunicipalityMatch | null = null;
  /** Text of the finder's own live region (results after a user action). */
  @state() private announcement = '';
  /** Texts per language; English arrives on demand. */
  @state() private texts: Partial<Record<Lang, AdviseurFinderText>> = { nl };

  private _lang: Lang = 'nl';
  /** Fixed mode is decided by the markup the element starts with; see `municipality`. */
  private _startedFixed: boolean | undefined;
  private _abort: AbortController | undefined;
  private _loadingText = new Set<Lang>();
  /** What the last event was about, so every event matches a change the user can see. */
  private _emitted = '';

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._abort?.abort();
    this._abort = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reconnected after a move in the page: a load that was aborted starts again.
    if (this.hasUpdated && this.advisersSrc && this.data.status === 'loading') void this._load(this.advisersSrc);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const own = trimmed(this.lang).toLowerCase().split('-')[0];
    this._lang = own === 'en' || own === 'nl' ? own : resolveComposedLang(this);
    if (!this.texts[this._lang]) void this._loadText(this._lang);
    this._startedFixed ??= Boolean(trimmed(this.municipality) || trimmed(this.region));
    if (changed.has('advisersSrc')) void this._load(trimmed(this.advisersSrc));
    if (changed.has('municipality') || changed.has('region')) this._applyAttributes();
  }

  protected override updated(): void {
    this._emitForView();
  }

  private get _fixed(): boolean {
    return Boolean(trimmed(this.region)) || (Boolean(this._startedFixed) && Boolean(trimmed(this.municipality)));
  }

  /** Undefined until the built-in data has loaded; every view but `empty` and `unavailable` implies it has. */
  private get _index(): MunicipalityIndex | undefined {
    return this.data.status === 'custom' ? this.data.index : municipalityDataNow()?.getDefaultMunicipalityIndex();
  }

  private get _advisers(): Advisers {
    return this.data.status === 'custom' ? this.data.advisers : municipalityDataNow()!.defaultAdvisers;
  }

  /** The text in the current language (Dutch while another language is on its way). */
  private get _text(): AdviseurFinderText {
    return this.texts[this._lang] ?? nl;
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
        () => (this.view = { kind: 'unavailable' }),
      );
      return;
    }
    if (this._fixed) {
      if (municipality) {
        const result = index.lookup(municipality);
        this.view = result.found
          ? { kind: 'municipality', match: result.match }
          : { kind: 'invalid', attribute: 'municipality', value: municipality, suggestions: closest(index, municipality) };
      } else {
        const found = municipalityDataNow()!.findRegion(index, region);
        this.view = found ? { kind: 'region', region: found } : { kind: 'invalid', attribute: 'region', value: region, suggestions: [] };
      }
      return;
    }
    const result = index.lookup(municipality);
    if (result.found) this._show(result.match);
    else {
      this.picked = null;
      this.view = { kind: 'no-match', query: municipality, suggestions: closest(index, municipality), committed: true };
    }
  }

  private async _loadText(lang: Lang): Promise<void> {
    if (this._loadingText.has(lang)) return;
    this._loadingText.add(lang);
    const text = await loadFinderText(lang).catch(() => nl);
    this.texts = { ...this.texts, [lang]: text };
  }

  private async _load(source: string): Promise<void> {
    this._abort?.abort();
    this._abort = undefined;
    if (!source) {
      this.data = { status: 'built-in' };
      return;
    }
    const controller = new AbortController();
    this._abort = controller;
    this.data = { status: 'loading' };
    const loaded = await Promise.all([loadMunicipalityData(), import('./advisers-source.ts')]).then(
      async ([builtIn, module]) => {
        const result = await module.loadAdvisers(source, builtIn.defaultGeography, this._lang, controller.signal);
        return result.ok ? { ...result, index: builtIn.createIndexWithAdvisers(result.advisers) } : result;
      },
      () => ({ ok: false, problem: { kind: 'network' } }) as const,
    );
    if (controller.signal.aborted) return;
    this._abort = undefined;
    this.data = loaded.ok ? { status: 'custom', advisers: loaded.advisers, index: loaded.index } : { status: 'error', source, problem: loaded.problem };
  }

  private _onSelect(event: CustomEvent<MunicipalitySelectDetail>): void {
    this._show(event.detail.match);
    this._announce(this._text.announceFound(event.detail.match.municipality.name, this._adviserName(event.detail.match.region)));
  }

  private _onClear(): void {
    this.picked = null;
    this.view = { kind: 'empty' };
    this._announce('');
  }

  private _onSearch(event: CustomEvent<MunicipalitySearchDetail>): void {
    const { query, suggestions } = event.detail;
    if (query.trim() && !suggestions.length) {
      this.view = { kind: 'no-match', query: query.trim(), suggestions: closest(this._index!, query), committed: false };
    } else if (this.view.kind === 'no-match') {
      this.view = { kind: 'empty' };
    }
  }

  private _onNotFound(event: CustomEvent<MunicipalityNotFoundDetail>): void {
    const query = event.detail.query.trim();
    const suggestions = event.detail.suggestions.length ? event.detail.suggestions : closest(this._index!, query);
    this.view = { kind: 'no-match', query, suggestions, committed: true };
    this._announce(this._text.announceNotFound(query, suggestions.length));
  }

  private async _onSuggestion(match: MunicipalityMatch): Promise<void> {
    this._show(match);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#result-heading')?.focus();
  }

  /** The call to action: hand the municipality to a sign-up form on this page when there is one. */
  private _onCallToAction(event: Event, code: string | undefined): void {
    const signUp = document.querySelector<HTMLElement>('maatwerk-sign-up');
    if (!signUp) return;
    event.preventDefault();
    if (code) Object.assign(signUp, { municipality: code });
    signUp.focus();
    if (!signUp.matches(':focus-within')) {
      // The form takes no focus itself: make its host a focus target, so keyboard and screen reader users land there.
      if (!signUp.hasAttribute('tabindex')) signUp.setAttribute('tabindex', '-1');
      signUp.focus();
    }
  }

  private _show(match: MunicipalityMatch): void {
    this.picked = match;
    this.view = { kind: 'municipality', match };
  }

  private _announce(message: string): void {
    this.announcement = message;
  }

  private _adviserName(region: Region): string {
    return this._index!.adviserFor(region.code)?.name ?? this._advisers.general.name;
  }

  /** Fires the event for what is visible now, once per change. Cards wait until the advisers data has loaded. */
  private _emitForView(): void {
    const view = this.view;
    let key = '';
    if (this.data.status !== 'loading' && (view.kind === 'municipality' || view.kind === 'region')) {
      const region = view.kind === 'region' ? view.region : view.match.region;
      const adviser = this._index!.adviserFor(region.code) ?? null;
      key = `found ${view.kind === 'municipality' ? view.match.municipality.code : ''} ${region.code} ${adviser?.email ?? ''}`;
      if (key === this._emitted) return;
      this._emitted = key;
      emit<AdviserFoundDetail>(this, ADVISER_FOUND_EVENT, {
        municipality: view.kind === 'municipality' ? view.match.municipality : null,
        region,
        adviser,
        matchedVia: view.kind === 'municipality' ? view.match.kind : 'region',
      });
      return;
    }
    if (view.kind === 'no-match' || view.kind === 'invalid') {
      key = view.kind === 'invalid' ? `invalid ${view.attribute} ${view.value}` : `not-found ${view.committed ? view.query : ''}`;
      if (key === this._emitted) return;
      this._emitted = key;
      emit<AdviserNotFoundDetail>(this, ADVISER_NOT_FOUND_EVENT, { query: view.kind === 'invalid' ? view.value : view.query, suggestions: view.suggestions });
      return;
    }
    this._emitted = key;
  }

  protected override render(): TemplateResult {
    const text = this.texts[this._lang];
    // English text is a small chunk: render once it is there rather than flash Dutch.
    if (!text) return html`<div class="base" part="base"></div>`;
    const fixed = this._fixed;
    return html`<div class="base" part="base" lang=${this._lang}>
      ${this.renderDataStatus(text)}
      ${fixed
        ? nothing
        : html`<maatwerk-municipality-combobox
            exportparts="input, listbox, option"
            lang=${this._lang}
            label=${text.fieldLabel}
            hint=${text.fieldHint}
            .index=${this._index}
            .value=${this.picked}
            @maatwerk-municipality-select=${this._onSelect}
            @maatwerk-municipality-clear=${this._onClear}
            @maatwerk-municipality-search=${this._onSearch}
            @maatwerk-municipality-not-found=${this._onNotFound}
          ></maatwerk-municipality-combobox>`}
      <div class="outcome">${this.renderOutcome(text)}</div>
      ${fixed ? nothing : html`<div class="visually-hidden" role="status">${this.announcement}</div>`}
    </div>`;
  }

  private renderDataStatus(text: AdviseurFinderText): TemplateResult | typeof nothing {
    if (this.data.status === 'loading') return html`<p class="muted" role="status">${text.loading}</p>`;
    if (this.data.status === 'error') {
      return html`<div class="data-error" role="alert">
        <p class="error-text">${sentence(text.dataError(this.data.source, this.data.problem))}</p>
        <p>${text.dataFallback}</p>
      </div>`;
    }
    return nothing;
  }

  private renderOutcome(text: AdviseurFinderText): TemplateResult | typeof nothing {
    const view = this.view;
    switch (view.kind) {
      case 'municipality':
      case 'region':
        return this.data.status === 'loading' ? nothing : this.renderResult(view, text);
      case 'no-match':
        return html`${this.renderHeading(this.headingLevel, text.noMatchHeading)}
          <p>${text.noMatch(view.query)}</p>
          ${this.renderSuggestions(view.suggestions, text)} ${this.renderGeneralContact(text)}`;
      case 'invalid':
        return html`${this.renderHeading(this.headingLevel, view.attribute === 'municipality' ? text.invalidMunicipalityHeading : text.invalidRegionHeading)}
          <p class="error-text">${view.attribute === 'municipality' ? text.invalidMunicipality(view.value) : text.invalidRegion(view.value)}</p>
          ${this.renderSuggestions(view.suggestions, text)} ${this.renderGeneralContact(text)}`;
      case 'unavailable':
        return html`<p class="error-text" role="alert">${MUNICIPALITY_COMBOBOX_TEXT[this._lang].unavailable}</p>`;
      default:
        return nothing;
    }
  }

  private renderResult(view: Extract<View, { kind: 'municipality' | 'region' }>, text: AdviseurFinderText): TemplateResult {
    const match = view.kind === 'municipality' ? view.match : undefined;
    const region = match ? match.region : (view as { region: Region }).region;
    const adviser = this._index!.adviserFor(region.code);
    const level = this.headingLevel;
    const former = match?.kind === 'former' && match.alias ? match.alias : undefined;
    return html`${this.renderHeading(level, match ? match.municipality.name : text.regionHeading(region.name))}
      ${match
        ? html`<p class="muted"><span>${text.region(region.name)}</span><br /><span>${text.province(match.municipality.province)}</span></p>`
        : nothing}
      ${former
        ? html`<p class="note">${text.merged(former.name, formatMergeDate(former.until, this._lang), match!.municipality.name)}</p>`
        : nothing}
      ${adviser ? this.renderCard(adviser, level + 1, text) : this.renderNoAdviser(level + 1, text)}
      ${this.renderCallToAction(adviser, match?.municipality, text)}`;
  }

  private renderCard(adviser: Adviser, level: number, text: AdviseurFinderText): TemplateResult {
    return html`<div class="card" part="card">
      ${adviser.photoUrl
        ? html`<img class="photo" part="photo" src=${adviser.photoUrl} alt="" width="96" height="96" referrerpolicy="no-referrer" />`
        : nothing}
      <div class="card__body">
        ${this.renderHeading(level, html`<span class="eyebrow">${text.yourAdviser}</span>${adviser.name}`, '')}
        <p>${adviser.role}</p>
        ${this.renderContactList(adviser, text)} ${this.renderExampleNote(text)}
      </div>
    </div>`;
  }

  private renderNoAdviser(level: number, text: AdviseurFinderText): TemplateResult {
    const general = this._advisers.general;
    return html`<div class="card" part="card">
      <div class="card__body">
        ${this.renderHeading(level, html`<span class="eyebrow">${text.contact}</span>${general.name}`, '')}
        <p>${text.noAdviser}</p>
        ${this.renderContactList(general, text)} ${this.renderExampleNote(text)}
      </div>
    </div>`;
  }

  private renderContactList(contact: Pick<GeneralContact, 'email' | 'phone' | 'url'>, text: AdviseurFinderText): TemplateResult {
    return html`<dl class="contact">
      <dt>${text.email}</dt>
      <dd><a href="mailto:${contact.email}">${contact.email}</a></dd>
      ${contact.phone ? html`<dt>${text.phone}</dt><dd><a href="tel:${contact.phone.replace(/[^\d+]/g, '')}">${contact.phone}</a></dd>` : nothing}
      ${contact.url && /^https?:\/\//.test(contact.url)
        ? html`<dt>${text.website}</dt><dd><a href=${contact.url}>${contact.url.replace(/^https?:\/\//, '')}</a></dd>`
        : nothing}
    </dl>`;
  }

  private renderCallToAction(adviser: Adviser | undefined, municipality: { code: string; name: string } | undefined, text: AdviseurFinderText): TemplateResult {
    const code = municipality?.code;
    const onClick = (event: Event) => this._onCallToAction(event, code);
    if (document.querySelector('maatwerk-sign-up')) {
      return html`<div class="cta"><button type="button" class="button" part="cta" @click=${onClick}>${text.cta}</button></div>`;
    }
    const href = signUpUrl(trimmed(this.signUpHref), code);
    if (href) return html`<div class="cta"><a class="button" part="cta" href=${href} @click=${onClick}>${text.cta}</a></div>`;
    const to = adviser ?? this._advisers.general;
    const mail = `mailto:${to.email}?subject=${encodeURIComponent(text.mailSubject(municipality?.name))}&body=${encodeURIComponent(
      text.mailBody(to.name, municipality?.name),
    )}`;
    return html`<div class="cta">
      <a class="button" part="cta" href=${mail} @click=${onClick}>${text.cta}</a>
      <p class="muted">${text.ctaMail(to.name)}</p>
    </div>`;
  }

  private renderSuggestions(suggestions: MunicipalityMatch[], text: AdviseurFinderText): TemplateResult | typeof nothing {
    if (!suggestions.length) return nothing;
    return html`<p>${text.didYouMean}</p>
      <ul class="suggestions">
        ${suggestions.map(
          (match) =>
            html`<li>
              <button type="button" class="button button--secondary" @click=${() => this._onSuggestion(match)}>
                ${text.suggestion(match.municipality.name, match.municipality.province)}
              </button>
            </li>`,
        )}
      </ul>`;
  }

  private renderGeneralContact(text: AdviseurFinderText): TemplateResult {
    const general = this._advisers.general;
    return html`<p>${text.generalContact(general.name)}</p>
      ${this.renderContactList(general, text)} ${this.renderExampleNote(text)}`;
  }

  /** Example data is fictional: say so next to every name and address taken from it. */
  private renderExampleNote(text: AdviseurFinderText): TemplateResult | typeof nothing {
    return this._advisers.example ? html`<p class="example">${text.example}</p>` : nothing;
  }

  /** A real heading at the configured level; the result heading takes focus after a suggestion is picked. */
  private renderHeading(level: number, content: unknown, id = 'result-heading'): TemplateResult {
    const at = Math.min(6, Math.max(2, Math.round(level) || 2));
    const tabindex = id ? '-1' : nothing;
    switch (at) {
      case 2:
        return html`<h2 id=${id || nothing} tabindex=${tabindex}>${content}</h2>`;
      case 3:
        return html`<h3 id=${id || nothing} tabindex=${tabindex}>${content}</h3>`;
      case 4:
        return html`<h4 id=${id || nothing} tabindex=${tabindex}>${content}</h4>`;
      case 5:
        return html`<h5 id=${id || nothing} tabindex=${tabindex}>${content}</h5>`;
      default:
        return html`<h6 id=${id || nothing} tabindex=${tabindex}>${content}</h6>`;
    }
  }
}

/** Attribute values may be set to anything from script: never let that throw. */
const trimmed = (value: unknown) => (value == null ? '' : String(value).trim());

/** Ends a message with a full stop unless it has one. */
const sentence = (message: string) => (/[.!?]$/.test(message) ? message : `${message}.`);

/** The closest municipalities for text that matches nothing: shorten it until something matches. */
function closest(index: MunicipalityIndex, query: string): MunicipalityMatch[] {
  for (let text = query.trim(); text.length >= 2; text = text.slice(0, -1)) {
    const found = index.search(text, 5);
    if (found.length) return found;
  }
  return [];
}

/** `sign-up-href` with `?municipality=GM…`, or undefined when it is missing or not an http(s) URL. */
function signUpUrl(href: string, code: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, document.baseURI);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    if (code) url.searchParams.set('municipality', code);
    return url.href;
  } catch {
    return undefined;
  }
}
