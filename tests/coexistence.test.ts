// Every way a site ends up loading the widgets, on one page: per-element scripts in any order, the
// all-in-one next to them, and a second version from another folder. Each page must give a working
// finder and sign-up field, whatever registered first, and tell the webmaster once when another
// version holds a tag.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startDemoServer, type DemoServer } from '../demo/server.ts';
import { closeBrowser, openWatched, pickMunicipality, type Watched } from './support/browser.ts';

const dist = fileURLToPath(new URL('../packages/widgets/dist', import.meta.url));
const { version } = JSON.parse(await readFile(fileURLToPath(new URL('../packages/widgets/package.json', import.meta.url)), 'utf8')) as { version: string };
/** The version the copy in /older/ pretends to be. */
const OLDER = '0.0.9-older';

let demo: DemoServer;
let workDir: string;
const opened: Watched[] = [];

/** Script sources of each page, in load order: `/widgets/` is this build, `/older/` the "other version". */
const LOAD_ORDERS: Record<string, string[]> = {
  'sign-up then finder': ['/widgets/sign-up.js', '/widgets/adviseur-finder.js'],
  'quick scan, sign-up, all-in-one': ['/widgets/quick-scan.js', '/widgets/sign-up.js', '/widgets/maatwerk.js'],
  'all-in-one then per-element': ['/widgets/maatwerk.js', '/widgets/quick-scan.js', '/widgets/adviseur-finder.js', '/widgets/sign-up.js'],
  'finder then all-in-one': ['/widgets/adviseur-finder.js', '/widgets/maatwerk.js'],
  'another version first': ['/older/maatwerk.js', '/widgets/maatwerk.js'],
  'sign-up of another version, then this finder': ['/older/sign-up.js', '/widgets/adviseur-finder.js', '/widgets/quick-scan.js'],
};

const pageFor = (scripts: string[]) => `<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <title>Laadvolgorde</title>
  ${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n  ')}
</head>
<body>
  <main>
    <h1>Laadvolgorde</h1>
    <maatwerk-quick-scan no-storage></maatwerk-quick-scan>
    <maatwerk-adviseur-finder></maatwerk-adviseur-finder>
    <maatwerk-sign-up no-storage privacy-href="/privacy"></maatwerk-sign-up>
  </main>
</body>
</html>
`;

const slug = (name: string) => name.replace(/[^a-z]+/g, '-');

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'maatwerk-coexistence-'));
  // "Another version": a copy of the build that says it is an older one.
  await cp(dist, join(workDir, 'older'), { recursive: true });
  for (const file of await readdir(join(workDir, 'older'), { recursive: true })) {
    if (!file.endsWith('.js')) continue;
    const path = join(workDir, 'older', file);
    // The minifier writes the version as a template literal.
    await writeFile(path, (await readFile(path, 'utf8')).replaceAll(`\`${version}\``, `\`${OLDER}\``));
  }
  for (const [name, scripts] of Object.entries(LOAD_ORDERS)) await writeFile(join(workDir, `${slug(name)}.html`), pageFor(scripts));
  // One configuration for the page: the advisers of a municipality's own file, with addresses of its own.
  const advisers = await readFile(fileURLToPath(new URL('../packages/model/data/advisers.json', import.meta.url)), 'utf8');
  await writeFile(join(workDir, 'adviseurs.json'), advisers.replaceAll('@example.org', '@pagina-instelling.example.org'));
  await writeFile(
    join(workDir, 'config.html'),
    pageFor(['/widgets/adviseur-finder.js', '/widgets/sign-up.js']).replace('<main>', '<main>\n    <maatwerk-config advisers-src="/order/adviseurs.json" lang="nl"></maatwerk-config>'),
  );
  demo = await startDemoServer({ port: 0, dataDir: workDir, staticRoots: [['/order/', workDir], ['/older/', join(workDir, 'older')]] });
});

afterAll(async () => {
  await Promise.all(opened.map((watched) => watched.context.close()));
  await closeBrowser();
  await demo?.close();
  await rm(workDir, { recursive: true, force: true });
});

async function open(name: string): Promise<Watched & { warnings: string[] }> {
  const warnings: string[] = [];
  const watched = await openWatched(new URL(`/order/${slug(name)}.html`, demo.url).href, (page) =>
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    }),
  );
  opened.push(watched);
  return { ...watched, warnings };
}

