// Publishing from the kennisblad studio in real Chromium against the demo server (`pnpm start`): the
// coordinator logs in through the loopback OpenID provider, changes an adviser, publishes; a
// municipal page whose finder reads `advisers-src` from the published address shows the new adviser,
// and the regional PDF names them; a rollback from the history serves the earlier PDF bytes again.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startDemoServer, type DemoServer } from '../demo/server.ts';
import { readPdf } from '../packages/kennisblad/test/helpers.ts';
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

const twentePdf = async () => Buffer.from(await (await fetch(new URL('/kennisblad/twente/kennisblad.pdf', demo.url))).arrayBuffer());

describe('publishing from the studio', () => {
  test('the coordinator publishes a changed adviser; the finder on a municipal page and the regional PDF show it; a rollback restores the earlier bytes', { timeout: 300_000 }, async () => {
    const before = await twentePdf();
    expect((await readPdf(before)).text).toContain(OLD_NAME);

    const studio = await open('/studio/');
    const { page } = studio;
    await page.getByRole('link', { name: 'Log in als coördinator om te publiceren' }).click();
    await page.getByRole('heading', { name: 'Inloggen bij de voorbeeld-identiteitsprovider' }).waitFor();
    await page.getByLabel('Account').selectOption('coordinator@example.org');
    await page.getByLabel('Wachtwoord').fill(demo.loopback.identityProvider.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL(new URL('/studio/', demo.url).href);
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
});
