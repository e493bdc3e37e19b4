import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { DataIssue, Lang } from '@maatwerk/model';
import { changesIn, describePath, type Change } from './diff.ts';
import { checkDoc, documentData, editionDocs, fieldId, geography, getAt, parsePath, publishedDocs, SCHEMAS, setAt, type Docs, type Path } from './documents.ts';
import { buildZip, download, openFile } from './files.ts';
import { applyListOp, renderDocument, schemaAt, type Choice, type FormContext, type ListOp } from './form.ts';
import { DOC_FILES, DOC_KEYS, labelsFor, type DocKey, type Labels } from './labels.ts';
import { PreviewRenderer, type PreviewResult } from './preview.ts';
import { discardDraft, loadDraft, saveDraft } from './storage.ts';
import { studioStyles } from './styles.ts';

/** How long after the last edit the draft is written to IndexedDB. */
const DRAFT_DELAY_MS = 400;

interface Preview {
  pdf: Blob;
  pdfUrl: string;
  html: string;
  /** Which edition it shows: "nl" or "en", and a region code or "". */
  edition: string;
  ms: number;
}

/**
 * The kennisblad studio: forms over the model data, a live preview, "what changed", download and
 * reopen, drafts kept in the browser.
 *
 * Timings for the benchmark: `performance.mark('studio:preview-updated')` when a preview shows.
 */
@customElement('maatwerk-studio')
export class MaatwerkStudio extends LitElement {
  static override styles = studioStyles;

  @state() private uiLang: Lang = document.documentElement.lang === 'en' ? 'en' : 'nl';
  @state() private docs: Docs = publishedDocs();
  @state() private current: DocKey = 'trajectNl';
  @state() private issues = {} as Record<DocKey, DataIssue[]>;
  @state() private changes = {} as Record<DocKey, Change[]>;
  @state() private editionLang: Lang = 'nl';
  @state() private region = '';
  @state() private show: 'pdf' | 'html' = 'pdf';
  @state() private preview: Preview | undefined;
  @state() private rendering = false;
  @state() private previewError = '';
  @state() private notice = '';
  @state() private ready = false;

  private readonly published = publishedDocs();
  private readonly renderer = new PreviewRenderer((result) => this.showPreview(result));
  private draftTimer: ReturnType<typeof setTimeout> | undefined;

  private get labels(): Labels {
    return labelsFor(this.uiLang);
  }

