// Reading PDFs back the way a user's tools do: pdfjs text extraction and poppler's pdfinfo,
// pdffonts and pdfimages. Plus temporary copies of the data folder to break on purpose.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { DEFAULT_DATA_DIR, loadDataset, type Dataset } from '@maatwerk/model/node';
import type { Lang } from '@maatwerk/model';

const run = promisify(execFile);

export interface PdfText {
  pages: string[];
  /** All pages, whitespace collapsed and words split at a line end joined again. */
  text: string;
  info: Record<string, unknown>;
  outline: string[];
}

/** Joins what a line break split: "laagge-\nletterdheid" -> "laaggeletterdheid"; collapses whitespace. */
export function normaliseText(text: string): string {
  return text
    .replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

export async function readPdf(pdf: Uint8Array): Promise<PdfText> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  const { info } = await document.getMetadata();
  const outline = ((await document.getOutline()) ?? []).map((entry) => entry.title);
  await document.destroy();
  return { pages, text: normaliseText(pages.join('\n')), info: info as Record<string, unknown>, outline };
}

async function tool(name: string, args: string[]): Promise<string> {
  const { stdout } = await run(name, args, { encoding: 'utf8' });
  return stdout;
}

/** `pdfinfo` fields, e.g. { Title: '…', Pages: '4' }. */
export async function pdfinfo(file: string): Promise<Record<string, string>> {
  const out = await tool('pdfinfo', [file]);
  return Object.fromEntries(
    out
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[1]!.trim(), match[2]!.trim()]),
  );
}

export interface FontRow {
  name: string;
  type: string;
  emb: boolean;
  sub: boolean;
  uni: boolean;
}

/** `pdffonts` rows. */
export async function pdffonts(file: string): Promise<FontRow[]> {
  const lines = (await tool('pdffonts', [file])).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    const parts = line.trim().split(/\s+/);
    // name type... encoding emb sub uni object ID: the flags are the 5th to 3rd fields from the end.
    const [emb, sub, uni] = parts.slice(-5, -2);
    return { name: parts[0]!, type: parts.slice(1, -6).join(' '), emb: emb === 'yes', sub: sub === 'yes', uni: uni === 'yes' };
  });
}

/** How many images `pdfimages -list` finds: text must never be an image. */
export async function imageCount(file: string): Promise<number> {
  const lines = (await tool('pdfimages', ['-list', file])).split('\n').slice(2).filter(Boolean);
  return lines.length;
}

/** A fresh temporary folder. */
export function temporaryDir(prefix = 'kennisblad-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** A copy of the model's data folder, to change or break. */
export async function copyData(): Promise<string> {
  const dir = join(await temporaryDir('kennisblad-data-'), 'data');
  await cp(DEFAULT_DATA_DIR, dir, { recursive: true });
  return dir;
}

/** Reads, changes and writes one JSON file of a data folder. */
export async function editJson(file: string, change: (data: Record<string, unknown>) => void): Promise<void> {
  const data = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  change(data);
  await writeFile(file, JSON.stringify(data, null, 2));
}

export async function dataset(lang: Lang = 'nl', dir = DEFAULT_DATA_DIR): Promise<Dataset> {
  const loaded = await loadDataset(dir, lang);
  if (!loaded.ok) throw new Error(`The shipped data has issues: ${JSON.stringify(loaded.issues)}`);
  return loaded.dataset;
}

/** Captures what the command prints. */
export function captureIo(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line), cwd }, out, err };
}
