// The widgets on a hostile host page, in real Chromium, loaded from the built bundle exactly as a
// webmaster embeds them: strict CSP, aggressive global CSS, no third-party traffic, keyboard only.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startDemoServer, type DemoServer } from '../demo/server.ts';
import { axeViolations, closeBrowser, openWatched, type Watched } from './support/browser.ts';

const hosts = fileURLToPath(new URL('hosts', import.meta.url));
let demo: DemoServer;
let dataDir: string;
const opened: Watched[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'maatwerk-e2e-'));
  demo = await startDemoServer({ port: 0, dataDir, staticRoots: [['/hosts/', hosts]] });
});

afterAll(async () => {
  await Promise.all(opened.map((watched) => watched.context.close()));
  await closeBrowser();
  await demo?.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function open(path: string, { widgets = true } = {}): Promise<Watched> {
  const watched = await openWatched(new URL(path, demo.url).href);
  opened.push(watched);
  if (widgets) await watched.page.waitForFunction(() => ['maatwerk-quick-scan', 'maatwerk-adviseur-finder', 'maatwerk-sign-up'].every((tag) => customElements.get(tag)));
  return watched;
}

/** Completes the quick scan for one domain with the keyboard only (focus + key presses, no pointer). */
async function completeQuickScan(scan: Locator, keepDomain = 'Werk en inkomen'): Promise<void> {
  await scan.getByRole('button', { name: 'Start de scan' }).press('Enter');
  // Each screen comes in a task after the key press: read the domains once their screen is there.
  await scan.getByRole('heading', { name: 'Kies de beleidsdomeinen' }).waitFor();
  const domains = scan.getByRole('checkbox');
  for (const box of await domains.all()) {
    const name = (await box.getAttribute('aria-label')) ?? (await box.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? ''));
    const checked = await box.isChecked();
    if (checked !== name.includes(keepDomain)) await box.press('Space');
  }
  await scan.getByRole('button', { name: 'Begin met de vragen' }).press('Enter');
  for (let step = 0; step < 3; step++) {
    const options = scan.getByRole('radio', { name: 'Klopt grotendeels' });
    // Wait for this step's three statements, none answered yet, not the previous step's.
    await expect.poll(() => options.evaluateAll((radios) => radios.length === 3 && radios.every((radio) => !(radio as HTMLInputElement).checked))).toBe(true);
    for (const option of await options.all()) await option.press('Space');
    const next = step < 2 ? 'Volgende' : 'Bekijk het resultaat';
    await scan.getByRole('button', { name: next }).press('Enter');
  }
  await scan.getByRole('heading', { name: 'Uw resultaat' }).waitFor();
}

async function computed(page: Page, selector: string, properties: string[]): Promise<Record<string, string>> {
  return page.locator(selector).evaluate((element, props) => {
    const style = getComputedStyle(element);
    return Object.fromEntries(props.map((prop) => [prop, style.getPropertyValue(prop)]));
  }, properties);
}

describe('on a page with a strict Content Security Policy', () => {
  test('the quick scan completes without a CSP violation or console error', async () => {
    const { page, cspViolations, consoleErrors } = await open('/hosts/plain.html');
    await completeQuickScan(page.locator('maatwerk-quick-scan'));
    expect(cspViolations).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

describe('on a page with aggressive global CSS', () => {
  const look = ['font-size', 'font-family', 'color', 'text-transform', 'letter-spacing', 'line-height', 'display'];

  test('the widgets look as designed', async () => {
    const plain = await open('/hosts/plain.html');
    const hostile = await open('/hosts/aggressive.html');
    for (const [element, role, name] of [
      ['maatwerk-quick-scan', 'button', 'Start de scan'],
      ['maatwerk-quick-scan', 'heading', undefined],
      ['maatwerk-adviseur-finder', 'combobox', undefined],
      ['maatwerk-sign-up', 'button', 'E-mail klaarmaken'],
      ['maatwerk-sign-up', 'textbox', 'Uw naam (verplicht)'],
    ] as const) {
      const measure = async (page: Page) => {
        const target = page.locator(element).getByRole(role, name ? { name } : {}).first();
        const box = await target.boundingBox();
        const style = await target.evaluate((el, props) => {
          const computedStyle = getComputedStyle(el);
          return Object.fromEntries(props.map((prop) => [prop, computedStyle.getPropertyValue(prop)]));
        }, look);
        // Width follows the host page's layout (its body margin is reset too); the height shows the type.
        return { style, height: Math.round(box?.height ?? 0) };
      };
      expect(await measure(hostile.page), `${element} ${role} ${name ?? ''}`).toEqual(await measure(plain.page));
    }
  });

  test('the widgets still work', async () => {
    const { page, consoleErrors } = await open('/hosts/aggressive.html');
    await completeQuickScan(page.locator('maatwerk-quick-scan'));
    expect(consoleErrors).toEqual([]);
  });

  test("the widgets' styles do not leak into the page", async () => {
    const without = await open('/hosts/without-widgets.html', { widgets: false });
    const withWidgets = await open('/hosts/plain.html');
    const props = ['font-size', 'font-family', 'color', 'margin-top', 'padding-top', 'background-color', 'border-top-width', 'line-height', 'box-sizing'];
    for (const selector of ['#page-heading', '#page-text', '#page-button', 'body', 'html']) {
      expect(await computed(withWidgets.page, selector, props), selector).toEqual(await computed(without.page, selector, props));
    }
  });
});

describe('the shipped bundle, private names shortened', () => {
  test("the finder's keyboard-active suggestion scrolls into view (Lit reports that change by the private name)", async () => {
    const { page, consoleErrors } = await open('/hosts/plain.html');
    const finder = page.locator('maatwerk-adviseur-finder');
    const search = finder.getByRole('combobox');
    await search.pressSequentially('ber');
    await expect.poll(() => finder.getByRole('option').count()).toBe(8);
    const lastInView = () =>
      finder.getByRole('listbox').evaluate((listbox) => {
        const box = listbox.getBoundingClientRect();
        const last = listbox.lastElementChild!.getBoundingClientRect();
        return listbox.scrollHeight > listbox.clientHeight && last.top >= box.top - 0.5 && last.bottom <= box.bottom + 0.5;
      });
    expect(await lastInView()).toBe(false);
    await search.press('ArrowUp');
    await expect.poll(lastInView).toBe(true);
    expect(consoleErrors).toEqual([]);
  });
});

describe('loaded twice on one page', () => {
  test('two copies of the bundle and a single-widget entry register once and all elements work', async () => {
    const { page, consoleErrors } = await open('/hosts/twice.html');
    await expect.poll(() => page.getByRole('button', { name: 'Start de scan' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('button', { name: 'Start the scan' }).count()).toBe(1);
    await page.locator('#finder-b').getByText('Utrecht').first().waitFor();
    await page.locator('#scan-a').getByRole('button', { name: 'Start de scan' }).press('Enter');
    await page.locator('#scan-a').getByRole('heading', { name: 'Kies de beleidsdomeinen' }).waitFor();
    await expect.poll(() => page.locator('#scan-b').getByRole('button', { name: 'Start the scan' }).count()).toBe(1);
    expect(consoleErrors).toEqual([]);
  });
});

describe('the demo page, used with the keyboard only', () => {
  test('scan, find the adviser, sign up against the real receiver: axe clean at every step, nothing leaves the origin, no cookies', async () => {
    const watched = await open('/');
    const { page } = watched;
    const expectAxeClean = async (step: string) => expect(await axeViolations(page), step).toEqual([]);
    await expectAxeClean('page loaded');

    await completeQuickScan(page.locator('maatwerk-quick-scan'));
    await expectAxeClean('quick scan result');

    const finder = page.locator('maatwerk-adviseur-finder');
    const search = finder.getByRole('combobox');
    await search.pressSequentially('Weesp');
    await expect.poll(() => finder.getByRole('option').count()).toBeGreaterThan(0);
    await expectAxeClean('finder suggestions');
    await search.press('ArrowDown');
    await search.press('Enter');
    await finder.getByText('Groot Amsterdam').first().waitFor();
    await expectAxeClean('finder result');

    const form = page.locator('maatwerk-sign-up');
    const municipality = form.getByRole('combobox');
    // The scan's result (made for the page's municipality) already filled in the form: change it.
    await expect.poll(() => municipality.inputValue()).toBe('Amsterdam');
    await municipality.press('Control+A');
    await municipality.press('Backspace');
    await municipality.pressSequentially('Utrecht');
    await expect.poll(() => form.getByRole('option').count()).toBeGreaterThan(0);
    await municipality.press('ArrowDown');
    await municipality.press('Enter');
    await form.getByLabel('Uw naam').pressSequentially('Tessa Testpersoon');
    await form.getByLabel('Uw functie').pressSequentially('Beleidsadviseur sociaal domein');
    await form.getByLabel('Uw e-mailadres op het werk').pressSequentially('tessa@example.org');
    await form.getByRole('checkbox', { name: /toestemming/ }).press('Space');
    await expectAxeClean('sign-up filled in');
    await form.getByRole('button', { name: 'Aanmelding versturen' }).press('Enter');
    await form.getByRole('heading', { name: 'Uw aanmelding is verstuurd' }).waitFor();
    await expectAxeClean('sign-up sent');

    // Stored: the region's adviser is told (the list of sign-ups is behind the inbox's login now).
    const [mail] = await demo.loopback.smtp.waitFor(1);
    expect(mail!.to).toEqual(['adviseur.midden-utrecht@example.org']);

    expect(watched.foreignRequests).toEqual([]);
    expect(watched.cspViolations).toEqual([]);
    expect(await watched.context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });
});

describe('the demo page links the kennisblad', () => {
  test('every PDF and HTML version it links is served, and the HTML versions are axe clean under the CSP', async () => {
    const { page, cspViolations } = await open('/');
    const links = await page.locator('a[href^="/kennisblad/"]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
    expect(links).toEqual(['/kennisblad/kennisblad.pdf', '/kennisblad/kennisblad.html', '/kennisblad/rapport-voorbeeld.pdf', '/kennisblad/rapport-voorbeeld.html']);
    for (const link of links) {
      const response = await fetch(new URL(link, demo.url));
      expect(response.status, link).toBe(200);
      expect(response.headers.get('content-type'), link).toContain(link.endsWith('.pdf') ? 'application/pdf' : 'text/html');
    }
    for (const link of links.filter((href) => href.endsWith('.html'))) {
      await page.goto(new URL(link, demo.url).href);
      expect(await axeViolations(page), link).toEqual([]);
    }
    expect(cspViolations).toEqual([]);
  });
});
