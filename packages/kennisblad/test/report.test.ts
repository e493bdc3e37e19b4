// The personalised report: ranked domains, the picture per domain, the plan from advise(), the contact.
import { beforeAll, describe, expect, test } from 'vitest';
import { advise, lowestCells, score, type ScanResult } from '@maatwerk/model';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { validate, type Dataset } from '@maatwerk/model/node';
import { buildReport, pageCount, plannedReportPages, renderReport, reportDocument, resultIssues } from '../src/index.ts';
import { renderToBuffer } from '@react-pdf/renderer';
import { sampleResult } from '../scripts/sample.ts';
import { dataset, normaliseText, readPdf, type PdfText } from './helpers.ts';

let data: Dataset;
let result: ScanResult;
let pdf: Buffer;
let read: PdfText;

beforeAll(async () => {
  data = await dataset('nl');
  result = sampleResult(data.content);
  pdf = await renderReport(data, result);
  read = await readPdf(pdf);
}, 120_000);

const nameOf = (id: string) => data.content.domains.find((domain) => domain.id === id)!.name;

describe('the report', () => {
  test('names the municipality and ranks the domains in the order of the result', () => {
    expect(read.text).toContain('Borne');
    const names = result.ranking.map(nameOf);
    let from = 0;
    for (const name of names) {
      const at = read.text.indexOf(name, from);
      expect(at, name).toBeGreaterThanOrEqual(0);
      from = at;
    }
  });

  test('its appendix lists every statement of each assessed domain with the answer given, and breaks ties as the model does', () => {
    const view = buildReport(data, result);
    const assessed = result.domains.filter((domain) => domain.score !== null);
    expect(view.appendix.domains.map((domain) => domain.domain)).toEqual([...assessed].sort((a, b) => a.rank - b.rank).map((domain) => domain.domain));
    let ties = 0;
    for (const domain of view.appendix.domains) {
      const scored = result.domains.find((entry) => entry.domain === domain.domain)!;
      const statements = data.content.statements.filter((statement) => statement.domain === domain.domain);
      expect(domain.rows.map((row) => row.statement).sort()).toEqual(statements.map((statement) => statement.text).sort());
      // The marked rows are the model's weakest link; with a tie, the sentence names every tied cell.
      const marked = domain.rows.filter((row) => row.weakest).map((row) => row.cell);
      const weakest = scored.weakestLink!;
      const cellName = (level: string, factor: string) =>
        `${data.content.levels.find((entry) => entry.id === level)!.name} · ${data.content.factors.find((entry) => entry.id === factor)!.name.toLowerCase()}`;
      expect(new Set(marked)).toEqual(new Set([cellName(weakest.level, weakest.factor)]));
      const tied = lowestCells(data.content, scored.cells);
      if (tied.length > 1) {
        ties++;
        for (const cell of tied) expect(domain.tie).toContain(cellName(cell.level, cell.factor));
        expect(domain.tie).toContain(`${cellName(weakest.level, weakest.factor)} komt het eerst`);
      } else expect(domain.tie).toBeUndefined();
      for (const row of domain.rows) {
        const statement = statements.find((entry) => entry.text === row.statement)!;
        const answer = result.answers[statement.id];
        const expected = !(statement.id in result.answers)
          ? 'niet beantwoord'
          : answer === null
            ? data.content.scale.unknown.label
            : data.content.scale.options.find((option) => option.value === answer)!.label;
        expect(row.answer).toBe(expected);
      }
    }
    expect(ties, 'the sample result has tied weakest links').toBeGreaterThan(0);
    expect(view.appendix.tieRule).toContain('eerst op niveau (bestuur, beleid en uitvoering), dan op factor (betrokkenheid, middelen en ondersteuning)');
    expect(read.text).toContain(view.appendix.heading);
  });

  test('draws the factor x level picture for each assessed domain and names its weakest link', () => {
    const view = buildReport(data, result);
    const assessed = result.domains.filter((domain) => domain.score !== null);
    expect(view.domains.map((domain) => domain.domain)).toEqual([...assessed].sort((a, b) => a.rank - b.rank).map((domain) => domain.domain));
    for (const domain of view.domains) {
      expect(read.text).toContain(domain.heading);
      expect(read.text).toContain(domain.weakestLink);
      expect(domain.grid).toHaveLength(data.content.levels.length);
      expect(domain.grid.every((row) => row.length === data.content.factors.length)).toBe(true);
    }
    const notAssessed = result.domains.find((domain) => domain.score === null);
    expect(notAssessed).toBeDefined();
    expect(read.text).toContain('niet ingevuld');
  });

  test('holds the 10-month action plan from advise(), phase by phase', () => {
    const plan = advise(data.content, result);
    expect(plan.phases.length).toBeGreaterThan(0);
    expect(read.text).toContain(`Actieplan voor ${plan.months} maanden`);
    for (const { phase, actions } of plan.phases) {
      expect(read.text).toContain(phase.name);
      for (const { action } of actions) expect(read.text).toContain(action.title);
    }
  });

  test('gives the adviser of the municipality’s region', () => {
    const municipality = data.geography.municipalities.find((candidate) => candidate.code === result.municipality!.code)!;
    const adviser = data.advisers.advisers.find((candidate) => candidate.region === municipality.region)!;
    expect(read.text).toContain(adviser.name);
    expect(read.text).toContain(adviser.email);
  });

  test('finds the adviser by CBS code, else by name, else gives the general contact', () => {
    const municipality = data.geography.municipalities.find((candidate) => candidate.code === result.municipality!.code)!;
    const adviser = data.advisers.advisers.find((candidate) => candidate.region === municipality.region)!;
    const contactFor = (place: { code: string; name: string }) => buildReport(data, { ...result, municipality: place }).contact.name;
    expect(contactFor({ code: municipality.code.toLowerCase(), name: 'een andere naam' })).toBe(adviser.name);
    expect(contactFor({ code: 'GM9999', name: municipality.name })).toBe(adviser.name);
    expect(contactFor({ code: 'GM9999', name: 'Nergenshuizen' })).toBe(data.advisers.general.name);
  });

  test('without a municipality it gives the general contact', async () => {
    const anonymous = sampleResult(data.content, { municipality: null });
    const text = (await readPdf(await renderReport(data, anonymous))).text;
    expect(text).toContain(data.advisers.general.name);
    expect(text).toContain('De uitkomst van jouw quickscan');
  });

  test('sets metadata and is byte-identical across renders', async () => {
    expect(read.info.Title).toContain('Borne');
    expect(read.info.Author).toBe(data.traject.publisher);
    expect(read.info.Language).toBe('nl-NL');
    expect(read.info.CreationDate).toBe('D:20260115000000Z');
    expect((await renderReport(data, result)).equals(pdf)).toBe(true);
  });

  test('renders an English result with English labels', async () => {
    const english = await dataset('en');
    const text = (await readPdf(await renderReport(english, sampleResult(english.content)))).text;
    expect(text).toContain('Promising policy domains');
    expect(text).toContain(english.content.domains[0]!.name);
  });

  test('the committed example result is valid and matches the sample (run `preview` after a change)', async () => {
    const example = JSON.parse(await readFile(join(import.meta.dirname, '..', 'examples', 'uitkomst-voorbeeld.json'), 'utf8'));
    expect((await validate('result', example)).issues).toEqual([]);
    expect(example).toEqual(result);
  });

  test('plans its pages so that page numbers are fixed text, for small and large results', async () => {
    const { content } = data;
    const answer = (value: number) => Object.fromEntries(content.statements.map((statement) => [statement.id, value]));
    const results = [result, score(content, answer(1)), score(content, answer(4)), score(content, answer(2), { domains: [content.domains[0]!.id] })];
    for (const each of results) {
      const view = buildReport(data, each);
      const pdf = await renderToBuffer(reportDocument(view, { layout: 'pages' }));
      expect(pageCount(pdf)).toBe(plannedReportPages(view));
    }
    read.pages.forEach((page, index) => expect(normaliseText(page)).toContain(`Pagina ${index + 1} van ${read.pages.length}`));
  });

  test('the flowing layout (the fallback when a page runs over) numbers its pages after pagination', async () => {
    const view = buildReport(data, result);
    const flow = await readPdf(await renderToBuffer(reportDocument(view, { layout: 'flow' })));
    flow.pages.forEach((page, index) => expect(normaliseText(page)).toContain(`Pagina ${index + 1} van ${flow.pages.length}`));
    for (const row of view.ranking) expect(flow.text).toContain(row.name);
    expect(flow.text).toContain(view.contact.name);
  });

  test('finds results that do not belong to the content', () => {
    const broken = structuredClone(result);
    broken.content.id = 'een-andere-scan';
    broken.domains[0]!.domain = 'bestaat-niet';
    const issues = resultIssues(data.content, broken);
    expect(issues.map((issue) => issue.path)).toEqual(['content.id', 'domains[0].domain']);
    expect(issues[1]!.message).toBe('Onbekend domein "bestaat-niet".');
  });
});
