// Page counts, and the fast-path rendering both documents share in Node and in the browser
// (after checking that the fonts can show every character of the view).
// Browser-safe: no Buffer.
import { cloneElement, type ReactElement } from 'react';
import type { DocumentProps } from '@react-pdf/renderer';
import { checkCoverage } from './fonts.ts';
import { KENNISBLAD_PAGES, kennisbladDocument } from './kennisblad.tsx';
import { plannedReportPages, reportDocument } from './report.tsx';
import type { KennisbladView } from './view.ts';
import type { ReportView } from './report-view.ts';

const latin1 = new TextDecoder('latin1');

/** How many pages a PDF written by pdfkit has: its page objects, not the page tree. */
export function pageCount(pdf: Uint8Array): number {
  return (latin1.decode(pdf).match(/\/Type \/Page\b(?!s)/g) ?? []).length;
}

/** Turns a react-pdf Document element into output: `renderToBuffer` in Node, `pdf().toBlob` in the browser. */
export type RenderDocument<T> = (document: ReactElement<DocumentProps>) => Promise<T>;

/** The rendered output and how many pages react-pdf laid out. */
export interface Counted<T> {
  output: T;
  pages: number;
}

/** The parts of a node in react-pdf's layout (what `onRender` gets besides the blob) read here. */
interface LaidOutNode {
  box?: { top: number; height: number; marginBottom?: number; paddingBottom?: number };
  style?: { height?: number };
  props?: { fixed?: boolean; break?: boolean; minPresenceAhead?: number };
  children?: LaidOutNode[];
}

/** What react-pdf hands its `onRender` callback besides the blob: the laid-out document. */
interface RenderedLayout {
  _INTERNAL__LAYOUT__DATA_?: LaidOutNode;
}

/** react-pdf's own margin against rounding when it decides whether a node runs over. */
const SAFETY = 0.001;

/**
 * Whether a page laid out as one sheet (`wrap={false}`) holds all its content: the page did not
 * grow past its size (the layout patch lets a sheet grow rather than squeeze its content), and
 * every child that flows (not `fixed`) ends, with its bottom margin and `minPresenceAhead`, above
 * the bottom padding, and none asks for a page break. Exactly then react-pdf's pagination would
 * leave the page as it is; skipping it saves the second layout pass it makes of every page.
 */
function fitsOnSheet(page: LaidOutNode): boolean {
  const size = page.style?.height;
  if (!page.box || size === undefined || page.box.height > size + SAFETY) return false;
  const bottom = size - (page.box.paddingBottom ?? 0);
  return (page.children ?? []).every(({ box, props }) => {
    if (props?.fixed) return true;
    if (!box || props?.break) return false;
    return box.top < bottom && box.top + box.height + (box.marginBottom ?? 0) + (props?.minPresenceAhead ?? 0) <= bottom + SAFETY;
  });
}

/** How many pages react-pdf laid out, and whether each holds its content (see `fitsOnSheet`). */
interface Layout {
  pages: number;
  fits: boolean;
}

/**
 * Renders and reads the page count from react-pdf's own layout (its `onRender` callback), so the
 * finished PDF never has to be decoded again to find out whether content ran over a page.
 */
async function renderCounted<T>(document: ReactElement<DocumentProps>, render: RenderDocument<T>): Promise<Counted<T> & Layout> {
  let layout: Layout | undefined;
  const onRender = (rendered: RenderedLayout) => {
    const pages = rendered._INTERNAL__LAYOUT__DATA_?.children;
    if (pages) layout = { pages: pages.length, fits: pages.every(fitsOnSheet) };
  };
  const output = await render(cloneElement(document, { onRender } as Partial<DocumentProps>));
  if (layout === undefined) throw new Error('react-pdf did not report its layout: the page count is unknown.');
  return { output, ...layout };
}

/** The counted output without the layout details. */
const counted = <T,>({ output, pages }: Counted<T>): Counted<T> => ({ output, pages });

/** The kennisblad: each designed page on one sheet, numbered as fixed text; if content ran over, paginated and numbered after pagination. */
export async function renderKennisbladWith<T>(view: KennisbladView, render: RenderDocument<T>): Promise<Counted<T>> {
  checkCoverage(view);
  const fast = await renderCounted(kennisbladDocument(view, { fixedPageNumbers: true }), render);
  return counted(fast.fits && fast.pages === KENNISBLAD_PAGES ? fast : await renderCounted(kennisbladDocument(view), render));
}

/** The report: planned pages numbered as fixed text; if a page ran over, the content flows instead (see report.tsx). */
export async function renderReportWith<T>(view: ReportView, render: RenderDocument<T>): Promise<Counted<T>> {
  checkCoverage(view);
  const fast = await renderCounted(reportDocument(view, { layout: 'pages' }), render);
  return counted(fast.fits && fast.pages === plannedReportPages(view) ? fast : await renderCounted(reportDocument(view, { layout: 'flow' }), render));
}
