// Node side: fonts from the package's fonts/ folder and rendering to a Buffer.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderToBuffer } from '@react-pdf/renderer';
import type { Lang, ScanResult } from '@maatwerk/model';
import { FONT_FILES, WEB_FONT_FILES, loadFonts, loadHyphenation, registerFonts, type FontSources } from './fonts.ts';
import { renderKennisbladWith, renderReportWith, type Counted } from './pages.ts';
import { buildKennisblad, type DocumentData, type KennisbladOptions, type KennisbladView } from './view.ts';
import { buildReport, type ReportOptions, type ReportView } from './report-view.ts';

const FONTS_DIR = fileURLToPath(new URL('../fonts/', import.meta.url));
const fontPaths = (files: Readonly<FontSources>): FontSources => ({
  regular: join(FONTS_DIR, files.regular),
  semibold: join(FONTS_DIR, files.semibold),
  bold: join(FONTS_DIR, files.bold),
  italic: join(FONTS_DIR, files.italic),
});

/** Paths of the Maatwerk Sans TTF files (renamed Source Sans 3 subsets) in the package's fonts/ folder. */
export function nodeFontSources(): FontSources {
  return fontPaths(FONT_FILES);
}

/** The WOFF2 subsets of the same faces as data URLs, for the HTML twin. */
export async function nodeWebFonts(): Promise<FontSources> {
  const paths = fontPaths(WEB_FONT_FILES);
  const dataUrl = async (path: string) => `data:font/woff2;base64,${(await readFile(path)).toString('base64')}`;
  const [regular, semibold, bold, italic] = await Promise.all([paths.regular, paths.semibold, paths.bold, paths.italic].map(dataUrl));
  return { regular: regular!, semibold: semibold!, bold: bold!, italic: italic! };
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
