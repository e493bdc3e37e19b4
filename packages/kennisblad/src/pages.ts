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

/** What react-pdf hands its `onRender` callback besides the blob: the laid-out document. */
interface RenderedLayout {
  _INTERNAL__LAYOUT__DATA_?: { children?: unknown[] };
}

/**
 * Renders and counts the pages from react-pdf's own layout (its `onRender` callback), so the
 * finished PDF never has to be decoded again to find out whether content ran over a page.
 */
async function renderCounted<T>(document: ReactElement<DocumentProps>, render: RenderDocument<T>): Promise<Counted<T>> {
  let pages: number | undefined;
  const onRender = (rendered: RenderedLayout) => {
    pages = rendered._INTERNAL__LAYOUT__DATA_?.children?.length;
  };
  const output = await render(cloneElement(document, { onRender } as Partial<DocumentProps>));
  if (pages === undefined) throw new Error('react-pdf did not report its layout: the page count is unknown.');
  return { output, pages };
}

/** The kennisblad: each designed page on one sheet, numbered as fixed text; if content ran over, numbered after pagination. */
export async function renderKennisbladWith<T>(view: KennisbladView, render: RenderDocument<T>): Promise<Counted<T>> {
  checkCoverage(view);
  const fast = await renderCounted(kennisbladDocument(view, { fixedPageNumbers: true }), render);
  return fast.pages === KENNISBLAD_PAGES ? fast : renderCounted(kennisbladDocument(view), render);
}

/** The report: planned pages numbered as fixed text; if a page ran over, the content flows instead (see report.tsx). */
export async function renderReportWith<T>(view: ReportView, render: RenderDocument<T>): Promise<Counted<T>> {
  checkCoverage(view);
  const fast = await renderCounted(reportDocument(view, { layout: 'pages' }), render);
  return fast.pages === plannedReportPages(view) ? fast : renderCounted(reportDocument(view, { layout: 'flow' }), render);
}
