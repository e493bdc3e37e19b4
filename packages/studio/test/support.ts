// Drives the built studio in real Chromium through the demo server, as a communications officer
// would: by label, by role, by keyboard. Hides the shadow-DOM plumbing from the tests.
import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from 'playwright';
import { expect } from 'vitest';
import { readPdf } from '../../kennisblad/test/helpers.ts';
import { axeViolations, openWatched, type Watched } from '../../../tests/support/browser.ts';

export const PDF_FRAME = 'iframe[title="Voorbeeld van de pdf"]';

export async function openStudio(url: string): Promise<Watched> {
  const watched = await openWatched(url);
  await watched.page.getByRole('heading', { name: 'Kennisblad-studio' }).waitFor();
  return watched;
}

/** The form group of one list item, e.g. "Cijfer 6 (gemeenten-gestart)". */
export const item = (page: Page, name: string): Locator => page.getByRole('group', { name, exact: true });

/** Waits until the PDF preview shows something other than `previous` (a blob: URL), and returns it. */
export async function nextPreview(page: Page, previous?: string | null): Promise<string> {
  const frame = page.locator(PDF_FRAME);
  await expect.poll(async () => ((await frame.count()) ? await frame.getAttribute('src') : null), { timeout: 120_000, interval: 100 }).not.toBe(previous ?? null);
  const src = await frame.getAttribute('src');
  expect(src).toMatch(/^blob:/);
  return src!;
}

export async function currentPreview(page: Page): Promise<string | null> {
  return (await page.locator(PDF_FRAME).count()) ? page.locator(PDF_FRAME).getAttribute('src') : null;
}

/** Clicks a download button (or presses Enter on it) and returns the saved file's bytes. */
export async function downloadBy(page: Page, action: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = (await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), action()])) as [Download, void];
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

export async function pdfText(bytes: Uint8Array): Promise<string> {
  return (await readPdf(bytes)).text;
}

export async function expectAccessible(page: Page, state: string): Promise<void> {
  expect(await axeViolations(page), state).toEqual([]);
}

/** The focused element's accessible text, looking through shadow roots. */
export async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return '';
    const labelled = (active as HTMLInputElement).labels?.[0]?.textContent ?? '';
    return `${active.getAttribute('aria-label') ?? ''} ${labelled} ${active.textContent ?? ''}`.replace(/\s+/g, ' ').trim();
  });
}

/** Presses Tab until the focused element's name contains `name` (keyboard only, no pointer). */
export async function tabTo(page: Page, name: string | RegExp, max = 400): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    const focused = await focusedName(page);
    if (typeof name === 'string' ? focused.includes(name) : name.test(focused)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${name}"`);
}
