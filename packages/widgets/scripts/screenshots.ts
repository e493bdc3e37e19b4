// `pnpm --filter @maatwerk/widgets screenshots`: pictures of the quick scan for review, next to the
// report PDF's page with the same result, in packages/widgets/screenshots/:
//   statement-step-1280.png, statement-step-360.png   the first statement step
//   result-1280.png, result-360.png                   the whole result screen
//   report-domains.png                                the report's page with the picture per domain
// The widget is built as it ships (quick-scan.js) and driven in Chromium; the report is made by the
// kennisblad's own command (`pnpm kennisblad report`) and rendered to PNG with poppler's pdftoppm.
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { score, type Answers, type QuickScanContent } from '@maatwerk/model';
import contentData from '@maatwerk/model/data/content.nl.json';
import { chromium, type Page } from 'playwright';
import { chromiumLaunchOptions } from '../../../tests/support/chromium.ts';
import { ENTRIES } from './entries.ts';
import { buildAndServe, pageFor } from './serve-build.ts';

const run = promisify(execFile);
const here = fileURLToPath(new URL('..', import.meta.url));
const target = join(here, 'screenshots');
const content = contentData as unknown as QuickScanContent;

// One result for every picture: four domains, answers that differ per cell, two "weet ik niet".
const DOMAINS = ['armoede-schulden', 'werk-inkomen', 'sociale-inclusie-wmo', 'gezondheid'];
const answers: Answers = {};
content.statements
  .filter((statement) => DOMAINS.includes(statement.domain))
  .forEach((statement, index) => (answers[statement.id] = index === 5 || index === 22 ? null : ((index * 7 + DOMAINS.indexOf(statement.domain)) % 4) + 1));
const result = score(content, answers, {
  domains: DOMAINS,
  completedAt: '2026-11-30T10:00:00.000Z',
  municipality: { code: 'GM0344', name: 'Utrecht' },
});

const entry = ENTRIES.find((candidate) => candidate.name === 'quick-scan')!;
const served = await buildAndServe([entry], { '/': pageFor(entry) });
const browser = await chromium.launch(chromiumLaunchOptions());

async function open(width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
  await page.goto(`${served.origin}/`);
  await page.getByRole('button', { name: 'Start de scan' }).waitFor();
  return page;
}

try {
  for (const width of [1280, 360]) {
    const step = await open(width);
    await step.getByRole('button', { name: 'Start de scan' }).click();
    await step.getByRole('button', { name: 'Begin met de vragen' }).click();
    const groups = step.locator('maatwerk-quick-scan').getByRole('group');
    await groups.first().getByRole('radio', { name: 'Klopt grotendeels' }).click();
    await groups.nth(1).getByRole('radio', { name: 'Klopt een beetje' }).click();
    await step.locator('maatwerk-quick-scan').screenshot({ path: join(target, `statement-step-${width}.png`) });
    await step.close();

    const page = await open(width);
    await page.locator('maatwerk-quick-scan').evaluate((element, given) => Object.assign(element, { result: given }), result);
    // The whole result is there once its last part, the next steps, has the adviser of the municipality (data loaded in idle time).
    await page.locator('maatwerk-quick-scan').getByRole('link', { name: 'Mail uw adviseur' }).waitFor();
    await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
    await page.locator('maatwerk-quick-scan').screenshot({ path: join(target, `result-${width}.png`) });
    await page.close();
  }

  // The report for the same result, by the kennisblad's command; then its page with the domain pictures.
  const work = await mkdtemp(join(tmpdir(), 'maatwerk-shots-'));
  try {
    await writeFile(join(work, 'uitkomst.json'), JSON.stringify(result));
    await run('pnpm', ['--filter', '@maatwerk/kennisblad', 'kennisblad', 'report', join(work, 'uitkomst.json'), '--out', join(work, 'rapport.pdf')]);
    const { stdout: info } = await run('pdfinfo', [join(work, 'rapport.pdf')]);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    let found = 0;
    for (let number = 1; number <= pages && !found; number++) {
      const { stdout } = await run('pdftotext', ['-f', String(number), '-l', String(number), join(work, 'rapport.pdf'), '-']);
      if (stdout.includes('Zwakste schakel')) found = number;
    }
    if (!found) throw new Error('No page of the report shows the picture per domain');
    await run('pdftoppm', ['-png', '-r', '110', '-f', String(found), '-l', String(found), join(work, 'rapport.pdf'), join(work, 'page')]);
    const png = (await readdir(work)).find((name) => name.startsWith('page') && name.endsWith('.png'))!;
    await copyFile(join(work, png), join(target, 'report-domains.png'));
    console.log(`report page ${found} of ${pages}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  console.log(`screenshots in ${target}`);
} finally {
  await browser.close();
  await served.close();
}
