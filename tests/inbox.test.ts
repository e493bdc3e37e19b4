// The whole inbox flow in real Chromium against the demo server (`pnpm start`): a municipality
// signs up through the widget, the region's adviser gets the e-mail on the loopback SMTP server,
// logs in through the loopback OpenID provider, sees the sign-up, opens the report PDF and sets the
// status; another region's adviser gets 404 on the same URL; the coordinator sees it.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startDemoServer, type DemoServer } from '../demo/server.ts';
import { axeViolations, closeBrowser, launch, openWatched, type Watched } from './support/browser.ts';

const ADVISER_AMSTERDAM = 'adviseur.groot-amsterdam@example.org';
const ADVISER_GRONINGEN = 'adviseur.groningen@example.org';
const COORDINATOR = 'coordinator@example.org';

let demo: DemoServer;
let dataDir: string;
const contexts: BrowserContext[] = [];
let link: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'maatwerk-inbox-e2e-'));
  demo = await startDemoServer({ port: 0, dataDir });
}, 300_000); // a busy machine needs long for the embedded database's first start

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await closeBrowser();
  await demo?.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function browse(): Promise<Page> {
  const context = await (await launch()).newContext();
  contexts.push(context);
  return context.newPage();
}

/** Opens `url`; when the inbox sends the browser to the identity provider, logs in there as `email`. */
async function logInAt(page: Page, url: string, email: string) {
  await page.goto(url);
  await page.getByRole('heading', { name: 'Inloggen bij de voorbeeld-identiteitsprovider' }).waitFor();
  await page.getByLabel('Account').selectOption(email);
  await page.getByLabel('Wachtwoord').fill(demo.loopback.identityProvider.password);
  const [response] = await Promise.all([page.waitForResponse((answer) => answer.url().startsWith(url.split('?')[0]!) && answer.request().method() === 'GET'), page.getByRole('button', { name: 'Inloggen' }).press('Enter')]);
  return response;
}

