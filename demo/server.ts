// The demo's small web server: the sample municipal page, the built widgets, the generated
// kennisblad, and the reference sign-up receiver behind /api/. Every page is served with a strict
// Content Security Policy, as a careful municipality would.
import { createReadStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createReceiver, openStore } from '@maatwerk/receiver';

const repo = fileURLToPath(new URL('..', import.meta.url));

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** The kennisblad's HTML versions are single self-contained files with inline CSS and no script: allow
 * exactly that and nothing else. */
export const DOCUMENT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
};

/** URL prefix -> folder on disk. */
const STATIC_ROOTS: [string, string][] = [
  ['/site/', join(repo, 'demo/site')],
  ['/widgets/', join(repo, 'packages/widgets/dist')],
  ['/kennisblad/', join(repo, 'out')],
];

export interface DemoServerOptions {
  port?: number;
  host?: string;
  /** Folder for the receiver's embedded database (PGlite). */
  dataDir?: string;
  /** More URL prefix -> folder mappings, e.g. test host pages. */
  staticRoots?: [string, string][];
}

export interface DemoServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const host = options.host ?? '127.0.0.1';
  const dataDir = options.dataDir ?? join(repo, 'demo/.data');
  await mkdir(dataDir, { recursive: true });

  // The receiver listens on a private loopback port; the page reaches it same-origin through /api/.
  const store = await openStore(join(dataDir, 'sign-ups'));
  const receiver = createReceiver({ store, allowedOrigins: [] });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const receiverPort = (receiver.address() as AddressInfo).port;

  const server = createServer((req, res) => {
    handle(req, res, receiverPort, [...(options.staticRoots ?? []), ...STATIC_ROOTS]).catch(() => send(res, 500, 'text/plain; charset=utf-8', 'Er ging iets mis.'));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 4173, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/`,
    server,
    close: async () => {
      await Promise.all([server, receiver].map((s) => new Promise<void>((resolve) => (s.closeAllConnections(), s.close(() => resolve())))));
      await store.close();
    },
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, receiverPort: number, roots: [string, string][]): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://demo.invalid');
  if (url.pathname.startsWith('/api/')) return proxy(req, res, receiverPort);
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
  if (url.pathname === '/') return serveFile(res, join(repo, 'demo/site/index.html'));
  if (url.pathname === '/favicon.ico') return void res.writeHead(204, securityHeaders()).end();
  if (url.pathname === '/privacy') return send(res, 200, TYPES['.html']!, privacyPage());
  if (url.pathname === '/aanmeldingen') return send(res, 200, TYPES['.html']!, await signUpsPage(receiverPort));
  for (const [prefix, dir] of roots) {
    if (!url.pathname.startsWith(prefix)) continue;
    const file = normalize(join(dir, decodeURIComponent(url.pathname.slice(prefix.length))));
    if (!file.startsWith(dir + sep)) break; // no escaping the folder
    return serveFile(res, file);
  }
  send(res, 404, 'text/plain; charset=utf-8', 'Niet gevonden');
}

async function serveFile(res: ServerResponse, file: string): Promise<void> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return send(res, 404, 'text/plain; charset=utf-8', 'Niet gevonden');
  const csp = file.startsWith(join(repo, 'out') + sep) && extname(file) === '.html' ? DOCUMENT_CSP : STRICT_CSP;
  res.writeHead(200, { ...securityHeaders(csp), 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': info.size, 'Cache-Control': 'no-cache' });
  createReadStream(file).pipe(res);
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { ...securityHeaders(), 'Content-Type': type });
  res.end(body);
}

function securityHeaders(csp = STRICT_CSP) {
  return { 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };
}

function proxy(req: IncomingMessage, res: ServerResponse, port: number): void {
  // The page and /api/ share an origin, so CORS does not apply: drop the browser's same-origin
  // Origin header instead of configuring the receiver with the demo's own (random) address.
  const headers = { ...req.headers };
  if (headers.origin && new URL(headers.origin).host === headers.host) delete headers.origin;
  const upstream = request({ host: '127.0.0.1', port, path: req.url, method: req.method, headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => send(res, 502, 'application/json', JSON.stringify({ errors: [{ path: '', message: 'De ontvanger is niet bereikbaar.' }] })));
  req.pipe(upstream);
}

const escapeHtml = (text: unknown) =>
  String(text ?? '').replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

function layout(title: string, body: string): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} - Gemeente Voorbeeldstad</title><link rel="stylesheet" href="/site/site.css"></head>
<body><header class="site-header"><div class="container site-header__bar"><a class="logo" href="/"><span class="logo__mark" aria-hidden="true"></span>Gemeente Voorbeeldstad</a></div></header>
<main class="container">${body}</main></body></html>`;
}

interface StoredSignUp {
  receivedAt?: string;
  received_at?: string;
  payload?: Record<string, unknown>;
  [key: string]: unknown;
}

async function signUpsPage(receiverPort: number): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${receiverPort}/api/sign-ups`).catch(() => undefined);
  const data = response?.ok ? ((await response.json()) as { signUps?: StoredSignUp[] } | StoredSignUp[]) : undefined;
  const rows = Array.isArray(data) ? data : (data?.signUps ?? []);
  const body = rows.length
    ? `<table class="signups"><caption>${rows.length} aanmelding(en), nieuwste eerst</caption>
<thead><tr><th scope="col">Ontvangen</th><th scope="col">Gemeente</th><th scope="col">Naam en functie</th><th scope="col">E-mail</th><th scope="col">Domeinen</th><th scope="col">Quickscan</th></tr></thead><tbody>
${rows
  .map((row) => {
    const p = (row.payload ?? row) as Record<string, unknown> & { municipality?: { name?: string }; domains?: string[] };
    return `<tr><td>${escapeHtml(row.receivedAt ?? row.received_at)}</td><td>${escapeHtml(p.municipality?.name)}</td><td>${escapeHtml(p.name)}<br>${escapeHtml(p.role)}</td><td>${escapeHtml(p.email)}</td><td>${escapeHtml((p.domains ?? []).join(', '))}</td><td>${p.result ? 'bijgevoegd' : '-'}</td></tr>`;
  })
  .join('\n')}</tbody></table>`
    : '<p>Er zijn nog geen aanmeldingen ontvangen. Meld u aan op de <a href="/">voorbeeldpagina</a>.</p>';
  return layout('Ontvangen aanmeldingen', `<h1>Ontvangen aanmeldingen (demo)</h1>${body}<p><a href="/">Terug naar de voorbeeldpagina</a></p>`);
}

function privacyPage(): string {
  return layout(
    'Privacyverklaring',
    `<h1>Privacyverklaring (voorbeeld)</h1>
<p>De quickscan bewaart uw antwoorden alleen in uw eigen browser. Er worden geen cookies geplaatst en er gaat niets naar andere partijen.</p>
<p>Als u zich aanmeldt, sturen wij uw naam, functie, e-mailadres, telefoonnummer en vraag naar de adviseur van Stichting Lezen &amp; Schrijven in uw regio. Wij gebruiken deze gegevens alleen om contact met u op te nemen over het Maatwerktraject.</p>
<p><a href="/">Terug naar de voorbeeldpagina</a></p>`,
  );
}
