// "Voor webmasters" promises two things a webmaster cannot easily check: its snippet works pasted as is
// under a strict Content Security Policy, and the widgets work from an asset host on another origin
// with exactly the CORS headers it names (and not without them). Both are tried here in Chromium
// against the built dist/, served by two plain servers with the headers under test.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { closeBrowser, openWatched, pickMunicipality, type Watched } from './support/browser.ts';

const dist = fileURLToPath(new URL('../packages/widgets/dist', import.meta.url));
const guide = await readFile(fileURLToPath(new URL('../packages/widgets/docs/voor-webmasters.md', import.meta.url)), 'utf8');
/** The first HTML block of the page: what a webmaster pastes. */
const snippet = /```html\n([\s\S]*?)```/.exec(guide)![1]!;

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html; charset=utf-8' };

type Handler = (path: string) => { status: number; headers: Record<string, string>; body?: string | Buffer } | Promise<{ status: number; headers: Record<string, string>; body?: string | Buffer }>;

async function listen(handler: Handler): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (request, response) => {
    const answer = await handler(decodeURIComponent(new URL(request.url!, 'http://x').pathname));
    response.writeHead(answer.status, answer.headers).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { server, origin: `http://127.0.0.1:${port}` };
}

/** A file from dist/ under `prefix`, or a 404. */
async function distFile(path: string, prefix: string, headers: Record<string, string> = {}) {
  const file = normalize(join(dist, path.slice(prefix.length)));
  if (!path.startsWith(prefix) || !file.startsWith(dist + sep) || !(await stat(file).catch(() => undefined))?.isFile()) return { status: 404, headers: {} };
  return { status: 200, headers: { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers }, body: await readFile(file) };
}

const pageOf = (body: string, lang = 'nl') => `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>Gemeente</title></head>
<body><main><h1>Gemeente</h1>
${body}
</main></body>
</html>
`;

let site: { server: Server; origin: string };
let assets: { server: Server; origin: string };
const opened: Watched[] = [];

beforeAll(async () => {
  // The asset host: /cors/ sends the headers the page names, /plain/ the same files without CORS.
  assets = await listen((path) =>
    path.startsWith('/cors/') ? distFile(path, '/cors/', { 'Access-Control-Allow-Origin': site.origin }) : distFile(path, '/plain/'),
  );
  // The municipality's site: dist/ as /maatwerk/, and pages under the policy each names.
  site = await listen(async (path) => {
    if (path.startsWith('/maatwerk/')) return distFile(path, '/maatwerk/');
    if (path === '/favicon.ico') return { status: 204, headers: {} };
    const pages: Record<string, { csp: string; html: string }> = {
      '/geplakt.html': { csp: "default-src 'self'", html: pageOf(snippet) },
      '/assethost.html': {
        csp: `default-src 'self'; script-src ${assets.origin}`,
        html: pageOf(snippet.replaceAll('/maatwerk/', `${assets.origin}/cors/`), 'en'),
      },
      '/zonder-cors.html': { csp: `default-src 'self'; script-src ${assets.origin}`, html: pageOf(snippet.replaceAll('/maatwerk/', `${assets.origin}/plain/`)) },
    };
    const page = pages[path];
    return page ? { status: 200, headers: { 'Content-Type': TYPES['.html']!, 'Content-Security-Policy': page.csp }, body: page.html } : { status: 404, headers: {} };
  });
});

afterAll(async () => {
  await Promise.all(opened.map((watched) => watched.context.close()));
  await closeBrowser();
  await Promise.all([site, assets].map(({ server }) => new Promise((resolve) => server.close(resolve))));
});

/** Opens a page, also recording every address that answered 404 (a chunk missing from where the page looks). */
async function open(path: string): Promise<Watched & { notFound: string[] }> {
  const notFound: string[] = [];
  const watched = await openWatched(`${site.origin}${path}`, (page) => page.on('response', (response) => response.status() === 404 && notFound.push(response.url())));
  opened.push(watched);
  return { ...watched, notFound };
}

test('the snippet, pasted as is under default-src \'self\': every element works, no violation, no error', async () => {
  expect(snippet).toContain('<script type="module" src="/maatwerk/maatwerk.js">');
  expect(snippet).not.toMatch(/<style|data:|style=/);
  const { page, cspViolations, consoleErrors, notFound } = await open('/geplakt.html');
  const finder = page.locator('maatwerk-adviseur-finder');
  await pickMunicipality(finder, 'Borne');
  await finder.getByText('Twente').first().waitFor();
  await page.locator('maatwerk-quick-scan').getByRole('button', { name: 'Start de scan' }).waitFor();
  await page.locator('maatwerk-sign-up').getByRole('checkbox').first().waitFor();
  expect(notFound).toEqual([]);
  expect(cspViolations).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('from an asset host on another origin with the documented headers: scripts and chunks load', async () => {
  const { page, cspViolations, consoleErrors, foreignRequests, notFound } = await open('/assethost.html');
  // lang="en" and a search load chunks (English text, municipalities, result views) from the asset host too.
  const finder = page.locator('maatwerk-adviseur-finder');
  await pickMunicipality(finder, 'Borne');
  await finder.getByText('Twente').first().waitFor();
  await page.locator('maatwerk-quick-scan').getByRole('button', { name: 'Start the scan' }).waitFor();
  expect(foreignRequests.some((url) => url.includes('/cors/chunks/'))).toBe(true);
  expect(notFound).toEqual([]);
  expect(cspViolations).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('without Access-Control-Allow-Origin on the asset host the browser refuses the scripts', async () => {
  const { page, consoleErrors } = await open('/zonder-cors.html');
  await page.waitForLoadState('load');
  expect(await page.evaluate(() => ['maatwerk-quick-scan', 'maatwerk-adviseur-finder', 'maatwerk-sign-up'].map((tag) => !!customElements.get(tag)))).toEqual([
    false,
    false,
    false,
  ]);
  expect(consoleErrors.join('\n')).toMatch(/CORS|Access-Control-Allow-Origin/);
});
