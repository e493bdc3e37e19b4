import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { DataIssue, Lang } from '@maatwerk/model';
import { changesIn, describePath, type Change } from './diff.ts';
import { checkDoc, documentData, editionDocs, fieldId, geography, getAt, parsePath, publishedDocs, SCHEMAS, setAt, type Docs, type Path } from './documents.ts';
import { buildZip, download, openFile } from './files.ts';
import { applyListOp, renderDocument, schemaAt, type Choice, type FormContext, type ListOp } from './form.ts';
import { DOC_FILES, DOC_KEYS, labelsFor, type DocKey, type Labels } from './labels.ts';
import './pdf-view.ts';
import { PREVIEW_DELAY_MS, PreviewRenderer, type PreviewResult } from './preview.ts';
import { fetchPublished, type Published } from './publish.ts';
import './publish-panel.ts';
import { discardDraft, loadDraft, saveDraft } from './storage.ts';
import { studioStyles } from './styles.ts';

/** How long after the last edit the draft is written to IndexedDB. */
const DRAFT_DELAY_MS = 400;
/** How long typing must pause before the document is checked and the form re-rendered. */
const CHECK_DELAY_MS = 150;

interface Preview {
  pdf: Blob;
  html: string;
  /** Which edition it shows: "nl" or "en", and a region code or "". */
  edition: string;
  ms: number;
}

/**
 * The kennisblad studio: forms over the model data, a live preview, "what changed", download and
 * reopen, drafts kept in the browser.
 *
 * Timings for the benchmark: `performance.mark('studio:preview-rendered')` when the worker's render
 * arrives (its `detail.renderMs`: how long the worker took), `studio:pdf-opened` when pdf.js has
 * parsed it (pdf-view.ts), `studio:preview-updated` when the new preview is on screen (for the PDF:
 * when its pages are painted).
 */
@customElement('maatwerk-studio')
export class MaatwerkStudio extends LitElement {
  static override styles = studioStyles;

  @state() private _uiLang: Lang = document.documentElement.lang === 'en' ? 'en' : 'nl';
  @state() private _docs: Docs = publishedDocs();
  @state() private _current: DocKey = 'trajectNl';
  @state() private _issues = {} as Record<DocKey, DataIssue[]>;
  @state() private _changes = {} as Record<DocKey, Change[]>;
  @state() private _editionLang: Lang = 'nl';
  @state() private _region = '';
  @state() private _show: 'pdf' | 'html' = 'pdf';
  @state() private _preview: Preview | undefined;
  @state() private _rendering = false;
  @state() private _previewError = '';
  @state() private _notice = '';
  @state() private _ready = false;
  /** The version on the website (0: no receiver behind this studio; then the shipped data is the baseline). */
  @state() private _publishedVersion = 0;

  private _published = publishedDocs();
  private readonly _renderer = new PreviewRenderer((result) => this._showPreview(result));
  private _draftTimer: ReturnType<typeof setTimeout> | undefined;
  private _checkTimer: ReturnType<typeof setTimeout> | undefined;
  /** The document edited since the last check, if any. */
  private _pending: DocKey | undefined;
  /** Counts the form's re-renders: after a check that changed its messages or its structure, or a change of document or language; never for the preview's comings and goings. */
  private _checks = 0;
  /** The pending edit changed what the form shows beyond the edited control itself (a list item's title, a figure choice). */
  private _formStale = false;

  private get _labels(): Labels {
    return labelsFor(this._uiLang);
  }

