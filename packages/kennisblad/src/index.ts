// @maatwerk/kennisblad, Node API: the kennisblad and the personalised report as PDF and HTML.
export { buildKennisblad, resolveRegion } from './view.ts';
export { buildReport, resultIssues } from './report-view.ts';
export type {
  ContactView,
  DocumentData,
  Edition,
  FigureView,
  KennisbladOptions,
  KennisbladView,
  SectionId,
  SectionView,
} from './view.ts';
export type {
  ReportAction,
  ReportCell,
  ReportDomain,
  ReportOptions,
  ReportRow,
  ReportView,
} from './report-view.ts';
export { renderKennisblad, renderKennisbladPdf, renderKennisbladView, renderReport, renderReportPdf, renderReportView, nodeFontSources, nodeWebFonts, writeFileAtomic } from './render.ts';
export { kennisbladHtml, reportHtml, escapeHtml, type HtmlOptions } from './html.ts';
export { kennisbladDocument, KENNISBLAD_PAGES, type KennisbladDocumentOptions } from './kennisblad.tsx';
export { documentProps, fixedDate } from './meta.ts';
export { reportDocument, plannedReportPages, type ReportDocumentOptions } from './report.tsx';
export { pageCount, renderKennisbladWith, renderReportWith, type Counted, type RenderDocument } from './pages.ts';
export { registerFonts, hyphenateDutch, hyphenatorFor, FONT_FAMILY, FONT_FILES, WEB_FONT_FILES, type FontSources } from './fonts.ts';
export { LABELS, labelsIn, formatDate, type Labels } from './labels.ts';
export { run, repoRoot, preview, HELP, type CommandIo } from './commands.ts';
