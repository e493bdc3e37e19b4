// Node side: fonts from the `source-sans` package and rendering to a Buffer.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { renderToBuffer } from '@react-pdf/renderer';
import type { Lang, ScanResult } from '@maatwerk/model';
import { FONT_FILES, loadFonts, loadHyphenation, registerFonts, type FontSources } from './fonts.ts';
import { KENNISBLAD_PAGES, kennisbladDocument } from './kennisblad.tsx';
import { pageCount } from './pages.ts';
import { plannedReportPages, reportDocument } from './report.tsx';
import { buildKennisblad, buildReport, type DocumentData, type KennisbladOptions, type KennisbladView, type ReportOptions, type ReportView } from './view.ts';

/** Paths of the Source Sans 3 TTF files installed with the `source-sans` package. */
export function nodeFontSources(): FontSources {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('source-sans/package.json')), 'TTF');
  return {
    regular: join(dir, FONT_FILES.regular),
    semibold: join(dir, FONT_FILES.semibold),
    bold: join(dir, FONT_FILES.bold),
    italic: join(dir, FONT_FILES.italic),
  };
}

async function prepare(lang: Lang): Promise<void> {
  registerFonts(nodeFontSources());
  await Promise.all([loadFonts(), loadHyphenation(lang)]);
}

export async function renderKennisbladView(view: KennisbladView): Promise<Buffer> {
  await prepare(view.lang);
  // Fast path: each designed page fits one sheet, so page numbers are known before layout.
  const pdf = await renderToBuffer(kennisbladDocument(view, { fixedPageNumbers: true }));
  if (pageCount(pdf) === KENNISBLAD_PAGES) return pdf;
  // Content overflowed a page: number the pages after pagination instead.
  return renderToBuffer(kennisbladDocument(view));
}

export async function renderReportView(view: ReportView): Promise<Buffer> {
  await prepare(view.lang);
  // Fast path: overview, picture and plan on pages of their own, numbered as fixed text.
  const pdf = await renderToBuffer(reportDocument(view, { layout: 'pages' }));
  if (pageCount(pdf) === plannedReportPages(view)) return pdf;
  // A page ran over: let the content flow and number the pages after pagination instead.
  return renderToBuffer(reportDocument(view, { layout: 'flow' }));
}

/** The kennisblad as PDF bytes. Same data and options give the same bytes. */
export async function renderKennisblad(data: DocumentData, options: KennisbladOptions = {}): Promise<Buffer> {
  return renderKennisbladView(buildKennisblad(data, options));
}

/** The personalised report of a (validated) quick scan result as PDF bytes. */
export async function renderReport(data: DocumentData, result: ScanResult, options: ReportOptions = {}): Promise<Buffer> {
  return renderReportView(buildReport(data, result, options));
}

export { writeFileAtomic } from './write.ts';
export { pageCount } from './pages.ts';
