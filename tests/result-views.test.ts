// One result, every view, the same numbers: the screen (the built bundle in Chromium), the sign-up
// e-mail, the report's view, its HTML twin and its PDF all show a domain's opportunity score as the
// model's summary gives it. (The inbox shows the same summary once the receiver renders results.)
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { summariseResult, type ResultSummary, type ScanResult } from '@maatwerk/model';
import { loadDataset, type Dataset } from '@maatwerk/model/node';
import { buildReport, renderReport, reportHtml } from '@maatwerk/kennisblad';
import { sampleResult } from '../packages/kennisblad/scripts/sample.ts';
import { readPdf } from '../packages/kennisblad/test/helpers.ts';
import { nl as signUpText } from '../packages/widgets/src/sign-up/locale.ts';
import { buildPayload, EMPTY_VALUES, mailBody } from '../packages/widgets/src/sign-up/payload.ts';
import { startDemoServer, type DemoServer } from '../demo/server.ts';
import { closeBrowser, openWatched, type Watched } from './support/browser.ts';

const hosts = fileURLToPath(new URL('hosts', import.meta.url));
let data: Dataset;
let result: ScanResult;
let summary: ResultSummary;
let demo: DemoServer;
let dataDir: string;
let watched: Watched | undefined;

beforeAll(async () => {
  const loaded = await loadDataset(undefined, 'nl');
  if (!loaded.ok) throw new Error('the built-in data does not load');
  data = loaded.dataset;
  result = sampleResult(data.content);
  summary = summariseResult(result, data.content);
  dataDir = await mkdtemp(join(tmpdir(), 'maatwerk-views-'));
  demo = await startDemoServer({ port: 0, dataDir, staticRoots: [['/hosts/', hosts]] });
});

afterAll(async () => {
  await watched?.context.close();
  await closeBrowser();
  await demo?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('one result in every view', () => {
  test('the sample has a domain whose opportunity is not a whole number (the case that used to differ)', () => {
    const raw = result.domains.map((domain) => domain.opportunity).filter((value): value is number => value !== null);
    expect(raw.some((value) => !Number.isInteger(value))).toBe(true);
    expect(summary.domains.every((domain) => domain.opportunity === null || Number.isInteger(domain.opportunity))).toBe(true);
  });

  test('the sign-up e-mail names the top three domains with their opportunity, not another score', () => {
    const match = { municipality: { code: 'GM0147', name: 'Borne' } } as Parameters<typeof buildPayload>[1];
    const payload = buildPayload({ ...EMPTY_VALUES, name: 'F. de Vries', role: 'beleid', email: 'f@example.org', consent: true, attachResult: true }, match, result, 'nl');
    const names = new Map(data.content.domains.map((domain) => [domain.id, domain.name]));
    const body = mailBody(payload, signUpText, names);
    for (const domain of summary.domains.slice(0, 3)) {
      expect(body).toContain(`${domain.rank}. ${domain.name} (kansrijkheid ${domain.opportunity ?? 'onbekend'}`);
    }
    expect(body).toContain(`${summary.coveragePercent}% van de stellingen beantwoord`);
  });

  test('the report (view, HTML twin and PDF) shows the same numbers', async () => {
    const view = buildReport(data, result);
    expect(view.ranking.map((row) => [row.domain, row.opportunity])).toEqual(summary.domains.map((domain) => [domain.domain, domain.opportunity]));
    const html = reportHtml(view);
    const pdf = (await readPdf(await renderReport(data, result))).text;
    for (const domain of summary.domains) {
      if (domain.opportunity === null) continue;
      expect(html).toMatch(new RegExp(`${domain.name}</[^>]+>.*?</span>${domain.opportunity}<`, 's'));
      expect(pdf).toContain(`${domain.name} ${domain.opportunity}`);
    }
  });

  test('the screen shows the same sentences and numbers', async () => {
    watched = await openWatched(new URL('/hosts/plain.html', demo.url).href);
    const { page } = watched;
    await page.waitForFunction(() => customElements.get('maatwerk-quick-scan'));
    await page.locator('maatwerk-quick-scan').evaluate((element, given) => Object.assign(element, { result: given }), result);
    const scan = page.locator('maatwerk-quick-scan');
    await scan.getByRole('heading', { name: 'Uw resultaat' }).waitFor();
    for (const domain of summary.domains) {
      const item = scan.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `${domain.rank}. ${domain.name}`, level: 4 }) });
      await expect.poll(() => item.first().textContent()).toContain(domain.sentences.opportunity);
      if (domain.opportunity !== null) expect(domain.sentences.opportunity).toContain(`${domain.opportunity} van 100`);
    }
  });
});
