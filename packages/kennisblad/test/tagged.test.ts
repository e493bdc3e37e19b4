// The PDFs as tagged PDF/UA-1: the structure tree read back (pdf.js and poppler) and compared with
// the sections' data, and the PDF/UA check script on every edition and the sample report.
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Dataset } from '@maatwerk/model/node';
import type { ScanResult } from '@maatwerk/model';
import { buildKennisblad, buildReport, renderKennisblad, renderReport } from '../src/index.ts';
import type { KennisbladView } from '../src/view.ts';
import type { ReportView } from '../src/report-view.ts';
import { dataset, temporaryDir } from './helpers.ts';
import { elements, pdfuaCheck, popplerStructure, structureTree, words, type StructNode } from './structure.ts';

const run = promisify(execFile);
const example = join(import.meta.dirname, '..', 'examples', 'uitkomst-voorbeeld.json');

interface Rendered {
  file: string;
  pdf: Buffer;
  tree: StructNode[];
}

let dir: string;
let nl: Dataset;
const editions: Record<'national' | 'english' | 'regional' | 'report', Rendered> = {} as never;
let nationalView: KennisbladView;
let reportView: ReportView;

async function keep(name: keyof typeof editions, pdf: Buffer) {
  const file = join(dir, `${name}.pdf`);
  await writeFile(file, pdf);
  editions[name] = { file, pdf, tree: await structureTree(pdf) };
}

beforeAll(async () => {
  dir = await temporaryDir('kennisblad-tagged-');
  nl = await dataset('nl');
  const en = await dataset('en');
  const result = JSON.parse(await readFile(example, 'utf8')) as ScanResult;
  nationalView = buildKennisblad(nl);
  reportView = buildReport(nl, result);
  await keep('national', await renderKennisblad(nl));
  await keep('english', await renderKennisblad(en));
  await keep('regional', await renderKennisblad(nl, { region: 'AM05' }));
  await keep('report', await renderReport(nl, result));
}, 240_000);

