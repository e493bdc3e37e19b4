// For scripts that drive a built widget in Chromium (benchmarks, screenshots): builds entries as
// `build.ts` ships them, into a folder of their own, and serves that folder and a few pages on
// loopback (an ephemeral port).
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { embedPlugins } from './embed-plugins.ts';
import type { Entry } from './entries.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html' };

export interface Served {
  origin: string;
  close: () => Promise<void>;
}

/**
 * Builds `entries` (production, with their chunks; minified unless `minify: false`, which keeps the
 * function names a CPU profile reports) and serves them with `pages` (path -> HTML).
 */
export async function buildAndServe(entries: readonly Entry[], pages: Record<string, string>, { minify = true } = {}): Promise<Served> {
  process.env.NODE_ENV = 'production';
  const out = await mkdtemp(join(tmpdir(), 'maatwerk-served-'));
  for (const entry of entries) {
    await build({
      root,
      configFile: false,
      logLevel: 'error',
      plugins: embedPlugins(root),
      define: { 'process.env.NODE_ENV': '"production"' },
      build: {
        outDir: out,
        emptyOutDir: false,
        target: 'es2022',
        minify,
        lib: { entry: entry.source, formats: ['es'], fileName: () => `${entry.name}.js` },
        rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { chunkFileNames: 'chunks/[name]-[hash].js', minify } },
      },
    });
  }
  const server: Server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (pages[path]) return void response.writeHead(200, { 'Content-Type': 'text/html' }).end(pages[path]);
    try {
      const body = await readFile(join(out, path.replace(/^\/+/, '').replaceAll('..', '')));
      response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    close: async () => {
      server.close();
      await rm(out, { recursive: true, force: true });
    },
  };
}

/** A page with one entry's script and its elements. */
export const pageFor = (entry: Entry, lang = 'nl') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width"><title>${entry.name}</title>
<script type="module" src="/${entry.name}.js"></script></head><body>
${entry.elements.map((tag) => `<${tag}></${tag}>`).join('\n')}</body></html>`;
