// Node side: fonts from the `source-sans` package and rendering to a Buffer.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { renderToBuffer } from '@react-pdf/renderer';
import type { Lang, ScanResult } from '@maatwerk/model';
import { FONT_FILES, loadFonts, loadHyphenation, registerFonts, type FontSources } from './fonts.ts';
import { renderKennisbladWith, renderReportWith, type Counted } from './pages.ts';
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

/** The kennisblad as PDF bytes with its number of pages. */
export async function renderKennisbladPdf(view: KennisbladView): Promise<Counted<Buffer>> {
  await prepare(view.lang);
  return renderKennisbladWith(view, renderToBuffer);
}

/** The report as PDF bytes with its number of pages. */
export async function renderReportPdf(view: ReportView): Promise<Counted<Buffer>> {
  await prepare(view.lang);
  return renderReportWith(view, renderToBuffer);
}

export async function renderKennisbladView(view: KennisbladView): Promise<Buffer> {
  return (await renderKennisbladPdf(view)).output;
}

export async function renderReportView(view: ReportView): Promise<Buffer> {
  return (await renderReportPdf(view)).output;
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
