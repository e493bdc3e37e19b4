// The HTML twins of the kennisblad and the report in Chromium: at 320 CSS px the page reflows without
// sideways scrolling (WCAG 1.4.10), wide tables scroll inside labelled, focusable regions, axe finds
// nothing, and the page requests nothing from another origin.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadDataset } from '@maatwerk/model/node';
import { buildKennisblad, buildReport, kennisbladHtml, reportHtml } from '@maatwerk/kennisblad';
import { sampleResult } from '../packages/kennisblad/scripts/sample.ts';
import { axeViolations, closeBrowser, openWatched } from './support/browser.ts';

let server: Server;
let base: string;
const pages = new Map<string, string>();

beforeAll(async () => {
  const loaded = await loadDataset();
  if (!loaded.ok) throw new Error('shipped data is invalid');
  const data = loaded.dataset;
  pages.set('/kennisblad.html', kennisbladHtml(buildKennisblad(data, { region: 'AM05' })));
  pages.set('/rapport.html', reportHtml(buildReport(data, sampleResult(data.content))));
  server = createServer((request, response) => {
    const body = pages.get(request.url ?? '');
    // The browser asks for a favicon by itself: no content, so no console error either.
    if (!body) return void response.writeHead(request.url === '/favicon.ico' ? 204 : 404).end();
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await closeBrowser();
  await new Promise((resolve) => server.close(resolve));
});

describe.each(['/kennisblad.html', '/rapport.html'])('the HTML twin %s', (path) => {
  test('reflows at 320 px: no sideways scrolling of the page; wide tables scroll in labelled, focusable regions; axe clean', async () => {
    const watched = await openWatched(`${base}${path}`, (page) => void page.setViewportSize({ width: 320, height: 640 }));
    const { page } = watched;
    await page.setViewportSize({ width: 320, height: 640 });
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    const regions = await page.evaluate(() =>
      [...document.querySelectorAll('table')].map((table) => {
        const region = table.closest('[role="region"]');
        return { label: region?.getAttribute('aria-label') ?? null, tabindex: region?.getAttribute('tabindex') ?? null, overflow: region ? getComputedStyle(region).overflowX : null };
      }),
    );
    expect(regions.length).toBeGreaterThan(0);
    for (const region of regions) {
      expect(region.label).toBeTruthy();
      expect(region.tabindex).toBe('0');
      expect(region.overflow).toBe('auto');
    }
    expect(await axeViolations(page)).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
    await watched.context.close();
  });
});
