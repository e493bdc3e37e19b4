import { LitElement, css, html, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { PageViewport, PDFDocumentProxy, PDFPageProxy, RenderTask } from 'pdfjs-dist';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';

type Pdfjs = typeof import('pdfjs-dist');

/** Space between pages, in CSS pixels (the same as the stylesheet's gap). */
const PAGE_GAP = 12;
/** Pages this far outside the visible part are painted ahead of scrolling. */
const PAINT_AHEAD = '50%';
/** A narrower or wider box than this (CSS pixels) since the last layout draws the pages again. */
const RESIZE_THRESHOLD = 24;

let pdfjsLoading: Promise<Pdfjs> | undefined;

/**
 * pdf.js, loaded when the first preview shows (it is not needed to edit). Parsing and text
 * extraction run in pdf.js's own module worker, one for all previews; `isEvalSupported: false`
 * below keeps it from trying `new Function`, which the studio's policy forbids.
 */
function loadPdfjs(): Promise<Pdfjs> {
  pdfjsLoading ??= import('pdfjs-dist').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerPort = new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module', name: 'pdfjs' });
    return pdfjs;
  });
  return pdfjsLoading;
}

/** Every layout shown gets a new number, so a test (or the bench) can wait for the next one. */
let shownCount = 0;

interface Slot {
  page: PDFPageProxy;
  viewport: PageViewport;
  element: HTMLElement;
  canvas: HTMLCanvasElement;
  text: HTMLElement;
  /** The page's text items: its text layer is written from them. */
  content: TextContent;
  /** Every text item with its place and size: the same on the previous preview's page, and the page has not changed. */
  fingerprint: string;
  painting?: Promise<void>;
  task?: RenderTask;
  painted: boolean;
  textWritten: boolean;
}

/** What a page shows, in short: every text item, where and how wide. (Font names are per document, so they are left out.) */
function fingerprintOf(content: TextContent, viewport: PageViewport): string {
  const items = content.items.map((item) => ('str' in item ? [item.str, item.transform, item.width, item.height] : null));
  return JSON.stringify([viewport.width, viewport.height, items]);
}

/**
 * The PDF preview, drawn by pdf.js into one canvas per page, with pdf.js's text layer over each
 * canvas so that screen readers (and selection, and find in page) get the text.
 *
 * Why not the browser's PDF viewer in a `blob:` frame: it starts over for every new preview, a
 * second or more on the main thread while the user types. Here a new preview paints only the pages
 * in view (pdf.js paints in slices of about 15 ms), out of sight, and replaces the old pages in one
 * step when they are ready; the rest are painted when they scroll into view. A page whose text items
 * (text, place, size) are the same as on the previous preview keeps its painted canvas and text
 * layer: an edit usually changes one page of four.
 *
 * @fires maatwerk-studio-pdf-shown - the pages of a new `pdf` are on screen
 */
@customElement('maatwerk-studio-pdf')
export class MaatwerkStudioPdf extends LitElement {
  static override styles = css`
    :host { display: block; }
    .pages { contain: strict; display: flex; flex-direction: column; gap: ${PAGE_GAP}px; block-size: min(80vh, 60rem); overflow: auto; padding: ${PAGE_GAP}px; border: 1px solid #6b6b6b; background: #d9d9d9; }
    .pages:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; box-shadow: 0 0 0 6px #ffbf47; }
    .page { contain: strict; position: relative; flex: none; background: #fff; box-shadow: 0 1px 3px rgb(0 0 0 / 0.4); --scale-round-x: 1px; --scale-round-y: 1px; }
    canvas { display: block; inline-size: 100%; block-size: 100%; }
    /* pdf.js's text layer (after its web/pdf_viewer.css): transparent text exactly over the painted glyphs. */
    .text { position: absolute; inset: 0; overflow: clip; line-height: 1; text-size-adjust: none; forced-color-adjust: none; transform-origin: 0 0; --min-font-size: 1; --text-scale-factor: calc(var(--total-scale-factor) * var(--min-font-size)); --min-font-size-inv: calc(1 / var(--min-font-size)); }
    .text :is(span, br) { color: transparent; position: absolute; white-space: pre; cursor: text; transform-origin: 0% 0%; }
    .text > :not(.markedContent), .text .markedContent span:not(.markedContent) { --font-height: 0; font-size: calc(var(--text-scale-factor) * var(--font-height)); --scale-x: 1; --rotate: 0deg; transform: rotate(var(--rotate)) scaleX(var(--scale-x)) scale(var(--min-font-size-inv)); }
    .text .markedContent { display: contents; }
    .text ::selection { background: rgb(0 0 255 / 0.25); }
  `;