describe('the inbox flow in Chromium', () => {
  test('a municipality signs up through the widget and the region adviser is mailed a link, without personal data', async () => {
    const watched: Watched = await openWatched(demo.url);
    contexts.push(watched.context);
    const { page } = watched;
    await page.waitForFunction(() => customElements.get('maatwerk-sign-up') && customElements.get('maatwerk-quick-scan'));
    // The visitor finished the quick scan on this page (a saved result, shown through its `result`
    // property), so the sign-up can attach it and the adviser's report PDF has a result to show.
    const { result } = JSON.parse(await readFile(new URL('../packages/model/test/fixtures/sign-up/valid/with-result.json', import.meta.url), 'utf8')) as { result: unknown };
    await page.evaluate((scanResult) => {
      const scan = document.querySelector('maatwerk-quick-scan') as HTMLElement & { result: unknown };
      scan.result = scanResult;
      scan.dispatchEvent(new CustomEvent('maatwerk-scan-complete', { detail: { result: scanResult }, bubbles: true, composed: true }));
    }, result);
    const form = page.locator('maatwerk-sign-up');
    const municipality = form.getByRole('combobox');
    // The result was made for Amsterdam: the form preselects it.
    await expect.poll(() => municipality.inputValue()).toBe('Amsterdam');
    await form.getByLabel('Uw naam').pressSequentially('Tessa Testpersoon');
    await form.getByLabel('Uw functie').pressSequentially('Beleidsadviseur sociaal domein');
    await form.getByLabel('Uw e-mailadres op het werk').pressSequentially('tessa@example.org');
    await form.getByRole('checkbox', { name: /toestemming/ }).press('Space');
    await form.getByRole('checkbox', { name: 'Stuur het resultaat van mijn quick scan mee' }).press('Space');
    await form.getByRole('button', { name: 'Aanmelding versturen' }).press('Enter');
    await form.getByRole('heading', { name: 'Uw aanmelding is verstuurd' }).waitFor();

    const [mail] = await demo.loopback.smtp.waitFor(1);
    expect(mail!.to).toEqual([ADVISER_AMSTERDAM]);
    const text = mail!.raw.replace(/=\r?\n/g, '');
    expect(text).not.toContain('Tessa');
    link = /http:\/\/\S+\/inbox\/sign-ups\/[0-9a-f]{32}/.exec(text)![0];
    expect(new URL(link).origin).toBe(new URL(demo.url).origin);
  });

  test('the adviser logs in, sees it, opens the report PDF and sets the status (keyboard, axe clean, strict CSP)', async () => {
    const page = await browse();
    const csp: string[] = [];
    page.on('console', (message) => message.type() === 'error' && csp.push(message.text()));
    const response = await logInAt(page, link, ADVISER_AMSTERDAM);
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toBe('no-store');
    expect(response.headers()['content-security-policy']).toContain("default-src 'none'");
    await page.getByRole('heading', { name: 'Aanmelding van gemeente Amsterdam' }).waitFor();
    await expect.poll(() => page.getByText('Tessa Testpersoon').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    const cookies = await page.context().cookies(demo.url);
    const session = cookies.find((cookie) => cookie.name === 'maatwerk-session')!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

    const pdfHref = await page.getByRole('link', { name: 'Rapport als PDF openen' }).getAttribute('href');
    const pdf = await page.context().request.get(new URL(pdfHref!, link).href);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    await page.getByRole('radio', { name: 'In behandeling' }).press('Space');
    await page.getByRole('button', { name: 'Opslaan' }).press('Enter');
    await expect.poll(() => page.getByText(/In behandeling \(gewijzigd door adviseur\.groot-amsterdam@example\.org op/).count()).toBe(1);

    await page.getByRole('link', { name: 'Terug naar de aanmeldingen' }).press('Enter');
    await page.getByRole('table', { name: 'Aanmeldingen, nieuwste eerst' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'English' }).press('Enter');
    await page.getByRole('heading', { name: 'Sign-ups' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(csp).toEqual([]);
  });

  test("another region's adviser gets 404 on its URL; the coordinator sees it", async () => {
    const other = await browse();
    await logInAt(other, `${demo.url}inbox/`, ADVISER_GRONINGEN);
    await other.getByRole('heading', { name: 'Aanmeldingen' }).waitFor();
    const refused = await other.goto(link);
    expect(refused!.status()).toBe(404);
    expect(await other.content()).not.toContain('Tessa');

    const coordinator = await browse();
    const seen = await logInAt(coordinator, link, COORDINATOR);
    expect(seen.status()).toBe(200);
    await expect.poll(() => coordinator.getByText('Tessa Testpersoon').count()).toBe(1);
  });

  test('logging out ends the session on the server', async () => {
    const page = await browse();
    await logInAt(page, `${demo.url}inbox/`, COORDINATOR);
    await page.getByRole('button', { name: 'Uitloggen' }).press('Enter');
    await page.getByRole('heading', { name: 'U bent uitgelogd.' }).waitFor();
    const again = await page.context().request.get(link, { maxRedirects: 0 });
    expect(again.status()).toBe(303);
  });
});

describe('the demo server in front of the inbox', () => {
  test('a foreign Host is refused (421), and the /api proxy refuses a rebinding Origin even when it equals Host', async () => {
    const { request } = await import('node:http');
    const port = new URL(demo.url).port;
    const ask = (headers: Record<string, string>, path = '/inbox/', method = 'GET') =>
      new Promise<number>((resolve) => {
        request({ host: '127.0.0.1', port, path, method, headers }, (answer) => (answer.resume(), resolve(answer.statusCode!))).end();
      });
    expect(await ask({ Host: `evil.example:${port}` })).toBe(421);
    expect(await ask({ Host: `localhost:${port}`, Origin: `http://evil.example:${port}` }, '/api/sign-ups', 'POST')).toBe(403);
    expect(await ask({ Host: `localhost:${port}`, Origin: 'null' }, '/api/sign-ups', 'POST')).toBe(400);
    expect(await ask({ Host: `localhost:${port}` }, '/site/%E0%A4%A', 'GET')).toBe(400);
  });
});
