// The widgets under the real NL Design System token packages from npm, applied as a site applies
// them (the package's stylesheet and its theme class on <body>), in Chromium: axe finds no WCAG 2.1 AA
// violation in any theme (Utrecht's dark colour scheme included), the widgets take the theme's own
// colours and fonts. A screenshot per theme is kept in tests/screenshots/themes/ for review: a run
// writes one only where it is missing, so the tests leave the worktree clean. To refresh them after a
// change to the look, run `UPDATE_SCREENSHOTS=1 pnpm vitest run --project e2e themes` and review the
// diff of the PNG files before committing them.
// Amsterdam uses its own token namespace (`--ams-*`): the page adds our mapping stylesheet.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startDemoServer, type DemoServer } from '../demo/server.ts';
import { axeViolations, closeBrowser, openWatched } from './support/browser.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));
const screenshots = join(repo, 'tests/screenshots/themes');
const updateScreenshots = process.env.UPDATE_SCREENSHOTS === '1';

interface Theme {
  name: string;
  /** Stylesheets under /node_modules/, in order. */
  sheets: string[];
  bodyClass: string;
}

const THEMES: Theme[] = [
  { name: 'utrecht', sheets: ['@utrecht/design-tokens/dist/index.css'], bodyClass: 'utrecht-theme' },
  {
    name: 'utrecht-dark',
    sheets: ['@utrecht/design-tokens/dist/index.css', '@utrecht/design-tokens/dist/dark/index.css'],
    bodyClass: 'utrecht-theme utrecht-theme--color-scheme-dark',
  },
  { name: 'denhaag', sheets: ['@gemeente-denhaag/design-tokens-components/dist/theme/index.css'], bodyClass: 'denhaag-theme' },
  { name: 'rijkshuisstijl-community', sheets: ['@rijkshuisstijl-community/design-tokens/dist/index.css'], bodyClass: 'rhc-theme' },
  { name: 'rotterdam', sheets: ['@nl-design-system-unstable/rotterdam-design-tokens/dist/design-tokens.css'], bodyClass: 'rotterdam-theme' },
  { name: 'voorbeeld', sheets: ['@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css'], bodyClass: 'voorbeeld-theme' },
  { name: 'amsterdam', sheets: ['@amsterdam/design-system-tokens/dist/index.css', '/widgets-themes/amsterdam.css'], bodyClass: '' },
];

let demo: DemoServer;
let pages: string;

beforeAll(async () => {
  pages = await mkdtemp(join(tmpdir(), 'maatwerk-themes-'));
  await mkdir(screenshots, { recursive: true });
  // The page's own look follows the theme too, as a themed site's would (NL Design System, then Amsterdam tokens).
  await writeFile(
    join(pages, 'page.css'),
    `body { margin: 16px; background: var(--utrecht-document-background-color, var(--basis-color-default-bg-document, var(--ams-color-background-body, #fff)));
      color: var(--utrecht-document-color, var(--basis-color-default-color-document, var(--ams-color-text, #000))); }
     body > * + * { margin-block-start: 24px; }`,
  );
  for (const theme of THEMES) {
    const links = [...theme.sheets.map((sheet) => (sheet.startsWith('/') ? sheet : `/node_modules/${sheet}`)), '/themes/page.css']
      .map((href) => `<link rel="stylesheet" href="${href}">`)
      .join('');
    await writeFile(
      join(pages, `${theme.name}.html`),
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${theme.name}</title>${links}
      <script type="module" src="/widgets/maatwerk.js"></script></head>
      <body class="${theme.bodyClass}">
        <maatwerk-adviseur-finder municipality="GM0344"></maatwerk-adviseur-finder>
        <maatwerk-quick-scan no-storage></maatwerk-quick-scan>
        <maatwerk-sign-up no-storage privacy-href="/privacy"></maatwerk-sign-up>
      </body></html>`,
    );
  }
  demo = await startDemoServer({
    port: 0,
    dataDir: pages,
    staticRoots: [
      ['/themes/', pages],
      ['/node_modules/', join(repo, 'node_modules')],
      ['/widgets-themes/', join(repo, 'packages/widgets/themes')],
    ],
  });
});

afterAll(async () => {
  await closeBrowser();
  await demo?.close();
  await rm(pages, { recursive: true, force: true });
});

describe('real NL Design System themes', () => {
  for (const theme of THEMES) {
    test(`${theme.name}: no axe violations, the theme's colours reach the widgets, screenshot taken`, async () => {
      const { page, context, consoleErrors } = await openWatched(new URL(`/themes/${theme.name}.html`, demo.url).href);
      try {
        await page.setViewportSize({ width: 900, height: 800 });
        const finder = page.locator('maatwerk-adviseur-finder');
        await finder.getByRole('heading', { level: 2 }).first().waitFor();
        await page.locator('maatwerk-sign-up').getByRole('button').last().waitFor();
        // Errors shown, so their colour is checked too.
        await page.locator('maatwerk-sign-up button[type="submit"]').click();
        await page.locator('maatwerk-sign-up').getByRole('heading', { name: 'Er is een probleem' }).waitFor();
        expect(await axeViolations(page)).toEqual([]);
        expect(consoleErrors).toEqual([]);

        // The widgets' text and background are the theme's, not our defaults.
        const [widget, body] = await Promise.all([
          finder.evaluate((element) => {
            const style = getComputedStyle(element.shadowRoot!.querySelector('.base')!);
            return { color: style.color, font: style.fontFamily };
          }),
          page.evaluate(() => ({ color: getComputedStyle(document.body).color })),
        ]);
        expect(widget.color).toBe(body.color);
        if (theme.name !== 'rotterdam') expect(widget.font).not.toMatch(/^system-ui/);

        const screenshot = join(screenshots, `${theme.name}.png`);
        const image = await page.screenshot({ fullPage: true });
        if (updateScreenshots || !existsSync(screenshot)) await writeFile(screenshot, image);
      } finally {
        await context.close();
      }
    });
  }
});
