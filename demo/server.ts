// The demo's small web server: the sample municipal page, the built widgets, the generated
// kennisblad, and the reference sign-up receiver behind /api/. Every page is served with a strict
// Content Security Policy, as a careful municipality would.
import { createReadStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPublisher, createReceiver, openStore, type Publisher, type ReceiverOptions } from '@maatwerk/receiver';
import { startLoopbackInbox, type LoopbackInbox } from '@maatwerk/receiver/loopback';
import { studioCsp } from '@maatwerk/studio/csp';

const repo = fileURLToPath(new URL('..', import.meta.url));

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** The kennisblad's HTML versions are single self-contained files with inline CSS, fonts as data: URLs and no script: allow
 * exactly that and nothing else. */
export const DOCUMENT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; font-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

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
  ['/studio/', join(repo, 'packages/studio/dist')],
];

/** The kennisblad studio (built by `pnpm --filter @maatwerk/studio build`) has a policy of its own. */
const STUDIO_DIR = join(repo, 'packages/studio/dist');

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
  /** The loopback OpenID provider and SMTP server behind the demo's inbox. */
  loopback: LoopbackInbox;
  /** The published kennisblad (the studio publishes here), under /kennisblad/. */
  publisher: Publisher;
  close(): Promise<void>;
}

export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const host = options.host ?? '127.0.0.1';
  const dataDir = options.dataDir ?? join(repo, 'demo/.data');
  await mkdir(dataDir, { recursive: true });

  // The receiver listens on a private loopback port; the page reaches it same-origin through /api/
  // (sign-ups) and /inbox/ (the advisers' inbox, with its loopback OpenID provider and mail server).
  const store = await openStore(join(dataDir, 'sign-ups'));
  const receiverOptions: ReceiverOptions = { store, allowedOrigins: [] };
  const receiver = createReceiver(receiverOptions);
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const receiverPort = (receiver.address() as AddressInfo).port;

  const allowedHosts = new Set(['localhost', '127.0.0.1', '[::1]', host.toLowerCase()]);
  // Filled in once the server listens (its port is part of its origin).
  const backend: Backend = { receiverPort, allowedHosts, ownOrigins: new Set(), loopback: undefined, studioCsp: await studioCsp() };
  const server = createServer((req, res) => {
    handle(req, res, backend, [...(options.staticRoots ?? []), ...STATIC_ROOTS]).catch(() => send(res, 500, 'text/plain; charset=utf-8', 'Er ging iets mis.'));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 4173, host, resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/`;
  backend.ownOrigins = new Set([...allowedHosts].map((name) => `http://${name}:${port}`));
  const loopback = await startLoopbackInbox({ store, publicUrl: url });
  backend.loopback = loopback;
  receiverOptions.inbox = loopback.inbox;
  const publisher = await createPublisher({ store, auth: loopback.auth });
  receiverOptions.publisher = publisher;
  return {
    url,
    server,
    loopback,
    publisher,
    close: async () => {
      await Promise.all([server, receiver].map((s) => new Promise<void>((resolve) => (s.closeAllConnections(), s.close(() => resolve())))));
      await Promise.all([loopback.close(), publisher.close()]);
      await store.close();
    },
  };
}

interface Backend {
  receiverPort: number;
  allowedHosts: ReadonlySet<string>;
  ownOrigins: ReadonlySet<string>;
  loopback: LoopbackInbox | undefined;
  /** The studio's own policy: the PDF renderer needs 'wasm-unsafe-eval' there, and only there. */
  studioCsp: string;
}

async function handle(req: IncomingMessage, res: ServerResponse, backend: Backend, roots: [string, string][]): Promise<void> {
  // Before anything else: only our own host names (a rebinding page sends its own).
  const hostName = /^(\[[^\]]+\]|[^:]+)(?::\d+)?$/.exec(req.headers.host ?? '')?.[1]?.toLowerCase();
  if (!hostName) return send(res, 400, 'text/plain; charset=utf-8', 'Host ontbreekt.');
  if (!backend.allowedHosts.has(hostName)) return send(res, 421, 'text/plain; charset=utf-8', 'Deze server is niet bereikbaar onder deze naam.');
  const url = new URL(req.url ?? '/', 'http://demo.invalid');
  if (url.pathname.startsWith('/api/')) return proxy(req, res, backend);
  if (url.pathname === '/inbox' || url.pathname.startsWith('/inbox/')) return proxy(req, res, backend);
  // The published kennisblad (PDF, HTML, data) and the studio's publishing API live in the receiver;
  // only the sample report is a file of the demo's own.
  if (url.pathname.startsWith('/kennisblad/') && !url.pathname.startsWith('/kennisblad/rapport-voorbeeld.')) return proxy(req, res, backend);
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
  if (url.pathname === '/') return serveFile(res, join(repo, 'demo/site/index.html'));
  if (url.pathname === '/favicon.ico') return void res.writeHead(204, securityHeaders()).end();
  if (url.pathname === '/privacy') return send(res, 200, TYPES['.html']!, privacyPage());
  if (url.pathname === '/studio') return void res.writeHead(301, { ...securityHeaders(), Location: '/studio/' }).end();
  if (url.pathname === '/studio/') return serveFile(res, join(STUDIO_DIR, 'index.html'), backend.studioCsp);
  // The old public list is gone: sign-ups are read in the inbox, after login.
  if (url.pathname === '/aanmeldingen') return void res.writeHead(303, { ...securityHeaders(), Location: '/inbox/' }).end();
  if (url.pathname === '/mail') return send(res, 200, TYPES['.html']!, mailPage(backend.loopback));
  for (const [prefix, dir] of roots) {
    if (!url.pathname.startsWith(prefix)) continue;
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname.slice(prefix.length));
    } catch {
      return send(res, 400, 'text/plain; charset=utf-8', 'Ongeldig adres.');
    }
    const file = normalize(join(dir, relative));
    if (!file.startsWith(dir + sep)) break; // no escaping the folder
    return serveFile(res, file, dir === STUDIO_DIR ? backend.studioCsp : undefined);
  }
  send(res, 404, 'text/plain; charset=utf-8', 'Niet gevonden');
}