  override async connectedCallback(): Promise<void> {
    super.connectedCallback();
    const [published, draft] = await Promise.all([fetchPublished(), loadDraft()]);
    if (published) {
      this._published = published.docs;
      this._publishedVersion = published.version;
    }
    this._docs = structuredClone(this._published);
    if (draft) {
      this._docs = { ...this._docs, ...draft.docs };
      const time = new Date(draft.savedAt).toLocaleString(this._uiLang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
      this._notice = this._labels.ui('draftRestored', { time });
    }
    this._recheck();
    this._ready = true;
    this._schedulePreview(0);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._renderer.dispose();
  }

  // ---- data ----

  /**
   * Checks documents again. The form (hundreds of fields, a long task to re-render) re-renders only
   * when `formChanged` or a message came or went: while typing, the control already shows its text.
   */
  private _recheck(keys: readonly DocKey[] = DOC_KEYS, formChanged = true): void {
    const issues = { ...this._issues };
    const changes = { ...this._changes };
    let messagesChanged = false;
    for (const key of keys) {
      issues[key] = checkDoc(key, this._docs[key], this._uiLang);
      changes[key] = changesIn(key, this._published[key], this._docs[key], this._labels);
      messagesChanged ||= !sameIssues(issues[key], this._issues[key]);
    }
    this._issues = issues;
    this._changes = changes;
    if (formChanged || messagesChanged) this._checks++;
  }

  /**
   * After an edit. While the user types nothing else runs: the input shows its own text, so checking,
   * "what changed" and the re-render wait for a pause of CHECK_DELAY_MS (one render per pause instead
   * of one per key). List operations (`immediately`) change the form's structure and render at once.
   */
  private _edited(key: DocKey, immediately = false, path?: Path): void {
    if (editionDocs(this._editionLang).includes(key)) this._renderer.edited();
    if (this._pending && this._pending !== key) this._settle(this._pending);
    clearTimeout(this._checkTimer);
    this._pending = key;
    // Inside a list, an item's id, name or figure text also shows in its title or in a choice elsewhere.
    this._formStale ||= immediately || !path || path.some((part) => typeof part === 'number');
    if (immediately) return this._settle(key);
    this._checkTimer = setTimeout(() => this._settle(key), CHECK_DELAY_MS);
  }

  /** Leaving the form (to a button, by Tab or by pointer) checks at once: nothing acts on unchecked data. */
  private _flushEdits(): void {
    if (this._pending) this._settle(this._pending);
  }

  private _settle(key: DocKey): void {
    clearTimeout(this._checkTimer);
    this._pending = undefined;
    this._recheck([key], this._formStale);
    this._formStale = false;
    clearTimeout(this._draftTimer);
    this._draftTimer = setTimeout(() => {
      saveDraft(this._docs).then(
        () => (this._notice = this._labels.ui('draftSaved')),
        () => undefined,
      );
    }, DRAFT_DELAY_MS);
    if (editionDocs(this._editionLang).includes(key)) this._schedulePreview(PREVIEW_DELAY_MS - CHECK_DELAY_MS);
  }

  private get _allIssues(): { doc: DocKey; issue: DataIssue }[] {
    return DOC_KEYS.flatMap((doc) => (this._issues[doc] ?? []).map((issue) => ({ doc, issue })));
  }

  private _formContext(key: DocKey): FormContext {
    const data = this._docs[key];
    const issues = new Map<string, string[]>();
    for (const issue of this._issues[key] ?? []) issues.set(issue.path, [...(issues.get(issue.path) ?? []), issue.message]);
    return {
      doc: key,
      root: SCHEMAS[key],
      data,
      labels: this._labels,
      issues,
      choices: (path, field) => this._choices(key, path, field),
      edit: (path, value) => {
        setAt(data, path, value);
        this._edited(key, false, path);
      },
      list: (path, op, index) => this._listOp(key, path, op, index),
    };
  }

  /** Fixed values: figure ids in a section, regions of advisers, the quick scan's own ids. */
  private _choices(key: DocKey, path: Path, field: string): Choice[] | undefined {
    const data = this._docs[key] as Record<string, unknown>;
    if ((key === 'trajectNl' || key === 'trajectEn') && path.length === 3 && path[1] === 'figures') {
      return ((data.figures as { id: string; display: string }[]) ?? []).map((figure) => ({ value: figure.id, label: `${figure.display}: ${figure.id}` }));
    }
    if (key === 'advisers' && field === 'region') {
      return geography.regions.map((region) => ({ value: region.code, label: `${region.code} ${region.name}` }));
    }
    const plural: Record<string, string> = { domain: 'domains', level: 'levels', factor: 'factors', phase: 'phases' };
    if ((key === 'contentNl' || key === 'contentEn') && plural[field] && (path[0] === 'statements' || path[0] === 'actions')) {
      return ((data[plural[field]!] as { id: string; name: string }[]) ?? []).map((item) => ({ value: item.id, label: item.name }));
    }
    return undefined;
  }

  private async _listOp(key: DocKey, path: Path, op: ListOp, index?: number): Promise<void> {
    const items = getAt(this._docs[key], path) as unknown[];
    const focusIndex = applyListOp(SCHEMAS[key], schemaAt(SCHEMAS[key], path), items, op, index);
    this._edited(key, true);
    await this.updateComplete;
    // Keep the keyboard user in place: on the moved or new item, or the list after a removal.
    const item = focusIndex >= 0 ? [...path, focusIndex] : path;
    const target = this.renderRoot.querySelector<HTMLElement>(`#${fieldId(key, item)}`) ?? this.renderRoot.querySelector<HTMLElement>(`#${fieldId(key, path)}`);
    if (op === 'add' && target) {
      (target.querySelector<HTMLElement>('input, textarea, select') ?? target).focus();
    } else {
      const button = target?.querySelector<HTMLElement>(`.item-tools button${op === 'up' ? '' : op === 'down' ? ':nth-child(2)' : ''}`);
      (button && !button.hasAttribute('disabled') ? button : target)?.focus();
    }
  }

  // ---- preview ----

  private _previewBlocked(): boolean {
    return editionDocs(this._editionLang).some((key) => (this._issues[key] ?? []).length > 0);
  }

  private _schedulePreview(delay?: number): void {
    if (this._previewBlocked()) {
      this._renderer.cancel();
      this._preview = undefined;
      this._rendering = false;
      return;
    }
    this._rendering = true;
    const lang = this._editionLang;
    this._renderer.schedule(() => documentData(this._docs, lang), this._region || undefined, delay);
  }

  private _showPreview(result: PreviewResult): void {
    this._rendering = false;
    if (!result.ok) {
      this._previewError = result.error;
      this._preview = undefined;
      return;
    }
    this._previewError = '';
    this._preview = { pdf: result.pdf, html: result.html, edition: `${this._editionLang}${this._region}`, ms: result.ms };
    performance.mark('studio:preview-rendered', { detail: { renderMs: result.ms } });
    // The PDF view marks the moment its pages are painted (_previewShown); the HTML twin shows at once.
    if (this._show === 'html') this._previewShown();
  }

  private _previewShown(): void {
    performance.mark('studio:preview-updated');
  }

  // ---- download, open, draft ----

  private get _fileStem(): string {
    return `kennisblad${this._region ? `-${this._region}` : ''}${this._editionLang === 'en' ? '.en' : ''}`;
  }

  private _downloadBlocked(): boolean {
    return this._allIssues.length > 0 || !this._preview || this._rendering;
  }

  private async _downloadClicked(kind: 'zip' | 'pdf' | 'html'): Promise<void> {
    if (this._downloadBlocked() || !this._preview) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#summary, #download-status')?.focus();
      return;
    }
    const { pdf, html: twin } = this._preview;
    if (kind === 'pdf') return download(`${this._fileStem}.pdf`, pdf);
    if (kind === 'html') return download(`${this._fileStem}.html`, new Blob([twin], { type: 'text/html;charset=utf-8' }));
    const zip = buildZip(this._docs, {
      [`${this._fileStem}.pdf`]: new Uint8Array(await pdf.arrayBuffer()),
      [`${this._fileStem}.html`]: new TextEncoder().encode(twin),
    });
    download('kennisblad-studio.zip', new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
  }

  private async _openChosen(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const opened = openFile(file.name, new Uint8Array(await file.arrayBuffer()));
    input.value = '';
    if (!opened.ok) {
      const error = opened.reason === 'json' ? this._labels.ui('openBadJson', { name: opened.name }) : this._labels.ui('openNothing');
      this._notice = this._labels.ui('openFailed', { file: file.name, error });
      return;
    }
    this._docs = { ...this._docs, ...opened.docs };
    this._recheck();
    this._notice = this._labels.ui('opened', { file: file.name });
    await saveDraft(this._docs).catch(() => undefined);
    this._schedulePreview(0);
  }

  private async _discard(): Promise<void> {
    if (!confirm(this._labels.ui('discardConfirm'))) return;
    await discardDraft().catch(() => undefined);
    clearTimeout(this._draftTimer);
    this._docs = structuredClone(this._published);
    this._recheck();
    this._notice = this._labels.ui('discarded');
    this._schedulePreview(0);
  }

  /** A new version is on the website (published from here, or an older one restored): it is the new baseline, and the draft is done. */
  private async _publishedChanged(event: CustomEvent<Published>): Promise<void> {
    clearTimeout(this._draftTimer);
    await discardDraft().catch(() => undefined);
    this._published = event.detail.docs;
    this._publishedVersion = event.detail.version;
    this._docs = structuredClone(this._published);
    this._recheck();
    this._schedulePreview(0);
  }

  private _switchLanguage(): void {
    this._uiLang = this._uiLang === 'nl' ? 'en' : 'nl';
    document.documentElement.lang = this._uiLang;
    this._recheck();
  }

  /** Shadow DOM hides ids from fragment links: move to the field (or the form) by hand. */
  private _goTo(event: Event, doc: DocKey, id: string): void {
    event.preventDefault();
    this._current = doc;
    this.updateComplete.then(() => {
      const target = this.renderRoot.querySelector<HTMLElement>(`#${id}`) ?? this.renderRoot.querySelector<HTMLElement>('#form');
      target?.scrollIntoView({ block: 'center' });
      target?.focus();
    });
  }

  // ---- render ----

  override render(): TemplateResult {
    const t = this._labels;
    return html`
      <a class="skip" href="#form" @click=${(event: Event) => this._goTo(event, this._current, 'form')}>${t.ui('skip')}</a>
      <header>
        <div>
          <h1>${t.ui('title')}</h1>
          <p>${t.ui('intro')}</p>
        </div>
        <button type="button" lang=${this._uiLang === 'nl' ? 'en' : 'nl'} aria-label=${t.ui('switchLanguageLabel')} @click=${this._switchLanguage}>${t.ui('switchLanguage')}</button>
      </header>
      <main>
        <section class="editor" aria-labelledby="form-heading">
          <h2 id="form-heading" class="visually-hidden">${t.ui('form')}</h2>
          <nav aria-label=${t.ui('files')}>
            <ul class="docs">
              ${DOC_KEYS.map((key) => {
                const count = this._issues[key]?.length ?? 0;
                return html`<li><button type="button" aria-current=${this._current === key ? 'true' : 'false'} @click=${() => (this._current = key)}>
                  ${t.doc(key)}${count ? html`<span class="count">${count}<span class="visually-hidden"> ${this._uiLang === 'nl' ? 'fouten' : 'errors'}</span></span>` : nothing}
                </button></li>`;
              })}
            </ul>
          </nav>
          ${this._ready ? html`<form id="form" tabindex="-1" novalidate @submit=${(event: Event) => event.preventDefault()} @focusout=${this._flushEdits} aria-label=${t.doc(this._current)}>${guard([this._current, this._uiLang, this._checks], () => renderDocument(this._formContext(this._current)))}</form>` : nothing}
        </section>
        <section class="side" aria-labelledby="preview-heading">${this._renderPreviewControls()}${this._renderChanges()}${this._renderSave()}${this._renderFrame()}</section>
      </main>
    `;
  }

  /** Controls first, the frame last: a keyboard user reaches the downloads without passing through the PDF viewer. */
  private _renderPreviewControls(): TemplateResult {
    const t = this._labels;
    const status = this._previewBlocked() ? '' : this._rendering ? t.ui('rendering') : this._previewError ? t.ui('previewFailed', { error: this._previewError }) : this._preview ? t.ui('rendered') : '';
    return html`
      <h2 id="preview-heading">${t.ui('preview')}</h2>
      <div class="controls">
        <div class="select">
          <label for="edition">${t.ui('edition')}</label>
          <select id="edition" @change=${(event: Event) => ((this._region = (event.target as HTMLSelectElement).value), this._schedulePreview(0))}>
            <option value="" ?selected=${!this._region}>${t.ui('national')}</option>
            ${geography.regions.map((region) => html`<option value=${region.code} ?selected=${this._region === region.code}>${region.code} ${region.name}</option>`)}
          </select>
        </div>
        <fieldset>
          <legend>${t.ui('editionLang')}</legend>
          ${(['nl', 'en'] as const).map(
            (lang) => html`<label><input type="radio" name="edition-lang" .checked=${this._editionLang === lang}
              @change=${() => ((this._editionLang = lang), this._schedulePreview(0))} />${t.ui(lang === 'nl' ? 'dutch' : 'english')}</label>`,
          )}
        </fieldset>
        <fieldset>
          <legend>${t.ui('previewKind')}</legend>
          ${(['pdf', 'html'] as const).map(
            (kind) => html`<label><input type="radio" name="preview-kind" .checked=${this._show === kind} @change=${() => (this._show = kind)} />${t.ui(kind)}</label>`,
          )}
        </fieldset>
      </div>
      <p class="status" role="status">${status}</p>
    `;
  }

  private _renderFrame(): TemplateResult {
    const t = this._labels;
    return html`
      ${this._previewBlocked()
        ? html`<p class="blocked">${t.ui('previewBlocked')}</p>`
        : this._preview
          ? this._show === 'pdf'
            ? html`<maatwerk-studio-pdf
                .pdf=${this._preview.pdf}
                label=${t.ui('pdfFrame')}
                .pageLabel=${(page: number, pages: number) => t.ui('pdfPage', { page, pages })}
                data-edition=${this._preview.edition}
                @maatwerk-studio-pdf-shown=${this._previewShown}
              ></maatwerk-studio-pdf>`
            : html`<iframe class="frame" title=${t.ui('htmlFrame')} sandbox="" .srcdoc=${this._preview.html} data-edition=${this._preview.edition}></iframe>`
          : nothing}
    `;
  }

  private _renderChanges(): TemplateResult {
    const t = this._labels;
    const all = DOC_KEYS.flatMap((doc) => (this._changes[doc] ?? []).map((change) => ({ ...change, docLabel: t.doc(doc) })));
    return html`<h3>${t.ui('changes')}</h3>
      ${all.length
        ? html`<p>${t.ui('changesIntro')}</p>
            <ul class="changes">
              ${all.map((change) => html`<li><a href="#" @click=${(event: Event) => this._goTo(event, change.doc, change.target)}>${change.docLabel}</a>: ${change.text}</li>`)}
            </ul>`
        : html`<p>${t.ui('noChanges')}</p>`}`;
  }

  private _renderSave(): TemplateResult {
    const t = this._labels;
    const issues = this._allIssues;
    const blocked = this._downloadBlocked();
    const describedBy = issues.length ? 'summary' : 'download-status';
    const button = (kind: 'zip' | 'pdf' | 'html', label: string, primary = false) =>
      html`<button type="button" class=${primary ? 'primary' : ''} aria-disabled=${blocked ? 'true' : 'false'} aria-describedby=${describedBy} @click=${() => this._downloadClicked(kind)}>${label}</button>`;
    return html`<h3>${t.ui('save')}</h3>
      ${issues.length
        ? html`<div class="summary" id="summary" tabindex="-1">
            <h3>${issues.length === 1 ? t.ui('errorsOne') : t.ui('errorsMany', { n: issues.length })}</h3>
            <p>${t.ui('downloadBlocked')}</p>
            <ul>
              ${issues.map(({ doc, issue }) => {
                const where = issue.path ? describePath(parsePath(issue.path), this._docs[doc], t) : DOC_FILES[doc];
                return html`<li><a href="#" @click=${(event: Event) => this._goTo(event, doc, fieldId(doc, issue.path))}>${t.doc(doc)} › ${where}</a>: ${issue.message}</li>`;
              })}
            </ul>
          </div>`
        : html`<p id="download-status" tabindex="-1">${this._rendering || !this._preview ? t.ui('downloadWaiting') : ''}</p>`}
      <div class="actions">${button('zip', t.ui('downloadZip'), true)} ${button('pdf', t.ui('downloadPdf'))} ${button('html', t.ui('downloadHtml'))}</div>
      <div class="file">
        <label for="open">${t.ui('open')}</label>
        <p class="hint" id="open-hint">${t.ui('openHint')}</p>
        <input id="open" type="file" accept=".zip,.json,application/zip,application/json" aria-describedby="open-hint" @change=${this._openChosen} />
      </div>
      <p role="status" class="status">${this._notice}</p>
      <button type="button" @click=${this._discard}>${t.ui('discard')}</button>
      ${this._ready
        ? html`<maatwerk-studio-publish
            .uiLang=${this._uiLang}
            .version=${this._publishedVersion}
            .docs=${this._docs}
            .issueCount=${issues.length}
            .changeCount=${DOC_KEYS.reduce((count, doc) => count + (this._changes[doc]?.length ?? 0), 0)}
            @maatwerk-studio-published=${this._publishedChanged}
          ></maatwerk-studio-publish>`
        : nothing}`;
  }
}

function sameIssues(a: readonly DataIssue[], b: readonly DataIssue[] | undefined): boolean {
  return a.length === b?.length && a.every((issue, index) => issue.path === b[index]!.path && issue.message === b[index]!.message);
}

declare global {
  interface HTMLElementTagNameMap {
    'maatwerk-studio': MaatwerkStudio;
  }
}