  /** The PDF to show; the pages of the previous one stay until the new ones are painted. */
  @property({ attribute: false }) pdf: Blob | undefined;
  /** The scrolling region's accessible name. */
  @property() label = '';
  /** "Page {page} of {pages}", the name of each page. */
  @property({ attribute: false }) pageLabel: (page: number, pages: number) => string = (page, pages) => `${page} / ${pages}`;

  private _doc: PDFDocumentProxy | undefined;
  private _slots: Slot[] = [];
  /** Counts layouts; a layout that is no longer the newest stops and throws its document away. */
  private _generation = 0;
  private _laidOutWidth = 0;
  private _resizeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly _resize = new ResizeObserver(() => {
    clearTimeout(this._resizeTimer);
    this._resizeTimer = setTimeout(() => {
      if (this._doc && Math.abs(this._width() - this._laidOutWidth) > RESIZE_THRESHOLD) void this._layout(this._doc, this._generation + 1);
    }, 200);
  });
  private _paintOnSight: IntersectionObserver | undefined;

  private get _pages(): HTMLElement {
    return this.renderRoot.querySelector<HTMLElement>('.pages')!;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._generation++;
    this._resize.disconnect();
    this._paintOnSight?.disconnect();
    clearTimeout(this._resizeTimer);
    this._slots.forEach((slot) => slot.task?.cancel());
    void this._doc?.destroy();
    this._doc = undefined;
    this._slots = [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page (the PDF tab again): show the PDF we have.
    if (this.hasUpdated && this.pdf) void this._open(this.pdf);
  }

  protected override firstUpdated(): void {
    this._resize.observe(this._pages);
    this._paintOnSight = new IntersectionObserver(
      (entries) => entries.filter((entry) => entry.isIntersecting).forEach((entry) => void this._paint(this._slots.find((slot) => slot.element === entry.target))),
      { root: this._pages, rootMargin: PAINT_AHEAD },
    );
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('pdf') && this.pdf) void this._open(this.pdf);
    if (changed.has('pageLabel')) this._labelPages();
  }

  private _labelPages(): void {
    this._slots.forEach((slot, index) => slot.element.setAttribute('aria-label', this.pageLabel(index + 1, this._slots.length)));
  }

  private _width(): number {
    return this._pages.clientWidth - 2 * PAGE_GAP;
  }

  private async _open(pdf: Blob): Promise<void> {
    const generation = ++this._generation;
    const pdfjs = await loadPdfjs();
    const doc = await pdfjs.getDocument({ data: new Uint8Array(await pdf.arrayBuffer()), isEvalSupported: false, enableXfa: false }).promise;
    if (generation !== this._generation) return void doc.destroy();
    await this._layout(doc, generation, pdfjs);
  }