/** Finds the adviser for Borne in the finder and picks Borne in the sign-up form. */
async function findAndPick(page: Page): Promise<void> {
  const finder = page.locator('maatwerk-adviseur-finder');
  await pickMunicipality(finder, 'Borne');
  await finder.getByText('Twente').first().waitFor();

  const form = page.locator('maatwerk-sign-up');
  await pickMunicipality(form, 'Assen');
  await expect.poll(() => form.getByRole('combobox').inputValue()).toBe('Assen');
}

describe('one page, several Maatwerk scripts', () => {
  for (const [name, scripts] of Object.entries(LOAD_ORDERS)) {
    test(`${name}: the finder finds, the sign-up field picks, the scan starts`, async () => {
      const { page, consoleErrors, warnings } = await open(name);
      await page.waitForFunction(() => ['maatwerk-adviseur-finder', 'maatwerk-sign-up'].every((tag) => customElements.get(tag)));
      await findAndPick(page);
      if (scripts.some((src) => /\/(maatwerk|quick-scan)\.js$/.test(src))) {
        await page.locator('maatwerk-quick-scan').getByRole('button', { name: 'Start de scan' }).waitFor();
      }
      expect(consoleErrors).toEqual([]);

      // Both versions register the same public tags only when both load maatwerk.js.
      const older = scripts.includes('/older/maatwerk.js');
      if (!older) {
        expect(warnings.filter((text) => text.includes('Maatwerk'))).toEqual([]);
        return;
      }
      // This version loses each tag the older copy registered first, and says so once per tag.
      const lost = warnings.filter((text) => text.startsWith(`Maatwerk ${version}:`));
      expect(lost.length).toBeGreaterThan(0);
      for (const text of lost) expect(text).toContain(`is already defined by Maatwerk ${OLDER}`);
      expect(new Set(lost).size).toBe(lost.length);
    });
  }

  test('a tag the page itself defined is reported with what to change', async () => {
    await writeFile(
      join(workDir, 'taken.html'),
      pageFor(['/order/taken.js', '/widgets/maatwerk.js']).replace('<maatwerk-adviseur-finder></maatwerk-adviseur-finder>', ''),
    );
    await writeFile(join(workDir, 'taken.js'), "customElements.define('maatwerk-adviseur-finder', class extends HTMLElement {});\n");
    const warnings: string[] = [];
    const watched = await openWatched(new URL('/order/taken.html', demo.url).href, (page) =>
      page.on('console', (message) => {
        if (message.type() === 'warning') warnings.push(message.text());
      }),
    );
    opened.push(watched);
    await watched.page.locator('maatwerk-sign-up').getByRole('combobox').waitFor();
    await expect.poll(() => warnings.filter((text) => text.includes('<maatwerk-adviseur-finder>'))).toEqual([
      `Maatwerk ${version}: <maatwerk-adviseur-finder> is already defined by another script on this page, so the page uses that one. Load the Maatwerk scripts of one version only (maatwerk.js or the per-element scripts from the same folder).`,
    ]);
  });
});

describe('one configuration per page', () => {
  test('<maatwerk-config advisers-src> reaches the finder and the e-mail the sign-up prepares', async () => {
    const watched = await openWatched(new URL('/order/config.html', demo.url).href);
    opened.push(watched);
    const { page, consoleErrors } = watched;
    await findAndPick(page);
    await page.locator('maatwerk-adviseur-finder').getByText(/@pagina-instelling\.example\.org/).first().waitFor();

    const form = page.locator('maatwerk-sign-up');
    await form.getByLabel('Uw naam').fill('Tessa Testpersoon');
    await form.getByLabel('Uw functie').fill('Beleidsadviseur');
    await form.getByLabel('Uw e-mailadres op het werk').fill('tessa@example.org');
    await form.getByRole('checkbox', { name: /toestemming/ }).check();
    await form.getByRole('button', { name: 'E-mail klaarmaken' }).click();
    await form.getByText(/@pagina-instelling\.example\.org/).first().waitFor();
    expect(await form.getByRole('link', { name: /e-mail/i }).first().getAttribute('href')).toMatch(/^mailto:[^?]*%40pagina-instelling\.example\.org|^mailto:[^?]*@pagina-instelling\.example\.org/);
    expect(consoleErrors).toEqual([]);
  });
});
