// @maatwerk/kennisblad/browser: renders the kennisblad and the personalised report to PDF Blobs in
// the browser (a page or a Web Worker: nothing here needs the DOM).
//
// Load it on demand only (`await import('@maatwerk/kennisblad/browser')`), never from the widgets'
// embed bundle: react-pdf is about 440 kB gzip plus the fonts, and its layout engine is
// WebAssembly (a strict CSP needs 'wasm-unsafe-eval'). Browser-safe: no Node built-ins here or in
// anything it imports; `@react-pdf/renderer` resolves to its browser build through its `browser` field.
import { pdf } from '@react-pdf/renderer';
import type { ScanResult } from '@maatwerk/model';
import { loadFonts, loadHyphenation, registerFonts, type FontSources } from './fonts.ts';
import { renderKennisbladWith, renderReportWith, type RenderDocument } from './pages.ts';
import { buildKennisblad, type DocumentData, type KennisbladOptions } from './view.ts';
import { buildReport, resultIssues, type ReportOptions } from './report-view.ts';

export type { FontSources } from './fonts.ts';
export type { DocumentData, KennisbladOptions, KennisbladView } from './view.ts';
export type { ReportView } from './report-view.ts';
export { buildKennisblad, resolveRegion } from './view.ts';
export { buildReport, resultIssues } from './report-view.ts';
export { kennisbladHtml, reportHtml } from './html.ts';

const toBlob: RenderDocument<Blob> = (document) => pdf(document).toBlob();

export interface BrowserReportOptions extends ReportOptions {
  /** The model's data (content in the result's language, traject, municipalities, advisers).
   * Defaults to the data shipped with `@maatwerk/model`, loaded on demand. */
  data?: DocumentData;
  /** URLs of the four Maatwerk Sans TTF files. Defaults to the files bundled through Vite's `?url`. */
  fonts?: FontSources;
}

/** Absolute URL against the page (or the worker's script), so react-pdf's fetch() gets what the bundler emitted. */
function absolute(url: string): string {
  const base = typeof document === 'undefined' ? globalThis.location?.href : document.baseURI;
  return base ? new URL(url, base).href : url;
}

/** The TTF files emitted by the bundler (Vite `?url` imports), fetched only when a report is made. */
async function bundledFonts(): Promise<FontSources> {
  const [regular, semibold, bold, italic] = await Promise.all([
    import('../fonts/MaatwerkSans-Regular.ttf?url'),
    import('../fonts/MaatwerkSans-Semibold.ttf?url'),
    import('../fonts/MaatwerkSans-Bold.ttf?url'),
    import('../fonts/MaatwerkSans-It.ttf?url'),
  ]);
  return { regular: absolute(regular.default), semibold: absolute(semibold.default), bold: absolute(bold.default), italic: absolute(italic.default) };
}

/** The model's shipped data, as JSON modules the bundler splits off. */
async function shippedData(lang: ScanResult['content']['lang']): Promise<DocumentData> {
  const [content, traject, geography, advisers] = await Promise.all([
    lang === 'en'
      ? import('@maatwerk/model/data/content.en.json', { with: { type: 'json' } })
      : import('@maatwerk/model/data/content.nl.json', { with: { type: 'json' } }),
    lang === 'en'
      ? import('@maatwerk/model/data/traject.en.json', { with: { type: 'json' } })
      : import('@maatwerk/model/data/traject.nl.json', { with: { type: 'json' } }),
    import('@maatwerk/model/data/municipalities.json', { with: { type: 'json' } }),
    import('@maatwerk/model/data/advisers.json', { with: { type: 'json' } }),
  ]);
  return {
    content: content.default as unknown as DocumentData['content'],
    traject: traject.default as unknown as DocumentData['traject'],
    geography: geography.default as unknown as DocumentData['geography'],
    advisers: advisers.default as unknown as DocumentData['advisers'],
  };
}

/**
 * Renders the personalised report of a quick scan result to a PDF Blob, e.g. for a download link:
 *
 * ```ts
 * const { renderReportBlob } = await import('@maatwerk/kennisblad/browser');
 * const blob = await renderReportBlob(event.detail.result);
 * link.href = URL.createObjectURL(blob);
 * ```
 *
 * The result is expected to come from the model's `score()` (the quick scan element); full schema
 * validation with ajv happens on the Node side (the CLI). Here the result is checked against the
 * content it refers to, and a mismatch throws an Error listing the problems.
 */
export async function renderReportBlob(result: ScanResult, options: BrowserReportOptions = {}): Promise<Blob> {
  const data = options.data ?? (await shippedData(result.content.lang));
  const issues = resultIssues(data.content, result, result.content.lang);
  if (issues.length) throw new Error(issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
  registerFonts(options.fonts ?? (await bundledFonts()));
  await Promise.all([loadFonts(), loadHyphenation(result.content.lang)]);
  const view = buildReport(data, result, options.date ? { date: options.date } : {});
  return (await renderReportWith(view, toBlob)).output;
}

export interface BrowserKennisbladOptions extends KennisbladOptions {
  /** URLs of the four Maatwerk Sans TTF files. Defaults to the files bundled through Vite's `?url`. */
  fonts?: FontSources;
}

/**
 * Renders the kennisblad from (already validated) data to a PDF Blob: the same document, the same
 * bytes as `renderKennisblad` in Node. The kennisblad studio calls this in a Web Worker.
 */
export async function renderKennisbladBlob(data: DocumentData, options: BrowserKennisbladOptions = {}): Promise<Blob> {
  const { fonts, ...kennisblad } = options;
  registerFonts(fonts ?? (await bundledFonts()));
  await Promise.all([loadFonts(), loadHyphenation(data.traject.lang)]);
  const view = buildKennisblad(data, kennisblad);
  return (await renderKennisbladWith(view, toBlob)).output;
}
