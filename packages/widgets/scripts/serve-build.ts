// For scripts that drive a built widget in Chromium (benchmarks, screenshots): builds entries as
// they ship (build-entry.ts), into a folder of their own, and serves that folder and a few pages on
// loopback (an ephemeral port).
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { buildEntry } from './build-entry.ts';
import type { Entry } from './entries.ts';

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.map': 'application/json' };

export interface Served {
  origin: string;
  close: () => Promise<void>;
}

/**
 * Builds `entries` as they ship (with their chunks; `minify: false` keeps the function names a CPU
 * profile reports) and serves them with `pages` (path -> HTML).
 */
export async function buildAndServe(entries: readonly Entry[], pages: Record<string, string>, { minify = true } = {}): Promise<Served> {
  const out = await mkdtemp(join(tmpdir(), 'maatwerk-served-'));
  for (const entry of entries) await buildEntry(entry, out, { minify });
  const served = await serve(out, pages);
  return { ...served, close: () => served.close().then(() => rm(out, { recursive: true, force: true })) };
}

/** Serves the files in `folder` (never cached) and `pages` (path -> HTML) on loopback, on an ephemeral port. */
export async function serve(folder: string, pages: Record<string, string>): Promise<Served> {
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (pages[path]) return void response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(pages[path]);
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    const file = join(folder, normalize(path));
    try {
      if (!file.startsWith(folder)) throw new Error('outside the folder');
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A page with one entry's script and its elements. */
export const pageFor = (entry: Entry, lang = 'nl') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width"><title>${entry.name}</title>
<script type="module" src="/${entry.name}.js"></script></head><body>
${entry.elements.map((tag) => `<${tag}></${tag}>`).join('\n')}</body></html>`;
