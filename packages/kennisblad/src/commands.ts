// The `pnpm kennisblad` command: for communications staff, so every message is plain Dutch.
// `run()` returns the exit code instead of exiting, so tests can call it in-process.
import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatIssue, slug, type DataIssue, type Lang, type ScanResult } from '@maatwerk/model';
import { DEFAULT_DATA_DIR, loadDataset, validateFile, type Dataset } from '@maatwerk/model/node';
import { kennisbladHtml, reportHtml } from './html.ts';
import type { MissingCharactersError } from './fonts.ts';
import type { Counted } from './pages.ts';
import { writeFileAtomic } from './write.ts';
import { buildKennisblad, resolveRegion } from './view.ts';
import { buildReport, resultIssues } from './report-view.ts';

export interface CommandIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Base for relative paths the user types; `pnpm` sets INIT_CWD to where it was started. */
  cwd: string;
}

const defaultIo: CommandIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  cwd: process.env.INIT_CWD ?? process.cwd(),
};

/** The repository root (where `pnpm-workspace.yaml` is), so `out/` lands there from any folder. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

export const HELP = `pnpm kennisblad: maakt het kennisblad (pdf en webversie) uit de data.

Gebruik:
  pnpm kennisblad                         maakt out/kennisblad.pdf en out/kennisblad.html
  pnpm kennisblad --regio AM05            regionale editie met de adviseur van die regio
  pnpm kennisblad regios                  toont alle arbeidsmarktregio's met hun code
  pnpm kennisblad report uitkomst.json    maakt het rapport bij een uitkomst van de quickscan

Opties:
  --regio <code>    code, naam van een arbeidsmarktregio of naam van een gemeente, bijvoorbeeld
                    AM05, Twente of Borne. Het kennisblad noemt dan de adviseur van die regio.
  --lang en         Engelse versie (standaard: nl).
  --data <map>      een andere map met data (standaard: de data van het model).
  --out <bestand>   waar de pdf komt; de webversie (.html) komt ernaast.
  --date <datum>    datum van de editie, als JJJJ-MM-DD (standaard: de datum in traject.nl.json).
  --preview         maakt ook een plaatje (png) van elke pagina, naast de pdf.
  --help            toont deze uitleg.

Klopt er iets niet in de data, dan zegt het programma in welk bestand en waar, en maakt het
geen nieuw bestand: een bestaande pdf blijft dan zoals hij was.`;

const REPORT_HELP = `pnpm kennisblad report <uitkomst.json>: maakt het rapport bij een uitkomst van de quickscan.

Opties: --out <bestand>, --data <map>, --date <datum>, --preview (zie pnpm kennisblad --help).`;

interface Options {
  data?: string;
  out?: string;
  regio?: string;
  lang?: string;
  date?: string;
  preview?: boolean;
  help?: boolean;
}

class UsageError extends Error {}

/** The renderer (react-pdf, fonts) is imported only once the data is valid: errors come back fast. */
const renderer = () => import('./render.ts');

function parse(argv: string[]): { positionals: string[]; options: Options } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        data: { type: 'string' },
        out: { type: 'string' },
        regio: { type: 'string' },
        lang: { type: 'string' },
        date: { type: 'string' },
        preview: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    return { positionals, options: values };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const option = /'([^']+)'/.exec(message)?.[1];
    throw new UsageError(
      option && /Unknown option/.test(message)
        ? `Onbekende optie ${option}. Bekijk de mogelijkheden met: pnpm kennisblad --help`
        : option && /argument missing|requires|value/.test(message)
          ? `Bij de optie ${option.split(' ')[0]} hoort een waarde, bijvoorbeeld ${option.split(' ')[0]} AM05.`
          : `Deze opdracht begrijp ik niet (${message}). Bekijk de mogelijkheden met: pnpm kennisblad --help`,
    );
  }
}

/** Runs the command; resolves to the exit code (0 = gelukt, 1 = niet gelukt). */
export async function run(argv: string[], io: CommandIo = defaultIo): Promise<number> {
  try {
    const { positionals, options } = parse(argv);
    const [command, ...rest] = positionals;
    if (options.help) {
      io.out(command === 'report' ? REPORT_HELP : HELP);
      return 0;
    }
    if (command === undefined) return await kennisblad(options, io);
    if (command === 'report' || command === 'rapport') return await report(rest, options, io);
    if (command === 'regios' || command === "regio's") return await regions(options, io);
    throw new UsageError(`Onbekende opdracht "${command}". Bekijk de mogelijkheden met: pnpm kennisblad --help`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`✗ ${error.message}`);
      return 1;
    }
    // Checked by name: fonts.ts (react-pdf) is imported only once the data is valid.
    if (error instanceof Error && error.name === 'MissingCharactersError') {
      const { missing } = error as MissingCharactersError;
      io.err(`✗ Het lettertype van het document kan ${missing.length === 1 ? 'dit teken' : 'deze tekens'} niet tonen. Er is geen bestand gemaakt.`);
      for (const { character, text } of missing) io.err(`  - "${character}" in: ${text}`);
      io.err('  Vervang ze in de data door tekens uit het Latijnse alfabet en probeer het opnieuw.');
      return 1;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.err(`✗ Er ging iets mis bij het maken van het document. Er is geen bestand veranderd.\n  Technische details voor de ontwikkelaars:\n  ${detail.replaceAll('\n', '\n  ')}`);
    return 1;
  }
}