  /** Lays `doc` out at the current width, paints the pages in view, then swaps them in for the old ones. */
  private async _layout(doc: PDFDocumentProxy, generation: number, pdfjs?: Pdfjs): Promise<void> {
    this._generation = generation;
    const width = this._width();
    if (width <= 0) return; // not displayed (the studio shows this element only with the PDF tab): nothing to paint
    const pages = await Promise.all(Array.from({ length: doc.numPages }, (_, index) => doc.getPage(index + 1)));
    const contents = await Promise.all(pages.map((page) => page.getTextContent()));
    if (generation !== this._generation) return this._discard(doc);
    const slots = pages.map((page, index) => this._slot(page, contents[index]!, width, index));
    const scroller = this._pages;
    // Which pages will be in view: the new layout has the same page sizes, so the scroll position carries over.
    let top = PAGE_GAP;
    const inView = slots.filter((slot) => {
      const bottom = top + slot.viewport.height;
      const visible = bottom >= scroller.scrollTop && top <= scroller.scrollTop + scroller.clientHeight;
      top = bottom + PAGE_GAP;
      return visible;
    });
    const lib = pdfjs ?? (await loadPdfjs());
    await Promise.all(inView.map((slot) => this._paint(slot, lib)));
    if (generation !== this._generation) return this._discard(doc, slots);

    const old = this._doc;
    this._paintOnSight?.disconnect();
    this._slots.forEach((slot) => slot.task?.cancel());
    const scrollTop = scroller.scrollTop;
    scroller.replaceChildren(...slots.map((slot) => slot.element));
    scroller.scrollTop = scrollTop;
    this._slots = slots;
    this._labelPages();
    this._doc = doc;
    this._laidOutWidth = width;
    if (old && old !== doc) void old.destroy();
    scroller.dataset.shown = String(++shownCount);
    scroller.dataset.text = 'partial';
    this.dispatchEvent(new CustomEvent('maatwerk-studio-pdf-shown', { bubbles: true, composed: true }));
    slots.forEach((slot) => this._paintOnSight?.observe(slot.element));
    // Screen readers read the whole document, not only the pages in view: the text of the other pages follows, one page a task.
    for (const slot of slots) {
      if (generation !== this._generation) return;
      await this._writeText(slot, lib);
    }
    scroller.dataset.text = 'complete';
  }

  private _discard(doc: PDFDocumentProxy, slots: Slot[] = []): void {
    slots.forEach((slot) => slot.task?.cancel());
    if (doc !== this._doc) void doc.destroy();
  }

  /** A new page, or the previous preview's page at this place when it shows the same. */
  private _slot(page: PDFPageProxy, content: TextContent, width: number, index: number): Slot {
    const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width });
    const fingerprint = fingerprintOf(content, viewport);
    const previous = this._slots[index];
    if (previous?.painted && previous.textWritten && previous.fingerprint === fingerprint) return { ...previous, page, viewport, content, task: undefined };
    const element = document.createElement('div');
    element.className = 'page';
    element.setAttribute('role', 'group');
    element.style.inlineSize = `${viewport.width}px`;
    element.style.blockSize = `${viewport.height}px`;
    element.style.setProperty('--total-scale-factor', String(viewport.scale));
    const canvas = document.createElement('canvas');
    canvas.setAttribute('aria-hidden', 'true');
    const text = document.createElement('div');
    text.className = 'text';
    element.append(canvas, text);
    return { page, viewport, element, canvas, text, content, fingerprint, painted: false, textWritten: false };
  }

  /** Paints a page once (and its text layer); a cancelled paint (a newer layout) is not an error. */
  private _paint(slot: Slot | undefined, pdfjs?: Pdfjs): Promise<void> {
    if (!slot) return Promise.resolve();
    slot.painting ??= (async () => {
      const ratio = window.devicePixelRatio || 1;
      slot.canvas.width = Math.floor(slot.viewport.width * ratio);
      slot.canvas.height = Math.floor(slot.viewport.height * ratio);
      slot.task = slot.page.render({ canvas: slot.canvas, viewport: slot.viewport, ...(ratio !== 1 && { transform: [ratio, 0, 0, ratio, 0, 0] }) });
      try {
        await slot.task.promise;
        slot.painted = true;
        await this._writeText(slot, pdfjs ?? (await loadPdfjs()));
      } catch (error) {
        if ((error as Error).name !== 'RenderingCancelledException') throw error;
      }
    })();
    return slot.painting;
  }

  private async _writeText(slot: Slot, pdfjs: Pdfjs): Promise<void> {
    if (slot.textWritten) return;
    slot.textWritten = true;
    await new pdfjs.TextLayer({ textContentSource: slot.content, container: slot.text, viewport: slot.viewport }).render();
  }

  override render(): TemplateResult {
    return html`<div class="pages" role="region" tabindex="0" aria-label=${this.label}></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'maatwerk-studio-pdf': MaatwerkStudioPdf;
  }
  interface GlobalEventHandlersEventMap {
    'maatwerk-studio-pdf-shown': CustomEvent<void>;
  }
}
