// The kennisblad studio in real Chromium, built and served at /studio/ by the demo server under its
// own Content Security Policy. Every assertion reads what a user sees or gets: labels, messages,
// the PDF they download (read back with pdf.js), the zip they reopen.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startDemoServer, type DemoServer } from '../../../demo/server.ts';
import { closeBrowser, type Watched } from '../../../tests/support/browser.ts';
import { currentPreview, downloadBy, expectAccessible, item, nextPreview, openStudio, pdfText, previewText, tabTo } from './support.ts';

let demo: DemoServer;
let dataDir: string;
const opened: Watched[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'maatwerk-studio-'));
  demo = await startDemoServer({ port: 0, dataDir });
});

afterAll(async () => {
  await Promise.all(opened.map((watched) => watched.context.close()));
  await closeBrowser();
  await demo?.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function studio(): Promise<Watched> {
  const watched = await openStudio(new URL('/studio/', demo.url).href);
  opened.push(watched);
  return watched;
}

/** Nothing blocked by the policy, nothing logged, nothing fetched from elsewhere. */
function expectClean(watched: Watched): void {
  expect(watched.cspViolations).toEqual([]);
  expect(watched.consoleErrors).toEqual([]);
  expect(watched.foreignRequests).toEqual([]);
}

/** The kennisblad's own quote (the practice example has one too, earlier in the form). */
const quoteGroup = (page: Page) => page.getByRole('group', { name: 'Quote', exact: true }).last();
const STARTED = 'Cijfer 6 (gemeenten-gestart)';
const PERCENTAGE = 'Cijfer 3 (piaac-2023-16-65-percentage)';

describe('the kennisblad studio', () => {
  test('serves its own policy: WebAssembly for the renderer, nothing more', async () => {
    const response = await fetch(new URL('/studio/', demo.url));
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'/);
    // Only the studio: the municipal demo page keeps the strict policy.
    expect((await fetch(demo.url)).headers.get('content-security-policy')).not.toContain('wasm-unsafe-eval');
  });

  test('a changed figure appears in the previewed PDF, and in "what changed"', async () => {
    const watched = await studio();
    const { page } = watched;
    const first = await nextPreview(page);
    await expectAccessible(page, 'first load');

    const figure = item(page, STARTED);
    await figure.getByLabel('Waarde (getal)').fill('41');
    await figure.getByLabel('Zo staat het in het kennisblad').fill('41');
    await nextPreview(page, first);
    // What the preview shows, as pdf.js reads it from the rendered bytes (the pages' text layers).
    const shown = await previewText(page);
    expect(shown).toMatch(/\b41\s+\d+\s+gemeenten zijn gestart/);
    expect(shown).not.toMatch(/\b28\s+\d+\s+gemeenten zijn gestart/);
    await expectAccessible(page, 'the PDF preview with its text layers');
    await expect.poll(() => page.getByRole('button', { name: 'Download pdf' }).getAttribute('aria-disabled')).toBe('false');

    const pdf = await downloadBy(page, () => page.getByRole('button', { name: 'Download pdf' }).click());
    expect(pdf.name).toBe('kennisblad.pdf');
    const text = await pdfText(pdf.bytes);
    // The figure, its footnote number, its label.
    expect(text).toMatch(/\b41 \d+ gemeenten zijn gestart/);
    expect(text).not.toMatch(/\b28 \d+ gemeenten zijn gestart/);

    await expect.poll(() => page.getByRole('list').filter({ hasText: 'van 28 naar 41' }).count()).toBe(1);
    await expect.poll(() => page.getByText('Cijfer 6 (gemeenten-gestart) › Waarde (getal): van 28 naar 41').count()).toBe(1);
    await expectAccessible(page, 'after an edit, with changes listed');
    expectClean(watched);
  });

  test('the regional and the English edition', async () => {
    const watched = await studio();
    const { page } = watched;
    let preview = await nextPreview(page);
    await page.getByLabel('Editie', { exact: true }).selectOption('AM05');
    preview = await nextPreview(page, preview);
    await page.getByRole('radio', { name: 'Engels' }).check();
    await nextPreview(page, preview);
    const pdf = await downloadBy(page, () => page.getByRole('button', { name: 'Download pdf' }).click());
    expect(pdf.name).toBe('kennisblad-AM05.en.pdf');
    const text = await pdfText(pdf.bytes);
    expect(text).toContain('Twente');
    expect(text).toContain('Why an integrated approach');

    await page.getByRole('radio', { name: 'Webversie (html)' }).check();
    const twin = page.frameLocator('iframe[title="Voorbeeld van de webversie"]');
    await expect.poll(() => twin.getByRole('heading', { level: 1 }).textContent(), { timeout: 30_000 }).toBe('Tailored programme for an integrated approach to low literacy');
    await expect.poll(() => twin.getByText('Twente').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await expectAccessible(page, 'HTML preview');
    expectClean(watched);
  });

  test('an invalid figure: a message at the field, the error summary, no preview and no PDF', async () => {
    const watched = await studio();
    const { page } = watched;
    await nextPreview(page);
    const display = item(page, PERCENTAGE).getByLabel('Zo staat het in het kennisblad');
    await display.fill('19,5%');
    const message = 'De weergave "19,5%" past niet bij de waarde 15,9: er staat 19,5. Pas de waarde of de weergave aan.';
    await expect.poll(() => item(page, PERCENTAGE).getByText(message).count()).toBe(1);
    expect(await display.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => currentPreview(page)).toBe(null);
    await page.getByText('Geen voorbeeld: eerst de fouten oplossen').waitFor();

    const download = page.getByRole('button', { name: 'Download pdf' });
    expect(await download.getAttribute('aria-disabled')).toBe('true');
    let downloads = 0;
    page.on('download', () => downloads++);
    await download.click({ force: true }); // aria-disabled: Playwright would refuse, a user can click
    // The click leads to the summary instead, which says what to fix and where.
    const summary = page.getByRole('heading', { name: 'Er is 1 fout' });
    await summary.waitFor();
    const link = page.getByRole('link', { name: `Teksten en cijfers (Nederlands) › ${PERCENTAGE} › Zo staat het in het kennisblad` });
    await expect.poll(() => link.count()).toBe(1);
    await link.click();
    await expect.poll(() => display.evaluate((element) => element.matches(':focus'))).toBe(true);
    expect(downloads).toBe(0);
    await expectAccessible(page, 'with an error');

    await display.fill('15,9%');
    await nextPreview(page, null);
    expect(await download.getAttribute('aria-disabled')).toBe('false');
    expectClean(watched);
  });

  test('lists: add, reorder and remove a figure', async () => {
    const watched = await studio();
    const { page } = watched;
    await nextPreview(page);
    await page.getByRole('button', { name: '+ Cijfer toevoegen', exact: true }).click();
    const added = item(page, 'Cijfer 9');
    await expect.poll(() => added.getByText('Dit veld mag niet leeg zijn.').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('heading', { name: /Er zijn \d+ fouten/ }).count()).toBe(1);
    await expectAccessible(page, 'with a new, empty figure');
    await added.getByRole('button', { name: 'Cijfer 9: Verwijder' }).click();
    await expect.poll(() => page.getByRole('heading', { name: /fout/ }).count()).toBe(0);

    await item(page, STARTED).getByRole('button', { name: 'Cijfer 6: Omhoog' }).click();
    await expect.poll(() => item(page, 'Cijfer 5 (gemeenten-gestart)').count()).toBe(1);
    await expect.poll(() => page.getByText('verplaatst van plek 6 naar 5').count()).toBe(1);
    expectClean(watched);
  });

  test('a download opens again; a draft survives a reload and can be discarded', async () => {
    const watched = await studio();
    const { page } = watched;
    await nextPreview(page);
    const quote = quoteGroup(page).getByLabel('Naam');
    await quote.fill('Fictieve Woordvoerder');
    await page.getByText('Concept bewaard in deze browser.').waitFor();
    await page.reload();
    await page.getByText(/Je concept van .* is teruggezet\./).waitFor();
    expect(await quoteGroup(page).getByLabel('Naam').inputValue()).toBe('Fictieve Woordvoerder');

    await nextPreview(page);
    await expect.poll(() => page.getByRole('button', { name: 'Download alles (zip)' }).getAttribute('aria-disabled')).toBe('false');
    const zip = await downloadBy(page, () => page.getByRole('button', { name: 'Download alles (zip)' }).click());
    const entries = unzipSync(new Uint8Array(zip.bytes));
    expect(Object.keys(entries).sort()).toEqual(
      ['data/advisers.json', 'data/content.en.json', 'data/content.nl.json', 'data/traject.en.json', 'data/traject.nl.json', 'kennisblad.html', 'kennisblad.pdf'].sort(),
    );
    expect(JSON.parse(strFromU8(entries['data/traject.nl.json']!)).quote.author).toBe('Fictieve Woordvoerder');
    expect(await pdfText(entries['kennisblad.pdf']!)).toContain('Fictieve Woordvoerder');
    expect(strFromU8(entries['kennisblad.html']!)).toContain('Fictieve Woordvoerder');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Gooi concept weg' }).click();
    await page.getByText('Concept weggegooid').waitFor();
    expect(await quoteGroup(page).getByLabel('Naam').inputValue()).toBe('Annelies van der Laan');
    await page.reload();
    await page.getByRole('heading', { name: 'Kennisblad-studio' }).waitFor();
    expect(await quoteGroup(page).getByLabel('Naam').inputValue()).toBe('Annelies van der Laan');

    await page.getByLabel('Open een eerdere download').setInputFiles({ name: zip.name, mimeType: 'application/zip', buffer: zip.bytes });
    await page.getByText(`${zip.name} geopend.`).waitFor();
    expect(await quoteGroup(page).getByLabel('Naam').inputValue()).toBe('Fictieve Woordvoerder');
    await page.getByLabel('Open een eerdere download').setInputFiles({ name: 'traject.nl.json', mimeType: 'application/json', buffer: Buffer.from('{ kapot') });
    await page.getByText('traject.nl.json kon niet worden geopend: traject.nl.json is geen geldige JSON.').waitFor();
    expectClean(watched);
  });

  test('edit, preview and download by keyboard alone', async () => {
    const watched = await studio();
    const { page } = watched;
    const preview = await nextPreview(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAATWERK-STUDIO');
    await tabTo(page, /^Titel/);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Maatwerktraject voor gemeenten 2027');
    await nextPreview(page, preview);
    await tabTo(page, 'Download pdf', 800);
    await expect.poll(() => page.getByRole('button', { name: 'Download pdf' }).getAttribute('aria-disabled')).toBe('false');
    const pdf = await downloadBy(page, () => page.keyboard.press('Enter'));
    expect(await pdfText(pdf.bytes)).toContain('Maatwerktraject voor gemeenten 2027');
    expectClean(watched);
  });

  test('at 320 px the preview is below the form, nothing scrolls sideways, in English too', async () => {
    const watched = await studio();
    const { page } = watched;
    await page.setViewportSize({ width: 320, height: 720 });
    await nextPreview(page);
    const form = await page.locator('form').boundingBox();
    const preview = await page.getByRole('heading', { name: 'Voorbeeld', exact: true }).boundingBox();
    expect(preview!.y).toBeGreaterThan(form!.y + form!.height - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectAccessible(page, '320 px');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'Kennisblad studio' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectAccessible(page, 'English');
    expectClean(watched);
  });
});
