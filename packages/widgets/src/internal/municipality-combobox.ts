import type { MunicipalityIndex, MunicipalityMatch } from '@maatwerk/model';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  MUNICIPALITY_CLEAR_EVENT,
  MUNICIPALITY_NOT_FOUND_EVENT,
  MUNICIPALITY_SEARCH_EVENT,
  MUNICIPALITY_SELECT_EVENT,
} from '../events/municipality-combobox.ts';
import { LocaleController } from './controllers/locale.ts';
import { defineInternalElement } from './define.ts';
import { emit } from './emit.ts';
import { COMBOBOX_TEXT, type MunicipalityComboboxText } from './municipality-combobox-locale.ts';
import { loadMunicipalityData, municipalityDataNow } from './municipality-data.ts';
import { comboboxStyles } from './municipality-combobox-styles.ts';
import { renderOption } from './municipality-combobox-view.ts';

/** The typeahead's events stay inside the element that renders it (not `composed`): nobody else needs every keystroke. */
const INTERNAL = { composed: false };

/** How long the live region waits after the last key stroke before it announces the number of suggestions. */
const ANNOUNCE_DELAY_MS = 250;

/**
 * The shared municipality typeahead: a text field that follows the WAI-ARIA 1.2 combobox pattern
 * with a listbox popup and list autocomplete (APG "combobox with list autocomplete"). The matching
 * is done by the model's `MunicipalityIndex` (names, CBS codes, former municipalities, other
 * spellings, small typos); this element only shows and picks.
 *
 * Without an `index` it searches the built-in municipalities, which load on first use (when the
 * field gets focus): text typed, Enter pressed or the field left before they are there is handled
 * as soon as they arrive. If they cannot be loaded, the field says so (as its error message).
 *
 * Internal building block of `<maatwerk-adviseur-finder>` and `<maatwerk-sign-up>`. It is not
 * registered by itself: an element that renders it calls `defineMunicipalityCombobox()` in its
 * define.ts and writes the template that holds it with `comboboxHtml` instead of `html`: each bundle
 * on a page gets its own registration (see `defineInternalElement`), and its templates its tag.
 *
 * It renders its own `<label>`, hint and error message, because a label and a description must
 * live in the same shadow root as the input they describe.
 *
 * Keyboard (focus stays in the text field; the active option is shown with `aria-activedescendant`):
 * - typing searches and opens the list when there are suggestions; a polite live region announces
 *   "8 suggesties beschikbaar" or "Geen gemeente gevonden";
 * - ArrowDown / ArrowUp move through the options (wrapping), opening the list when closed;
 *   Alt+ArrowDown opens it without moving;
 * - Enter picks the active option; with no active option, Enter picks the municipality the text
 *   names exactly (name, code, former name or other spelling), else fires `maatwerk-municipality-not-found`;
 * - Escape closes the list; on a closed list it clears the text (and the choice);
 * - Home / End move the caret in the text field and leave the list;
 * - Tab leaves the field without picking the active option (APG). Leaving the field on text that
 *   names exactly one municipality (e.g. "Borne") picks it, so a typed full name is never lost.
 * Mouse: a click on an option picks it.
 *
 * Usage from another element's template:
 * ```ts
 * comboboxHtml`<maatwerk-municipality-combobox
 *   lang=${lang} label="Gemeente" required
 *   .error=${this.municipalityError} .value=${this.match}
 *   @maatwerk-municipality-select=${(e) => (this.match = e.detail.match)}
 *   @maatwerk-municipality-clear=${() => (this.match = null)}></maatwerk-municipality-combobox>`
 * ```
 * It is form-associated: inside a `<form>` in the same tree it submits the CBS code under `name`.
 *
 * @tagname maatwerk-municipality-combobox
 * @summary Municipality typeahead (WAI-ARIA 1.2 combobox with a listbox popup).
 *
 * @fires maatwerk-municipality-select - A municipality was picked. `detail: { match: MunicipalityMatch }`.
 * @fires maatwerk-municipality-clear - The picked municipality was removed (text edited or cleared). `detail: {}`.
 * @fires maatwerk-municipality-search - The suggestions changed as the user typed. `detail: { query, suggestions }`; empty `suggestions` means nothing matches.
 * @fires maatwerk-municipality-not-found - Enter on text that names no single municipality. `detail: { query, suggestions }` with the closest matches.
 *
 * @csspart base - The wrapper around label, field and list.
 * @csspart label - The label.
 * @csspart input - The text field.
 * @csspart listbox - The list of suggestions.
 * @csspart option - One suggestion.
 *
 * @cssproperty --maatwerk-municipality-combobox-list-max-block-size - Height after which the list scrolls (default `20em`).
 * @cssproperty --maatwerk-municipality-combobox-option-active-background - Background of the active option (default: the primary colour).
 * @cssproperty --maatwerk-municipality-combobox-option-active-color - Text colour of the active option (default: the primary text colour).
 */
