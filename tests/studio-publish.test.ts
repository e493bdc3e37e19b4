// Publishing from the kennisblad studio in real Chromium against the demo server (`pnpm start`): the
// coordinator logs in through the loopback OpenID provider, changes an adviser, publishes; a
// municipal page whose finder reads `advisers-src` from the published address shows the new adviser,
// and the regional PDF names them; a rollback from the history serves the earlier PDF bytes again.
// An adviser can log in but not publish (the panel says so, the server refuses); and the panel works
// by keyboard alone.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startDemoServer, type DemoServer } from '../demo/server.ts';
import { readPdf } from '../packages/kennisblad/test/helpers.ts';
import { focusedName, tabTo } from '../packages/studio/test/support.ts';
import { axeViolations, closeBrowser, openWatched, type Watched } from './support/browser.ts';

const hosts = fileURLToPath(new URL('hosts', import.meta.url));
const NEW_NAME = 'Tessa Twentevoorbeeld';
const OLD_NAME = 'Gerrit-Jan Zinsveld';
let demo: DemoServer;
let dataDir: string;
const opened: Watched[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'maatwerk-studio-publish-'));
  demo = await startDemoServer({ port: 0, dataDir, staticRoots: [['/hosts/', hosts]] });
}, 300_000);

afterAll(async () => {
  await Promise.all(opened.map((watched) => watched.context.close()));
  await closeBrowser();
  await demo?.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function open(path: string): Promise<Watched> {
  const watched = await openWatched(new URL(path, demo.url).href);
  opened.push(watched);
  return watched;
}

/** Logs in at the loopback OpenID provider from the studio's "log in" link, and returns to the studio. */
async function logIn(studio: Watched, account: string): Promise<void> {
  const { page } = studio;
  await page.getByRole('link', { name: 'Log in als coördinator om te publiceren' }).click();
  await page.getByRole('heading', { name: 'Inloggen bij de voorbeeld-identiteitsprovider' }).waitFor();
  await page.getByLabel('Account').selectOption(account);
  await page.getByLabel('Wachtwoord').fill(demo.loopback.identityProvider.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL(new URL('/studio/', demo.url).href);
}

const publishedVersion = async () => ((await (await fetch(new URL('/kennisblad/api/published', demo.url))).json()) as { version: number }).version;

const twentePdf = async () => Buffer.from(await (await fetch(new URL('/kennisblad/twente/kennisblad.pdf', demo.url))).arrayBuffer());

describe('publishing from the studio', () => {
  test('the coordinator publishes a changed adviser; the finder on a municipal page and the regional PDF show it; a rollback restores the earlier bytes', { timeout: 300_000 }, async () => {
    const before = await twentePdf();
    expect((await readPdf(before)).text).toContain(OLD_NAME);

    const studio = await open('/studio/');
    const { page } = studio;
    await logIn(studio, 'coordinator@example.org');
    await page.getByText(/Ingelogd als .* \(coördinator\)\. Op de website staat versie 1\./).waitFor();

    await page.getByRole('button', { name: 'Adviseurs', exact: true }).click();
    const name = page.getByRole('group', { name: 'Adviseur 4 (AM05)', exact: true }).getByLabel('Naam', { exact: true });
    await name.fill(NEW_NAME);
    const publishButton = page.getByRole('button', { name: 'Publiceer als versie 2' });
    await expect.poll(() => publishButton.getAttribute('aria-disabled'), { timeout: 30_000 }).toBe('false');
    expect(await axeViolations(page), 'ready to publish').toEqual([]);
    await publishButton.click();
    await page.getByText(/^Versie 2 staat op de website\./).waitFor({ timeout: 60_000 });
    // The published version is the new baseline: nothing left to publish.
    await page.getByText('Nog niets veranderd ten opzichte van de gepubliceerde versie.').waitFor();

    const municipal = await open('/hosts/published-advisers.html');
    await municipal.page.locator('maatwerk-adviseur-finder').getByRole('heading', { name: new RegExp(NEW_NAME) }).waitFor();
    expect(municipal.cspViolations).toEqual([]);
    expect(municipal.foreignRequests).toEqual([]);

    const after = await twentePdf();
    expect((await readPdf(after)).text).toContain(NEW_NAME);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Zet versie 1 terug' }).click();
    await page.getByText('Versie 1 staat weer op de website, als versie 3.').waitFor({ timeout: 60_000 });
    await expect.poll(async () => (await twentePdf()).equals(before)).toBe(true);
    await municipal.page.reload();
    await municipal.page.locator('maatwerk-adviseur-finder').getByRole('heading', { name: new RegExp(OLD_NAME) }).waitFor();
    expect(await axeViolations(page), 'after a rollback').toEqual([]);
    expect(studio.cspViolations).toEqual([]);
    expect(studio.consoleErrors).toEqual([]);
  });

  test('an adviser can log in but not publish: the panel says why, and the server refuses with 403', { timeout: 300_000 }, async () => {
    const studio = await open('/studio/');
    const { page } = studio;
    await logIn(studio, 'adviseur.twente@example.org');
    await page.getByText('Je bent ingelogd als Gerrit-Jan Zinsveld. Alleen een coördinator kan het kennisblad publiceren.').waitFor();
    expect(await page.getByRole('button', { name: /Publiceer|Zet versie/ }).count()).toBe(0);
    expect(await axeViolations(page), 'logged in as an adviser').toEqual([]);

    // What the page does not offer, the server does not allow either: the adviser's own session,
    // with its valid CSRF token, asks to publish and to roll back.
    const before = await publishedVersion();
    const answers = await page.evaluate(async (version) => {
      const session = (await (await fetch('/kennisblad/api/session')).json()) as { csrfToken: string };
      const { documents } = (await (await fetch('/kennisblad/api/published')).json()) as { documents: unknown };
      const post = async (path: string, body: unknown) => {
        const response = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken }, body: JSON.stringify(body) });
        return { status: response.status, body: (await response.json()) as { errors: { message: string }[] } };
      };
      return [await post('/kennisblad/api/versions', { basedOn: version, documents }), await post('/kennisblad/api/versions/1/restore', { basedOn: version })];
    }, before);
    for (const answer of answers) {
      expect(answer.status).toBe(403);
      expect(answer.body.errors[0]!.message).toBe('Alleen een coördinator kan het kennisblad publiceren of terugzetten. Met uw account kunt u het wel bekijken en downloaden.');
    }
    expect(await publishedVersion()).toBe(before);
    expect(studio.cspViolations).toEqual([]);
  });

  test('publish and roll back by keyboard alone, accessible in every state', { timeout: 300_000 }, async () => {
    const studio = await open('/studio/');
    const { page } = studio;
    await logIn(studio, 'coordinator@example.org');
    const version = await publishedVersion();
    await page.getByText(`Op de website staat versie ${version}.`, { exact: false }).waitFor();

    // From the top of the page: to the advisers, the first adviser's name, a new name.
    await page.keyboard.press('Tab');
    await tabTo(page, /^Adviseurs$/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^Naam/);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Toetsenbord Voorbeeldadviseur');
    await tabTo(page, `Publiceer als versie ${version + 1}`, 800);
    await expect.poll(() => page.getByRole('button', { name: `Publiceer als versie ${version + 1}` }).getAttribute('aria-disabled'), { timeout: 30_000 }).toBe('false');
    expect(await axeViolations(page), 'ready to publish, by keyboard').toEqual([]);
    await page.keyboard.press('Enter');
    await page.getByText(new RegExp(`^Versie ${version + 1} staat op de website\\.`)).waitFor({ timeout: 60_000 });
    // The outcome has the focus: the keyboard user hears it and goes on from there.
    expect(await focusedName(page)).toMatch(new RegExp(`Versie ${version + 1} staat op de website`));
    expect(await axeViolations(page), 'published, by keyboard').toEqual([]);

    await tabTo(page, `Zet versie ${version} terug`);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.keyboard.press('Enter');
    await page.getByText(`Versie ${version} staat weer op de website, als versie ${version + 2}.`).waitFor({ timeout: 60_000 });
    expect(await focusedName(page)).toContain(`Versie ${version} staat weer op de website`);
    expect(await publishedVersion()).toBe(version + 2);
    expect(await axeViolations(page), 'rolled back, by keyboard').toEqual([]);
    expect(studio.cspViolations).toEqual([]);
    expect(studio.consoleErrors).toEqual([]);
  });
});
