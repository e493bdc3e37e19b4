import { LitElement, css, html, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { PageViewport, TextLayer } from 'pdfjs-dist';
import type { TextContent } from 'pdfjs-dist/types/src/display/api';
import { closePdf, openPdf, paintPage, type OpenedPdf, type PageText, type PaintAhead } from './pdf-painter.ts';

/** Space between pages, in CSS pixels (the same as the stylesheet's gap). */
const PAGE_GAP = 12;
/** Pages this far outside the visible part are painted ahead of scrolling. */
const PAINT_AHEAD = '50%';
/** A narrower or wider box than this (CSS pixels) since the last layout draws the pages again. */
const RESIZE_THRESHOLD = 24;
/**
 * Text items per slice of a text layer. A page has a few hundred; each becomes an absolutely placed
 * span that the browser measures and shapes when it lays the page out. Written all at once, one page
 * was a layout task of 25-50 ms on a busy machine; a slice of this size is a few ms.
 */
const TEXT_SLICE = 40;

let textLayerLoading: Promise<typeof TextLayer> | undefined;

/**
 * pdf.js's text layer, loaded when the first preview shows (it is not needed to edit). Only this
 * part of pdf.js runs on the page: parsing is in pdf.js's worker, painting in pdf-paint.worker.ts.
 */
function loadTextLayer(): Promise<typeof TextLayer> {
  textLayerLoading ??= import('pdfjs-dist').then((pdfjs) => pdfjs.TextLayer);
  return textLayerLoading;
}

/** Resolves after the browser has drawn the next frame: work after it lands in a new task. */
const afterNextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** A page's text items as a stream of slices, the next one only after a frame, for pdf.js's TextLayer (which reads streams). */
function inSlices(content: TextContent): ReadableStream<TextContent> {
  let next = 0;
  return new ReadableStream<TextContent>(
    {
      async pull(controller) {
        if (next > 0) await afterNextFrame();
        controller.enqueue({ ...content, items: content.items.slice(next, (next += TEXT_SLICE)) });
        if (next >= content.items.length) controller.close();
      },
    },
    { highWaterMark: 0 },
  );
}

/** Every layout shown gets a new number, so a test (or the bench) can wait for the next one. */
let shownCount = 0;

interface Slot {
  /** The worker's document this page belongs to, and the page's index in it. */
  doc: number;
  index: number;
  page: PageText;
  /** What pdf.js's TextLayer reads of a viewport: the scale (CSS pixels per PDF point), rotation and the page's box. */
  viewport: PageViewport;
  element: HTMLElement;
  canvas: HTMLCanvasElement;
  text: HTMLElement;
  /** The page's text items with their places, and the width: the same on the previous preview's page, and the page has not changed. */
  fingerprint: string;
  painting?: Promise<void>;
  painted: boolean;
  textLayer?: TextLayer;
  textWriting?: Promise<void>;
  textWritten: boolean;
}

/** The parts of a viewport the text layer uses; the page's own viewport lives in the worker. */
function textViewport(page: PageText, scale: number): PageViewport {
  const [pageX, pageY, pageWidth, pageHeight] = page.box;
  return { scale, rotation: 0, width: pageWidth * scale, height: pageHeight * scale, rawDims: { pageWidth, pageHeight, pageX, pageY } } as unknown as PageViewport;
}

/**
 * The PDF preview, drawn by pdf.js into one canvas per page, with pdf.js's text layer over each
 * canvas so that screen readers (and selection, and find in page) get the text.
 *
 * Why not the browser's PDF viewer in a `blob:` frame: it starts over for every new preview, a
 * second or more on the main thread while the user types. Here pdf.js parses and paints in workers
 * (pdf-paint.worker.ts), a new preview paints only the pages in view, out of sight, and replaces the
 * old pages in one step when they are ready; the rest are painted when they scroll into view. A page
 * whose text items (text, place, size) are the same as on the previous preview keeps its painted
 * canvas and text layer: an edit usually changes one page of four. The text layers are written after
 * the swap, a slice a frame, so that no single task lays out hundreds of spans.
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

  /** The PDF on screen. */
  private _shown: OpenedPdf | undefined;
  private _slots: Slot[] = [];
  /** Counts layouts; a layout that is no longer the newest stops and closes its document. */
  private _generation = 0;
  private _laidOutWidth = 0;
  private _resizeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly _resize = new ResizeObserver(() => {
    clearTimeout(this._resizeTimer);
    this._resizeTimer = setTimeout(() => {
      if (this._shown && Math.abs(this._width() - this._laidOutWidth) > RESIZE_THRESHOLD) void this._layout(this._shown, ++this._generation);
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
    this._slots.forEach((slot) => slot.textLayer?.cancel());
    if (this._shown) closePdf(this._shown.doc);
    this._shown = undefined;
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
    const opened = await openPdf(pdf, this._paintAhead());
    if (generation !== this._generation) return this._discard(opened);
    performance.mark('studio:pdf-opened');
    await this._layout(opened, generation);
  }

  /**
   * What the worker may paint while it reads a new PDF: the pages in view now, at their size now
   * (a new preview has the same page sizes, so the scroll position carries over).
   */
  private _paintAhead(): PaintAhead | undefined {
    const width = this._width();
    if (!this._slots.length || width !== this._laidOutWidth) return undefined;
    return { pages: this._inView(this._slots).map((slot) => slot.index), width: width * (window.devicePixelRatio || 1), shown: this._slots.map((slot) => slot.page.fingerprint) };
  }

  private _inView(slots: Slot[]): Slot[] {
    const scroller = this._pages;
    let top = PAGE_GAP;
    return slots.filter((slot) => {
      const bottom = top + slot.viewport.height;
      const visible = bottom >= scroller.scrollTop && top <= scroller.scrollTop + scroller.clientHeight;
      top = bottom + PAGE_GAP;
      return visible;
    });
  }

  /** Lays `pdf` out at the current width, paints the pages in view, then swaps them in for the old ones. */
  private async _layout(pdf: OpenedPdf, generation: number): Promise<void> {
    const width = this._width();
    // Not displayed (the studio shows this element only with the PDF tab): nothing to paint.
    if (width <= 0) return this._discard(pdf);
    const slots = pdf.pages.map((page, index) => this._slot(pdf.doc, page, index, width));
    // Pages the worker painted ahead, at the width it was told (only new pages: it skipped unchanged ones).
    for (const [index, bitmap] of pdf.painted) {
      if (width === this._laidOutWidth && !slots[index]!.painted) this._show(slots[index]!, bitmap);
      else bitmap.close();
    }
    pdf.painted.clear();
    const scroller = this._pages;
    await Promise.all(this._inView(slots).map((slot) => this._paint(slot)));
    if (generation !== this._generation) return this._discard(pdf);

    const old = this._shown;
    this._paintOnSight?.disconnect();
    this._slots.filter((slot) => !slots.includes(slot)).forEach((slot) => slot.textLayer?.cancel());
    const scrollTop = scroller.scrollTop;
    scroller.replaceChildren(...slots.map((slot) => slot.element));
    scroller.scrollTop = scrollTop;
    this._slots = slots;
    this._labelPages();
    this._shown = pdf;
    this._laidOutWidth = width;
    if (old && old !== pdf) closePdf(old.doc);
    scroller.dataset.shown = String(++shownCount);
    scroller.dataset.text = 'partial';
    this.dispatchEvent(new CustomEvent('maatwerk-studio-pdf-shown', { bubbles: true, composed: true }));
    slots.forEach((slot) => this._paintOnSight?.observe(slot.element));
    // Screen readers read the whole document, not only the pages in view: every page's text follows, in slices.
    const TextLayer = await loadTextLayer();
    for (const slot of slots) {
      if (generation !== this._generation) return;
      await this._writeText(slot, TextLayer);
    }
    if (generation === this._generation) scroller.dataset.text = 'complete';
  }

  private _discard(pdf: OpenedPdf): void {
    pdf.painted.forEach((bitmap) => bitmap.close());
    if (pdf !== this._shown) closePdf(pdf.doc);
  }

  /** A new page, or the previous preview's page at this place when it shows the same. */
  private _slot(doc: number, page: PageText, index: number, width: number): Slot {
    const viewport = textViewport(page, width / page.box[2]);
    const fingerprint = `${width} ${page.fingerprint}`;
    const previous = this._slots[index];
    if (previous?.painted && previous.textWritten && previous.fingerprint === fingerprint) return previous;
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
    return { doc, index, page, viewport, element, canvas, text, fingerprint, painted: false, textWritten: false };
  }

  /** Paints a page once, in the worker; a paint its document's closing stopped (a newer layout) leaves it unpainted. */
  private _paint(slot: Slot | undefined): Promise<void> {
    if (!slot) return Promise.resolve();
    slot.painting ??= (async () => {
      const bitmap = await paintPage(slot.doc, slot.index, slot.viewport.scale * (window.devicePixelRatio || 1));
      if (bitmap) this._show(slot, bitmap);
      else slot.painting = undefined;
    })();
    return slot.painting;
  }

  private _show(slot: Slot, bitmap: ImageBitmap): void {
    slot.canvas.width = bitmap.width;
    slot.canvas.height = bitmap.height;
    slot.canvas.getContext('bitmaprenderer')!.transferFromImageBitmap(bitmap);
    slot.painted = true;
    slot.painting ??= Promise.resolve();
  }

  /** Writes the page's text layer once, a slice a frame; a layer cancelled by a newer layout is not an error. */
  private _writeText(slot: Slot, TextLayerClass: typeof TextLayer): Promise<void> {
    if (!slot.textLayer) {
      slot.textLayer = new TextLayerClass({ textContentSource: inSlices(slot.page.content), container: slot.text, viewport: slot.viewport });
      slot.textWriting = slot.textLayer.render().then(
        () => void (slot.textWritten = true),
        (error: Error) => {
          if (error.name !== 'AbortException') throw error;
        },
      );
    }
    return slot.textWriting!;
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