describe('tagged PDF/UA', () => {
  test('every edition and the sample report pass the PDF/UA check script', async () => {
    const output = await pdfuaCheck(Object.values(editions).map((edition) => edition.file));
    expect(output.match(/: PASS /g)).toHaveLength(4);
  });

  test('the kennisblad has every heading of its data, in reading order, with the right level', () => {
    const v = nationalView;
    const headings = elements(editions.national.tree, /^H[1-3]$/).map((node) => `${node.role} ${words(node.text)}`);
    expect(headings).toEqual([
      `H1 ${v.title}`,
      `H2 ${v.why.heading}`,
      `H2 ${v.what.heading}`,
      `H2 ${v.labels.keyFigures}`,
      `H2 ${v.model.heading}`,
      `H3 ${v.labels.domainsHeading}`,
      `H2 ${v.steps.heading}`,
      `H3 ${v.labels.horizonHeading}`,
      `H2 ${v.delivers.heading}`,
      `H2 ${v.practice.heading}`,
      `H2 ${v.participation.heading}`,
      `H2 ${v.signUp.heading}`,
    ]);
  });

  test('poppler reads the same headings from the tree', async () => {
    const tree = await popplerStructure(editions.national.file);
    // Each marked-content piece on a line of its own, quoted: a heading's pieces joined.
    const headings = [...tree.matchAll(/^\s*(H[1-3])[^\n]*\n((?:\s*"[^"]*"\n)+)/gm)].map(
      (match) => `${match[1]} ${words([...match[2]!.matchAll(/"([^"]*)"/g)].map((piece) => piece[1]).join(''))}`,
    );
    expect(headings[0]).toBe(`H1 ${nationalView.title}`);
    expect(headings).toContain(`H2 ${nationalView.model.heading}`);
  });

  test('the model grid is a table: factors as column headers, levels as row headers, a cell for each pair', () => {
    const [table] = elements(editions.national.tree, 'Table');
    const rows = table!.children.filter((node) => node.role === 'TR');
    const { factors, levels } = nationalView.model;
    expect(rows).toHaveLength(levels.length + 1);
    expect(rows[0]!.children.slice(1).map((cell) => `${cell.role} ${words(cell.text)}`)).toEqual(factors.map((factor) => `TH ${factor.name}`));
    rows.slice(1).forEach((row, index) => {
      expect(row.children.map((cell) => cell.role)).toEqual(['TH', ...factors.map(() => 'TD')]);
      expect(words(row.children[0]!.text)).toBe(levels[index]!.name);
    });
  });

  test('the drawn timeline is a Figure whose alternative text names every phase', () => {
    const figures = elements(editions.national.tree, 'Figure');
    expect(figures).toHaveLength(1);
    for (const phase of nationalView.steps.phases) expect(figures[0]!.alt).toContain(phase.name);
  });

  test('lists are L > LI > (Lbl) LBody: the domains, steps, deliverables and phases', () => {
    const lists = elements(editions.national.tree, 'L');
    const items = (list: StructNode) => list.children.filter((node) => node.role === 'LI');
    const sizes = lists.map((list) => items(list).length);
    const { model, steps, delivers } = nationalView;
    expect(sizes).toEqual([model.domains.length, steps.items.length, steps.phases.length, delivers.items.length]);
    expect(words(items(lists[0]!)[0]!.text)).toContain(model.domains[0]!.name);
    for (const list of lists) for (const item of items(list)) expect(item.children.at(-1)!.role).toBe('LBody');
  });

  test('footnotes are Notes, each figure points to its note with a Reference', () => {
    const notes = elements(editions.national.tree, 'Note');
    const references = elements(editions.national.tree, 'Reference');
    expect(new Set(notes.map((note) => words(note.text).split(' ')[0]))).toEqual(new Set(nationalView.notes.map((note) => String(note.note))));
    expect(references.length).toBeGreaterThanOrEqual(nationalView.notes.length);
    // The figure and its mark are separate words: "2,5 miljoen 1", never "2,5 miljoen1".
    for (const reference of references) expect(reference.text).toMatch(/^\s\d+$/);
  });

  test('links are Link elements with their text; the contact card links e-mail and website', () => {
    const links = elements(editions.regional.tree, 'Link').map((node) => words(node.text));
    const contact = buildKennisblad(nl, { region: 'AM05' }).signUp.contact;
    expect(links).toContain(contact.email);
    if (contact.url) expect(links).toContain(contact.url.replace(/^https?:\/\//, ''));
  });

  test('running header and footer are artifacts: no page number in the tree', () => {
    const all = elements(editions.national.tree, /./).map((node) => node.text).join(' ');
    expect(all).not.toMatch(/Pagina \d van \d/);
    expect(words(all)).toContain(nationalView.why.paragraphs[0]!);
  });

  test('the report: its 3 × 3 grids are tables with headers, the ranking a table with a header row', () => {
    const tables = elements(editions.report.tree, 'Table');
    const assessed = reportView.domains.length;
    expect(tables).toHaveLength(1 + assessed + reportView.appendix.domains.length);
    const [ranking, ...rest] = tables;
    const grids = rest.slice(0, assessed);
    expect(ranking!.children[0]!.children.every((cell) => cell.role === 'TH')).toBe(true);
    expect(ranking!.children.filter((row) => row.role === 'TR')).toHaveLength(reportView.ranking.length + 1);
    for (const grid of grids) expect(grid.children.map((row) => row.children[0]!.role)).toEqual(['TH', 'TH', 'TH', 'TH']);
  });

  test('the report appendix: per domain a table of every statement with its cell as row header, the answer and the score', () => {
    const tables = elements(editions.report.tree, 'Table').slice(1 + reportView.domains.length);
    expect(reportView.appendix.domains.length).toBeGreaterThan(0);
    reportView.appendix.domains.forEach((domain, index) => {
      const [head, ...rows] = tables[index]!.children;
      expect(head!.children.map((cell) => [cell.role, words(cell.text)])).toEqual(
        Object.values(reportView.appendix.columns).map((label) => ['TH', label]),
      );
      expect(rows).toHaveLength(domain.rows.length);
      rows.forEach((row, at) => {
        const expected = domain.rows[at]!;
        expect(row.children.map((cell) => cell.role)).toEqual(['TH', 'TD', 'TD', 'TD']);
        expect(words(row.children[0]!.text)).toContain(expected.cell);
        expect(words(row.children[1]!.text)).toBe(expected.statement);
        expect(words(row.children[2]!.text)).toBe(expected.answer);
        expect(words(row.children[3]!.text)).toBe(expected.score);
      });
    });
    const text = elements(editions.report.tree, 'P').map((node) => words(node.text)).join('\n');
    expect(text).toContain(reportView.appendix.tieRule);
    for (const domain of reportView.appendix.domains) if (domain.tie) expect(text).toContain(domain.tie);
  });

  test('hyphenated line ends are soft hyphens: a reader and a search find the whole word', async () => {
    // pdf.js ignores ActualText and shows the hyphen: it proves lines were hyphenated.
    const visible = elements(editions.national.tree, 'P').map((node) => node.text).join('\n');
    expect(visible).toMatch(/\p{Ll}-\n\p{Ll}/u);
    // poppler honours ActualText: the hyphen of a line break is a soft hyphen there, not a '-'.
    const { stdout } = await run('pdftotext', ['-raw', editions.national.file, '-'], { encoding: 'utf8' });
    expect(stdout).not.toMatch(/\p{Ll}-\n\p{Ll}/u);
  });
});

/** The text a reader hears, without quoted speech (a quote keeps the speaker's words). */
function spokenText(tree: StructNode[]): string {
  const text = elements(tree, /^(P|H[1-3]|TD|TH|LBody|Lbl|Link)$/)
    .filter((node) => node.children.length === 0 || node.role === 'P')
    .map((node) => words(node.text))
    .join(' ');
  return text.replace(/“[^”]*”|"[^"]*"/g, ' ');
}

describe('one voice', () => {
  test('the kennisblad and the report say "je" and "jouw", never "u" or "uw"', () => {
    for (const edition of [editions.national, editions.regional, editions.report]) {
      const text = spokenText(edition.tree);
      expect(text.match(/(?<![\p{L}-])(u|uw|U|Uw)(?![\p{L}-])/gu) ?? []).toEqual([]);
      expect(text).toMatch(/\b(je|jouw)\b/);
    }
  });

  test('the English edition has no Dutch left (names of organisations, places and sources aside)', () => {
    const text = spokenText(editions.english.tree);
    const dutch = text.match(/\b(de|het|een|voor|niet|wordt|zijn|jouw|je|gemeenten|maand|Peildatum|Bronnen|Pagina|Editie|voorbeeldgegevens)\b/g) ?? [];
    expect(dutch).toEqual([]);
  });
});