export class MaatwerkMunicipalityCombobox extends LitElement {
  static formAssociated = true;

  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override styles = comboboxStyles;

  /** The municipality index to search (share one per page). Defaults to the built-in data, loaded on first use. */
  @property({ attribute: false }) index: MunicipalityIndex | undefined;

  /** Language of the texts: `nl` or `en`. Without it, the nearest `lang` (also across shadow roots), else Dutch. */
  @property({ attribute: 'lang', reflect: true }) override lang!: string;

  /** The picked municipality, or null. Setting it shows the municipality's name in the field. */
  @property({ attribute: false }) value: MunicipalityMatch | null = null;

  /** Form field name: the element submits the picked municipality's CBS code under it. */
  @property({ attribute: 'name', reflect: true }) name: string | undefined;

  /** Visible label of the field. Defaults to "Gemeente" / "Municipality". */
  @property({ attribute: 'label' }) label = '';

  /** Optional hint below the label (linked with `aria-describedby`). */
  @property({ attribute: 'hint' }) hint = '';

  /** Error message; when set the field gets `aria-invalid="true"` and is described by the message. */
  @property({ attribute: 'error' }) error = '';

  /** Marks the field as required (visible in the label and as `aria-required`). */
  @property({ attribute: 'required', type: Boolean, reflect: true }) required = false;

  /** Disables the field. */
  @property({ attribute: 'disabled', type: Boolean, reflect: true }) disabled = false;

  /** Maximum number of suggestions shown. */
  @property({ attribute: 'limit', type: Number }) limit = 8;

  /** The text in the field. */
  @state() private _query = '';
  @state() private _suggestions: MunicipalityMatch[] = [];
  @state() private _open = false;
  /** Index of the option with visual focus, -1 for none. */
  @state() private _activeIndex = -1;
  /** Text of the live region. */
  @state() private _announcement = '';
  /** The built-in data could not be loaded. */
  @state() private _unavailable = false;