async function serveFile(res: ServerResponse, file: string, policy?: string): Promise<void> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return send(res, 404, 'text/plain; charset=utf-8', 'Niet gevonden');
  const csp = policy ?? (file.startsWith(join(repo, 'out') + sep) && extname(file) === '.html' ? DOCUMENT_CSP : STRICT_CSP);
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

function proxy(req: IncomingMessage, res: ServerResponse, backend: Backend): void {
  // The page and /api/ share an origin, so CORS does not apply: a request from our own origin has
  // its Origin dropped; any other Origin is refused here, even when it equals Host (DNS rebinding:
  // the evil page's name resolves to us). `Origin: null` (sandboxed frames, file://) is not ours.
  const headers = { ...req.headers };
  const origin = headers.origin;
  if (origin !== undefined) {
    if (!URL.canParse(origin)) return send(res, 400, 'application/json; charset=utf-8', JSON.stringify({ errors: [{ path: '', message: 'De Origin-header is ongeldig.' }] }));
    if (!backend.ownOrigins.has(new URL(origin).origin)) return send(res, 403, 'application/json; charset=utf-8', JSON.stringify({ errors: [{ path: '', message: 'Deze website mag geen aanmeldingen versturen naar dit adres.' }] }));
    // The inbox and the publishing API check Origin themselves against their public URL; the sign-up API takes no Origin from its own page.
    if (!req.url?.startsWith('/inbox') && !req.url?.startsWith('/kennisblad/')) delete headers.origin;
  }
  const upstream = request({ host: '127.0.0.1', port: backend.receiverPort, path: req.url, method: req.method, headers }, (answer) => {
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

/** What the demo's mail server received: recipient, subject and link (the mails hold no personal data). */
function mailPage(loopback: LoopbackInbox | undefined): string {
  const mails = [...(loopback?.smtp.received ?? [])].reverse();
  const rows = mails.map((mail) => {
    const text = mail.raw.replace(/=\r?\n/g, '');
    const subject = /^Subject: (.*)$/m.exec(text)?.[1] ?? '';
    const link = /https?:\/\/\S+\/inbox\/sign-ups\/[0-9a-f]{32}/.exec(text)?.[0];
    return `<tr><td>${escapeHtml(mail.to.join(', '))}</td><td>${escapeHtml(decodeMimeWords(subject))}</td><td>${link ? `<a href="${escapeHtml(new URL(link).pathname)}">Bekijken in de inbox</a>` : ''}</td></tr>`;
  });
  const body = mails.length
    ? `<table class="signups"><caption>Ontvangen door de demo-mailserver, nieuwste eerst</caption><thead><tr><th scope="col">Aan</th><th scope="col">Onderwerp</th><th scope="col">Link</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
    : '<p>Nog geen e-mails. Meld u aan op de <a href="/">voorbeeldpagina</a>.</p>';
  return layout('E-mails aan adviseurs (demo)', `<h1>E-mails aan adviseurs (demo)</h1><p>Bij elke aanmelding krijgt de adviseur van de regio een e-mail met de gemeente en een link, zonder persoonsgegevens. In de demo vangt een mailserver op uw eigen computer ze op.</p>${body}<p><a href="/inbox/">Naar de inbox</a> · <a href="/">Terug naar de voorbeeldpagina</a></p>`);
}

/** `=?UTF-8?Q?...?=` header words as text. */
function decodeMimeWords(text: string): string {
  return text.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_, kind: string, data: string) =>
    kind.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
  );
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
