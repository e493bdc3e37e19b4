// Drives Debian's Chromium with Playwright against a real server, recording what a hostile-host
// test needs to assert: requests that leave the origin, CSP violations, console errors.
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright';
import axe from 'axe-core';
import { chromiumLaunchOptions } from './chromium.ts';

export interface Watched {
  page: Page;
  context: BrowserContext;
  /** URLs requested from another origin than the page's (the browser's own chrome: pages aside). */
  foreignRequests: string[];
  cspViolations: string[];
  consoleErrors: string[];
}

let browser: Browser | undefined;

export async function launch(): Promise<Browser> {
  browser ??= await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

/** Opens the page in a fresh context; `before` may attach listeners before it loads. */
export async function openWatched(url: string, before?: (page: Page) => void): Promise<Watched> {
  const context = await (await launch()).newContext();
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const watched: Watched = { page, context, foreignRequests: [], cspViolations: [], consoleErrors: [] };
  page.on('request', (request) => {
    const target = request.url();
    if (!/^(data|blob|chrome|chrome-extension):/.test(target) && new URL(target).origin !== origin) watched.foreignRequests.push(target);
  });
  page.on('console', (message) => {
    // The browser's own pages (a PDF viewer, an extension) are not the page: skip their messages.
    if (message.type() === 'error' && !/^chrome(-extension)?:/.test(message.location().url)) watched.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watched.consoleErrors.push(String(error)));
  await page.exposeFunction('__reportCsp', (text: string) => watched.cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCsp(text: string): void }).__reportCsp(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  before?.(page);
  await page.goto(url);
  return watched;
}

/** Runs axe over the whole page (shadow roots included) and returns the violations as readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Injected through the DevTools protocol, which the page's CSP does not govern (a script tag would
  // be blocked and reported as a violation).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    const results = await run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
}

/**
 * Types `name` into the municipality field inside `host` (the finder or the sign-up form) and picks
 * the first suggestion with the keyboard, as a user does. Waits for the suggestions as long as
 * Playwright's own timeout allows, so a busy machine only makes it slower.
 */
export async function pickMunicipality(host: Locator, name: string): Promise<void> {
  const field = host.getByRole('combobox');
  await field.pressSequentially(name);
  await host.getByRole('option').first().waitFor();
  await field.press('ArrowDown');
  await field.press('Enter');
}