  private _internals = this.attachInternals();
  /** The last value this element set or showed, to tell a value set from outside apart. */
  private _shownValue: MunicipalityMatch | null | undefined;
  private _announceTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly _locale = new LocaleController(this, COMBOBOX_TEXT);
  /** What the user did before the built-in data was there, to do once it is: search, or pick the typed name on leaving the field or on Enter. */
  private _waiting: 'search' | 'leave' | 'enter' | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._announceTimer);
  }

  /** Called by the browser when the surrounding form resets. */
  formResetCallback(): void {
    this._clear(true);
  }

  /** Moves keyboard focus to the text field. */
  override focus(options?: FocusOptions): void {
    const input = this._input;
    if (input) input.focus(options);
    else void this.updateComplete.then(() => this._input?.focus(options));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value') && this.value !== this._shownValue) {
      // Set from outside: show it, close any open list.
      this._shownValue = this.value;
      this._query = this.value?.municipality.name ?? '';
      this._close();
      this._suggestions = [];
    }
    if (changed.has('value')) this._internals.setFormValue(this.value?.municipality.code ?? null);
    if (changed.has('index') && this.index) {
      if (this._waiting) this._catchUp();
      else if (changed.get('index') !== undefined && this._open) this._search(this._query);
    }
  }

  protected override updated(changed: PropertyValues): void {
    // The field shows `query`, also when what it shows was typed since (what Lit's `live()` does, at a fraction of its size).
    const input = this._input;
    if (input && input.value !== this._query) input.value = this._query;
    if (changed.has('_activeIndex') && this._activeIndex >= 0) {
      this.renderRoot.querySelector(`#option-${this._activeIndex}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  private get _input(): HTMLInputElement | null {
    return this.renderRoot?.querySelector('input') ?? null;
  }

  private get _index(): MunicipalityIndex | undefined {
    return this.index ?? municipalityDataNow()?.getDefaultMunicipalityIndex();
  }

  private get _text(): MunicipalityComboboxText {
    return this._locale.textOrDutch;
  }

  /** Without an `index`, the built-in data loads on first use. */
  private _loadData(): void {
    if (this._index) return;
    loadMunicipalityData().then(
      () => {
        this._unavailable = false;
        this._catchUp();
      },
      () => (this._unavailable = true),
    );
  }

  /** The data has arrived: do what the user asked for meanwhile. */
  private _catchUp(): void {
    const waiting = this._waiting;
    this._waiting = undefined;
    if (waiting === 'search') this._search(this._query);
    else if (waiting) this._commitText(waiting === 'enter');
  }

  private _onInput(event: Event): void {
    this._query = (event.target as HTMLInputElement).value;
    if (this.value) {
      this._setValue(null);
      emit(this, MUNICIPALITY_CLEAR_EVENT, {}, INTERNAL);
    }
    this._search(this._query);
  }

  private _onKeydown(event: KeyboardEvent): void {
    const count = this._suggestions.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!this._open && !count && this._query.trim()) this._search(this._query);
        const total = this._suggestions.length;
        if (!total) return;
        event.preventDefault();
        const down = event.key === 'ArrowDown';
        if (!this._open) {
          this._open = true;
          this._activeIndex = event.altKey ? -1 : down ? 0 : total - 1;
        } else if (!event.altKey) {
          this._activeIndex = down
            ? (this._activeIndex + 1) % total
            : this._activeIndex <= 0
              ? total - 1
              : this._activeIndex - 1;
        }
        return;
      }
      case 'Enter': {
        const active = this._open ? this._suggestions[this._activeIndex] : undefined;
        if (active) {
          event.preventDefault();
          this._select(active);
        } else if (this._query.trim() && !this.value) {
          event.preventDefault();
          this._commitText(true);
        }
        return;
      }
      case 'Escape':
        if (this._open) {
          event.preventDefault();
          this._close();
        } else if (this._query) {
          event.preventDefault();
          this._clear(true);
        }
        return;
      case 'Home':
      case 'End':
        // The caret moves in the text field (default action); visual focus returns to it.
        this._activeIndex = -1;
        return;
      case 'Tab':
        this._close();
        return;
    }
  }

  private _onBlur(): void {
    this._close();
    if (this._query.trim() && !this.value) this._commitText(false);
  }

  private _onInputClick(): void {
    if (!this._open && !this.value && this._suggestions.length) this._open = true;
  }

  private _onListMousedown(event: MouseEvent): void {
    // Keep focus (and the caret) in the text field while the pointer picks an option.
    event.preventDefault();
  }

  private _onListClick(event: MouseEvent): void {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    const match = option ? this._suggestions[Number(option.dataset.index)] : undefined;
    if (match) {
      this._select(match);
      this._input?.focus();
    }
  }

  private _search(query: string): void {
    const trimmed = query.trim();
    const index = this._index;
    this._waiting = trimmed && !index ? 'search' : undefined;
    if (this._waiting) return this._loadData();
    const suggestions = trimmed ? index!.search(trimmed, this.limit) : [];
    this._suggestions = suggestions;
    this._activeIndex = -1;
    this._open = suggestions.length > 0;
    const text = this._text;
    this._announce(trimmed ? (suggestions.length ? text.count(suggestions.length) : text.noResults) : '');
    emit(this, MUNICIPALITY_SEARCH_EVENT, { query, suggestions }, INTERNAL);
  }

  /** The text names one municipality exactly: pick it. Otherwise (on Enter) report the closest ones. */
  private _commitText(reportNotFound: boolean): void {
    const index = this._index;
    if (!index) {
      this._waiting = reportNotFound ? 'enter' : 'leave';
      return this._loadData();
    }
    const result = index.lookup(this._query.trim());
    if (result.found) {
      this._select(result.match);
    } else if (reportNotFound) {
      this._close();
      emit(this, MUNICIPALITY_NOT_FOUND_EVENT, { query: this._query, suggestions: result.suggestions }, INTERNAL);
    }
  }

  private _select(match: MunicipalityMatch): void {
    this._setValue(match);
    this._query = match.municipality.name;
    this._suggestions = [];
    this._close();
    this._announce('');
    emit(this, MUNICIPALITY_SELECT_EVENT, { match }, INTERNAL);
  }

  private _clear(notify: boolean): void {
    const had = this.value;
    this._query = '';
    this._suggestions = [];
    this._close();
    this._announce('');
    this._setValue(null);
    if (had && notify) emit(this, MUNICIPALITY_CLEAR_EVENT, {}, INTERNAL);
  }

  private _close(): void {
    this._open = false;
    this._activeIndex = -1;
  }

  private _setValue(match: MunicipalityMatch | null): void {
    this._shownValue = match;
    this.value = match;
    this._internals.setFormValue(match?.municipality.code ?? null);
  }

  /** Empties the live region now and fills it after a pause, so each new count is read once. */
  private _announce(message: string): void {
    clearTimeout(this._announceTimer);
    this._announcement = '';
    if (message) this._announceTimer = setTimeout(() => (this._announcement = message), ANNOUNCE_DELAY_MS);
  }

  /* eslint-disable lit-a11y/click-events-have-key-events -- the keys are handled on the input: focus stays in the field (APG combobox) */
  protected override render(): TemplateResult {
    const text = this._text;
    const error = this.error || (this._unavailable ? text.unavailable : '');
    const describedBy = [this.hint && 'hint', error && 'error'].filter(Boolean).join(' ');
    const active = this._open && this._activeIndex >= 0 ? `option-${this._activeIndex}` : '';
    return html`<div class="base field" part="base">
      <label id="label" for="input" part="label"
        >${this.label || text.label}${this.required ? html` <span class="required">${text.required}</span>` : nothing}</label
      >
      ${this.hint ? html`<p id="hint" class="hint">${this.hint}</p>` : nothing}
      ${error ? html`<p id="error" class="error-text">${error}</p>` : nothing}
      <input
        id="input"
        class="input"
        part="input"
        type="text"
        role="combobox"
        aria-labelledby="label"
        autocomplete="off"
        autocapitalize="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-controls="listbox"
        aria-expanded=${this._open ? 'true' : 'false'}
        aria-activedescendant=${active || nothing}
        aria-describedby=${describedBy || nothing}
        aria-invalid=${error ? 'true' : nothing}
        aria-required=${this.required ? 'true' : nothing}
        ?disabled=${this.disabled}
        @input=${this._onInput}
        @keydown=${this._onKeydown}
        @focus=${this._loadData}
        @blur=${this._onBlur}
        @click=${this._onInputClick}
      />
      <ul
        id="listbox"
        part="listbox"
        class="listbox"
        role="listbox"
        aria-labelledby="label"
        ?hidden=${!this._open}
        @mousedown=${this._onListMousedown}
        @click=${this._onListClick}
      >
        ${this._open
          ? this._suggestions.map((match, index) => renderOption(match, index, index === this._activeIndex, text))
          : nothing}
      </ul>
      <div class="visually-hidden" role="status">${this._announcement}</div>
    </div>`;
  }

  /* eslint-enable lit-a11y/click-events-have-key-events */
}

const BASE_TAG = 'maatwerk-municipality-combobox';
let comboboxTag: string | undefined;

/**
 * Registers the combobox as `<maatwerk-municipality-combobox>`, or under the first free numbered
 * name when another bundle on the page holds that one (its data would not be this bundle's).
 */
export function defineMunicipalityCombobox(): string {
  return (comboboxTag ??= defineInternalElement(BASE_TAG, MaatwerkMunicipalityCombobox));
}

const scopedStrings = new WeakMap<TemplateStringsArray, TemplateStringsArray>();

/**
 * Lit's `html`, with `maatwerk-municipality-combobox` in the template replaced by the tag this copy
 * of the code registered. The rewritten strings are made once per template, so Lit caches as usual.
 */
export function comboboxHtml(strings: TemplateStringsArray, ...values: unknown[]): TemplateResult {
  let scoped = scopedStrings.get(strings);
  if (!scoped) {
    const tag = defineMunicipalityCombobox();
    const swapped = strings.map((part) => part.replaceAll(BASE_TAG, tag));
    scoped = Object.assign(swapped, { raw: swapped }) as unknown as TemplateStringsArray;
    scopedStrings.set(strings, scoped);
  }
  return html(scoped, ...values);
}

declare global {
  interface HTMLElementTagNameMap {
    'maatwerk-municipality-combobox': MaatwerkMunicipalityCombobox;
  }
}