function langOf(options: Options): Lang {
  const lang = options.lang ?? 'nl';
  if (lang !== 'nl' && lang !== 'en') throw new UsageError(`De taal "${lang}" ken ik niet. Kies nl of en, bijvoorbeeld --lang en.`);
  return lang;
}

function dateOf(options: Options): string | undefined {
  const date = options.date;
  if (date === undefined) return undefined;
  const parsed = new Date(`${date}T00:00:00Z`);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date);
  if (!valid) throw new UsageError(`De datum "${date}" klopt niet. Schrijf hem als JJJJ-MM-DD, bijvoorbeeld --date 2026-01-01.`);
  return date;
}

function dataDirOf(options: Options, io: CommandIo): string {
  return options.data ? resolve(io.cwd, options.data) : DEFAULT_DATA_DIR;
}

function shown(path: string, io: CommandIo): string {
  const short = relative(io.cwd, path);
  return short && !short.startsWith('..') && !isAbsolute(short) ? short : path;
}

function printIssues(issues: DataIssue[], target: string, io: CommandIo): void {
  const count = issues.length === 1 ? 'één fout' : `${issues.length} fouten`;
  io.err(`✗ De data bevat ${count}. Er is geen nieuw bestand gemaakt${existsSync(target) ? `; ${shown(target, io)} is niet veranderd` : ''}.`);
  for (const issue of issues) io.err(`  - ${formatIssue({ ...issue, ...(issue.file && { file: shown(issue.file, io) }) }, 'nl')}`);
  io.err('Los de fouten op en probeer het opnieuw. Alleen de data controleren kan met: pnpm --filter @maatwerk/model validate');
}

async function load(options: Options, lang: Lang, target: string, io: CommandIo): Promise<Dataset | undefined> {
  const loaded = await loadDataset(dataDirOf(options, io), lang, 'nl');
  if (loaded.ok) return loaded.dataset;
  printIssues(loaded.issues, target, io);
  return undefined;
}

function outputPath(options: Options, io: CommandIo, fallback: string): string {
  if (!options.out) return join(repoRoot(), 'out', fallback);
  const out = resolve(io.cwd, options.out);
  if (options.out.endsWith('/') || (existsSync(out) && !extname(out))) return join(out, fallback);
  return extname(out).toLowerCase() === '.pdf' ? out : `${out}.pdf`;
}

/** The kennisblad is designed for two to four A4 pages. */
const MAX_PAGES = 4;
const htmlPathOf = (pdf: string) => pdf.replace(/\.pdf$/i, '.html');
/** The PDF and its HTML twin sit side by side: each links to the other by file name. */
const companionOf = (pdf: string) => ({ pdf: basename(pdf), html: basename(htmlPathOf(pdf)) });
const kilobytes = (bytes: number) => `${Math.round(bytes / 1024)} kB`;

async function writeOutputs({ output: pdf, pages }: Counted<Buffer>, html: string, target: string, what: string, options: Options, io: CommandIo): Promise<void> {
  await writeFileAtomic(target, pdf);
  await writeFileAtomic(htmlPathOf(target), html);
  io.out(`✓ ${what} gemaakt: ${shown(target, io)} (${pages} ${pages === 1 ? 'pagina' : "pagina's"}, ${kilobytes(pdf.length)})`);
  io.out(`✓ Webversie gemaakt: ${shown(htmlPathOf(target), io)}`);
  if (options.preview) await preview(target, io);
}

/** Renders each page to a PNG beside the PDF with pdftoppm (poppler-utils). */
export async function preview(pdfPath: string, io: CommandIo, outDir = dirname(pdfPath), dpi = 60): Promise<string[]> {
  const prefix = basename(pdfPath, extname(pdfPath));
  for (const name of await readdir(outDir).catch(() => [] as string[])) {
    if (name.startsWith(`${prefix}-`) && /-\d+\.png$/.test(name)) await rm(join(outDir, name));
  }
  try {
    // Loaded here: only --preview needs child processes, and loading them costs every start.
    const { execFile } = process.getBuiltinModule('node:child_process');
    await new Promise<void>((done, fail) =>
      execFile('pdftoppm', ['-r', String(dpi), '-png', pdfPath, join(outDir, prefix)], (error) => (error ? fail(error) : done())),
    );
  } catch {
    io.err('! Voor plaatjes van de pagina’s is het programma pdftoppm nodig (pakket poppler-utils). De pdf is wel gemaakt.');
    return [];
  }
  const files = (await readdir(outDir)).filter((name) => name.startsWith(`${prefix}-`) && name.endsWith('.png')).sort();
  io.out(`✓ Plaatjes van de pagina’s: ${files.map((name) => shown(join(outDir, name), io)).join(', ')}`);
  return files.map((name) => join(outDir, name));
}

