// Drives the built studio in real Chromium through the demo server, as a communications officer
// would: by label, by role, by keyboard. Hides the shadow-DOM plumbing from the tests.
import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from 'playwright';
import { expect } from 'vitest';
import { readPdf } from '../../kennisblad/test/helpers.ts';
import { axeViolations, openWatched, type Watched } from '../../../tests/support/browser.ts';

/** The PDF preview: pages drawn by pdf.js, with their text layers (pdf-view.ts). */
const pdfView = (page: Page): Locator => page.getByRole('region', { name: 'Voorbeeld van de pdf' });

export async function openStudio(url: string): Promise<Watched> {
  const watched = await openWatched(url);
  await watched.page.getByRole('heading', { name: 'Kennisblad-studio' }).waitFor();
  return watched;
}

/** The form group of one list item, e.g. "Cijfer 6 (gemeenten-gestart)". */
export const item = (page: Page, name: string): Locator => page.getByRole('group', { name, exact: true });

/** Waits until the PDF preview shows pages other than `previous` (the number of the layout shown), and returns theirs. */
export async function nextPreview(page: Page, previous?: string | null): Promise<string> {
  await expect.poll(() => currentPreview(page), { timeout: 120_000, interval: 100 }).not.toBe(previous ?? null);
  return (await currentPreview(page))!;
}

export async function currentPreview(page: Page): Promise<string | null> {
  const view = pdfView(page);
  return (await view.count()) ? view.getAttribute('data-shown') : null;
}

/**
 * The text of the previewed PDF as pdf.js reads it from the rendered bytes: its text layers, what
 * a screen reader gets. Each page's text items are joined with spaces.
 */
export async function previewText(page: Page): Promise<string> {
  const view = pdfView(page);
  await expect.poll(() => view.getAttribute('data-text'), { timeout: 60_000 }).toBe('complete');
  return view.evaluate((region) =>
    [...region.querySelectorAll('[role="group"]')].map((pageGroup) => [...pageGroup.querySelectorAll('span')].map((span) => span.textContent).join(' ')).join('\n'),
  );
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