  override async connectedCallback(): Promise<void> {
    super.connectedCallback();
    const draft = await loadDraft();
    if (draft) {
      this.docs = { ...publishedDocs(), ...draft.docs };
      const time = new Date(draft.savedAt).toLocaleString(this.uiLang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
      this.notice = this.labels.ui('draftRestored', { time });
    }
    this.recheck();
    this.ready = true;
    this.schedulePreview(0);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.renderer.dispose();
    if (this.preview) URL.revokeObjectURL(this.preview.pdfUrl);
  }

  // ---- data ----

  private recheck(keys: readonly DocKey[] = DOC_KEYS): void {
    const issues = { ...this.issues };
    const changes = { ...this.changes };
    for (const key of keys) {
      issues[key] = checkDoc(key, this.docs[key], this.uiLang);
      changes[key] = changesIn(key, this.published[key], this.docs[key], this.labels);
    }
    this.issues = issues;
    this.changes = changes;
  }

  private edited(key: DocKey): void {
    this.recheck([key]);
    this.requestUpdate();
    clearTimeout(this.draftTimer);
    this.draftTimer = setTimeout(() => {
      saveDraft(this.docs).then(
        () => (this.notice = this.labels.ui('draftSaved')),
        () => undefined,
      );
    }, DRAFT_DELAY_MS);
    if (editionDocs(this.editionLang).includes(key)) this.schedulePreview();
  }

  private get allIssues(): { doc: DocKey; issue: DataIssue }[] {
    return DOC_KEYS.flatMap((doc) => (this.issues[doc] ?? []).map((issue) => ({ doc, issue })));
  }

  private formContext(key: DocKey): FormContext {
    const data = this.docs[key];
    const issues = new Map<string, string[]>();
    for (const issue of this.issues[key] ?? []) issues.set(issue.path, [...(issues.get(issue.path) ?? []), issue.message]);
    return {
      doc: key,
      root: SCHEMAS[key],
      data,
      labels: this.labels,
      issues,
      choices: (path, field) => this.choices(key, path, field),
      edit: (path, value) => {
        setAt(data, path, value);
        this.edited(key);
      },
      list: (path, op, index) => this.listOp(key, path, op, index),
    };
  }

  /** Fixed values: figure ids in a section, regions of advisers, the quick scan's own ids. */
  private choices(key: DocKey, path: Path, field: string): Choice[] | undefined {
    const data = this.docs[key] as Record<string, unknown>;
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

  private async listOp(key: DocKey, path: Path, op: ListOp, index?: number): Promise<void> {
    const items = getAt(this.docs[key], path) as unknown[];
    const focusIndex = applyListOp(SCHEMAS[key], schemaAt(SCHEMAS[key], path), items, op, index);
    this.edited(key);
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

  private previewBlocked(): boolean {
    return editionDocs(this.editionLang).some((key) => (this.issues[key] ?? []).length > 0);
  }

  private schedulePreview(delay?: number): void {
    if (this.previewBlocked()) {
      this.renderer.cancel();
      this.clearPreview();
      this.rendering = false;
      return;
    }
    this.rendering = true;
    const lang = this.editionLang;
    this.renderer.schedule(() => documentData(this.docs, lang), this.region || undefined, delay);
  }

  private clearPreview(): void {
    if (this.preview) URL.revokeObjectURL(this.preview.pdfUrl);
    this.preview = undefined;
  }

  private showPreview(result: PreviewResult): void {
    this.rendering = false;
    if (!result.ok) {
      this.previewError = result.error;
      this.clearPreview();
      return;
    }
    this.previewError = '';
    this.clearPreview();
    this.preview = { pdf: result.pdf, pdfUrl: URL.createObjectURL(result.pdf), html: result.html, edition: `${this.editionLang}${this.region}`, ms: result.ms };
    performance.mark('studio:preview-updated');
  }

  // ---- download, open, draft ----

  private get fileStem(): string {
    return `kennisblad${this.region ? `-${this.region}` : ''}${this.editionLang === 'en' ? '.en' : ''}`;
  }

  private downloadBlocked(): boolean {
    return this.allIssues.length > 0 || !this.preview || this.rendering;
  }

  private async downloadClicked(kind: 'zip' | 'pdf' | 'html'): Promise<void> {
    if (this.downloadBlocked() || !this.preview) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#summary, #download-status')?.focus();
      return;
    }
    const { pdf, html: twin } = this.preview;
    if (kind === 'pdf') return download(`${this.fileStem}.pdf`, pdf);
    if (kind === 'html') return download(`${this.fileStem}.html`, new Blob([twin], { type: 'text/html;charset=utf-8' }));
    const zip = buildZip(this.docs, {
      [`${this.fileStem}.pdf`]: new Uint8Array(await pdf.arrayBuffer()),
      [`${this.fileStem}.html`]: new TextEncoder().encode(twin),
    });
    download('kennisblad-studio.zip', new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
  }

  private async openChosen(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const opened = openFile(file.name, new Uint8Array(await file.arrayBuffer()));
    input.value = '';
    if (!opened.ok) {
      const error = opened.reason === 'json' ? this.labels.ui('openBadJson', { name: opened.name }) : this.labels.ui('openNothing');
      this.notice = this.labels.ui('openFailed', { file: file.name, error });
      return;
    }
    this.docs = { ...this.docs, ...opened.docs };
    this.recheck();
    this.notice = this.labels.ui('opened', { file: file.name });
    await saveDraft(this.docs).catch(() => undefined);
    this.schedulePreview(0);
  }

  private async discard(): Promise<void> {
    if (!confirm(this.labels.ui('discardConfirm'))) return;
    await discardDraft().catch(() => undefined);
    clearTimeout(this.draftTimer);
    this.docs = publishedDocs();
    this.recheck();
    this.notice = this.labels.ui('discarded');
    this.schedulePreview(0);
  }

  private switchLanguage(): void {
    this.uiLang = this.uiLang === 'nl' ? 'en' : 'nl';
    document.documentElement.lang = this.uiLang;
    this.recheck();
  }

  /** Shadow DOM hides ids from fragment links: move to the field (or the form) by hand. */
  private goTo(event: Event, doc: DocKey, id: string): void {
    event.preventDefault();
    this.current = doc;
    this.updateComplete.then(() => {
      const target = this.renderRoot.querySelector<HTMLElement>(`#${id}`) ?? this.renderRoot.querySelector<HTMLElement>('#form');
      target?.scrollIntoView({ block: 'center' });
      target?.focus();
    });
  }

  // ---- render ----

  override render(): TemplateResult {
    const t = this.labels;
    return html`
      <a class="skip" href="#form" @click=${(event: Event) => this.goTo(event, this.current, 'form')}>${t.ui('skip')}</a>
      <header>
        <div>
          <h1>${t.ui('title')}</h1>
          <p>${t.ui('intro')}</p>
        </div>
        <button type="button" lang=${this.uiLang === 'nl' ? 'en' : 'nl'} aria-label=${t.ui('switchLanguageLabel')} @click=${this.switchLanguage}>${t.ui('switchLanguage')}</button>
      </header>
      <main>
        <section class="editor" aria-labelledby="form-heading">
          <h2 id="form-heading" class="visually-hidden">${t.ui('form')}</h2>
          <nav aria-label=${t.ui('files')}>
            <ul class="docs">
              ${DOC_KEYS.map((key) => {
                const count = this.issues[key]?.length ?? 0;
                return html`<li><button type="button" aria-current=${this.current === key ? 'true' : 'false'} @click=${() => (this.current = key)}>
                  ${t.doc(key)}${count ? html`<span class="count">${count}<span class="visually-hidden"> ${this.uiLang === 'nl' ? 'fouten' : 'errors'}</span></span>` : nothing}
                </button></li>`;
              })}
            </ul>
          </nav>
          ${this.ready ? html`<form id="form" tabindex="-1" novalidate @submit=${(event: Event) => event.preventDefault()} aria-label=${t.doc(this.current)}>${renderDocument(this.formContext(this.current))}</form>` : nothing}
        </section>
        <section class="side" aria-labelledby="preview-heading">${this.renderPreviewControls()}${this.renderChanges()}${this.renderSave()}${this.renderFrame()}</section>
      </main>
    `;
  }

  /** Controls first, the frame last: a keyboard user reaches the downloads without passing through the PDF viewer. */
  private renderPreviewControls(): TemplateResult {
    const t = this.labels;
    const status = this.previewBlocked() ? '' : this.rendering ? t.ui('rendering') : this.previewError ? t.ui('previewFailed', { error: this.previewError }) : this.preview ? t.ui('rendered') : '';
    return html`
      <h2 id="preview-heading">${t.ui('preview')}</h2>
      <div class="controls">
        <div class="select">
          <label for="edition">${t.ui('edition')}</label>
          <select id="edition" @change=${(event: Event) => ((this.region = (event.target as HTMLSelectElement).value), this.schedulePreview(0))}>
            <option value="" ?selected=${!this.region}>${t.ui('national')}</option>
            ${geography.regions.map((region) => html`<option value=${region.code} ?selected=${this.region === region.code}>${region.code} ${region.name}</option>`)}
          </select>
        </div>
        <fieldset>
          <legend>${t.ui('editionLang')}</legend>
          ${(['nl', 'en'] as const).map(
            (lang) => html`<label><input type="radio" name="edition-lang" .checked=${this.editionLang === lang}
              @change=${() => ((this.editionLang = lang), this.schedulePreview(0))} />${t.ui(lang === 'nl' ? 'dutch' : 'english')}</label>`,
          )}
        </fieldset>
        <fieldset>
          <legend>${t.ui('previewKind')}</legend>
          ${(['pdf', 'html'] as const).map(
            (kind) => html`<label><input type="radio" name="preview-kind" .checked=${this.show === kind} @change=${() => (this.show = kind)} />${t.ui(kind)}</label>`,
          )}
        </fieldset>
      </div>
      <p class="status" role="status">${status}</p>
    `;
  }

  private renderFrame(): TemplateResult {
    const t = this.labels;
    return html`
      ${this.previewBlocked()
        ? html`<p class="blocked">${t.ui('previewBlocked')}</p>`
        : this.preview
          ? this.show === 'pdf'
            ? html`<iframe class="frame" title=${t.ui('pdfFrame')} src=${this.preview.pdfUrl} data-edition=${this.preview.edition}></iframe>`
            : html`<iframe class="frame" title=${t.ui('htmlFrame')} sandbox="" .srcdoc=${this.preview.html} data-edition=${this.preview.edition}></iframe>`
          : nothing}
    `;
  }

  private renderChanges(): TemplateResult {
    const t = this.labels;
    const all = DOC_KEYS.flatMap((doc) => (this.changes[doc] ?? []).map((change) => ({ ...change, docLabel: t.doc(doc) })));
    return html`<h3>${t.ui('changes')}</h3>
      ${all.length
        ? html`<p>${t.ui('changesIntro')}</p>
            <ul class="changes">
              ${all.map((change) => html`<li><a href="#" @click=${(event: Event) => this.goTo(event, change.doc, change.target)}>${change.docLabel}</a>: ${change.text}</li>`)}
            </ul>`
        : html`<p>${t.ui('noChanges')}</p>`}`;
  }

  private renderSave(): TemplateResult {
    const t = this.labels;
    const issues = this.allIssues;
    const blocked = this.downloadBlocked();
    const describedBy = issues.length ? 'summary' : 'download-status';
    const button = (kind: 'zip' | 'pdf' | 'html', label: string, primary = false) =>
      html`<button type="button" class=${primary ? 'primary' : ''} aria-disabled=${blocked ? 'true' : 'false'} aria-describedby=${describedBy} @click=${() => this.downloadClicked(kind)}>${label}</button>`;
    return html`<h3>${t.ui('save')}</h3>
      ${issues.length
        ? html`<div class="summary" id="summary" tabindex="-1">
            <h3>${issues.length === 1 ? t.ui('errorsOne') : t.ui('errorsMany', { n: issues.length })}</h3>
            <p>${t.ui('downloadBlocked')}</p>
            <ul>
              ${issues.map(({ doc, issue }) => {
                const where = issue.path ? describePath(parsePath(issue.path), this.docs[doc], t) : DOC_FILES[doc];
                return html`<li><a href="#" @click=${(event: Event) => this.goTo(event, doc, fieldId(doc, issue.path))}>${t.doc(doc)} › ${where}</a>: ${issue.message}</li>`;
              })}
            </ul>
          </div>`
        : html`<p id="download-status" tabindex="-1">${this.rendering || !this.preview ? t.ui('downloadWaiting') : ''}</p>`}
      <div class="actions">${button('zip', t.ui('downloadZip'), true)} ${button('pdf', t.ui('downloadPdf'))} ${button('html', t.ui('downloadHtml'))}</div>
      <div class="file">
        <label for="open">${t.ui('open')}</label>
        <p class="hint" id="open-hint">${t.ui('openHint')}</p>
        <input id="open" type="file" accept=".zip,.json,application/zip,application/json" aria-describedby="open-hint" @change=${this.openChosen} />
      </div>
      <p role="status" class="status">${this.notice}</p>
      <button type="button" @click=${this.discard}>${t.ui('discard')}</button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'maatwerk-studio': MaatwerkStudio;
  }
}