async function kennisblad(options: Options, io: CommandIo): Promise<number> {
  const lang = langOf(options);
  const date = dateOf(options);
  const regionQuery = options.regio;
  if (regionQuery !== undefined && !regionQuery.trim()) throw new UsageError('Bij --regio hoort een code, bijvoorbeeld --regio AM05.');
  // The file name is known before the data is read only without --regio; a region adds its code.
  const provisional = outputPath(options, io, `kennisblad${lang === 'en' ? '.en' : ''}.pdf`);
  const dataset = await load(options, lang, provisional, io);
  if (!dataset) return 1;

  let region: string | undefined;
  let target = provisional;
  if (regionQuery !== undefined) {
    const resolved = resolveRegion(dataset, regionQuery);
    if (!resolved.ok) {
      io.err(`✗ De regio "${regionQuery}" ken ik niet. Er is geen bestand gemaakt.`);
      if (resolved.suggestions.length) {
        io.err(`  Bedoel je: ${resolved.suggestions.map((candidate) => `${candidate.code} (${candidate.name})`).join(', ')}?`);
      }
      io.err("  Gebruik de code van een arbeidsmarktregio (zoals AM05), de naam van de regio of de naam van een gemeente.");
      io.err("  Alle codes en namen zie je met: pnpm kennisblad regios");
      return 1;
    }
    region = resolved.region.code;
    if (!options.out || options.out.endsWith('/')) target = outputPath(options, io, `kennisblad-${region}${lang === 'en' ? '.en' : ''}.pdf`);
    if (!dataset.advisers.advisers.some((adviser) => adviser.region === region)) {
      io.err(`! Voor regio ${region} (${resolved.region.name}) staat geen adviseur in advisers.json. Het kennisblad noemt het algemene contact.`);
    }
  }

  const view = buildKennisblad(dataset, { ...(region && { region }), ...(date && { date }), companion: companionOf(target) });
  const { renderKennisbladPdf, nodeWebFonts } = await renderer();
  const rendered = await renderKennisbladPdf(view);
  await writeOutputs(rendered, kennisbladHtml(view, { fonts: await nodeWebFonts() }), target, view.edition.kind === 'regional' ? `Kennisblad (${view.editionText})` : 'Kennisblad', options, io);
  const { pages } = rendered;
  if (pages > MAX_PAGES) {
    io.err(`! Het kennisblad telt nu ${pages} pagina's; het is ontworpen voor hoogstens ${MAX_PAGES}. Maak teksten korter of vraag een ontwikkelaar de indeling aan te passen. Bekijk het resultaat met --preview.`);
  }
  return 0;
}

async function regions(options: Options, io: CommandIo): Promise<number> {
  const dataset = await load(options, langOf(options), '', io);
  if (!dataset) return 1;
  io.out("Arbeidsmarktregio's (code, naam, adviseur):");
  for (const region of dataset.geography.regions) {
    const adviser = dataset.advisers.advisers.find((candidate) => candidate.region === region.code);
    io.out(`  ${region.code}  ${region.name}${adviser ? `: ${adviser.name}` : ''}`);
  }
  io.out('Voorbeeld: pnpm kennisblad --regio AM05');
  return 0;
}

async function report(args: string[], options: Options, io: CommandIo): Promise<number> {
  const [file, ...extra] = args;
  if (!file) throw new UsageError('Geef het bestand met de uitkomst van de quickscan op, bijvoorbeeld: pnpm kennisblad report uitkomst.json');
  if (extra.length) throw new UsageError(`Geef één uitkomst tegelijk op (nu ook: ${extra.join(', ')}).`);
  const date = dateOf(options);
  const path = resolve(io.cwd, file);
  // The model reads, parses and validates the file, with the same messages as its own CLI.
  const checked = await validateFile<ScanResult>(path, { kind: 'result', lang: 'nl' });
  if (!checked.valid || !checked.data) {
    printIssues(checked.issues, '', io);
    return 1;
  }
  const result = checked.data;
  const name = result.municipality ? slug(result.municipality.name) : 'quickscan';
  const target = outputPath(options, io, `rapport-${name}${result.content.lang === 'en' ? '.en' : ''}.pdf`);
  const dataset = await load(options, result.content.lang, target, io);
  if (!dataset) return 1;
  const mismatch = resultIssues(dataset.content, result, 'nl', path);
  if (mismatch.length) {
    printIssues(mismatch, target, io);
    return 1;
  }
  if (result.content.version !== dataset.content.version) {
    io.err(`! Deze uitkomst is gemaakt met versie ${result.content.version} van de quickscan; de data is versie ${dataset.content.version}. Het rapport gebruikt de teksten van de nieuwe versie.`);
  }
  const view = buildReport(dataset, result, { ...(date && { date }), companion: companionOf(target) });
  const { renderReportPdf, nodeWebFonts } = await renderer();
  await writeOutputs(await renderReportPdf(view), reportHtml(view, { fonts: await nodeWebFonts() }), target, 'Rapport', options, io);
  return 0;
}
