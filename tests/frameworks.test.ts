// Bundler users: pack the packages as they would be published (`pnpm pack`), install the tarballs
// into a real Vite + React 19 app and a Vite + Vue 3 app (from the pnpm store, or the npm registry),
// type-check and build them, then find an adviser in Chromium. The apps are in tests/frameworks/.
import { execFileSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { cp, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closeBrowser, openWatched, pickMunicipality, type Watched } from './support/browser.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(repo, 'tests/frameworks');
let workDir: string;
let tarballs: { model: string; widgets: string };
const servers: Server[] = [];
const opened: Watched[] = [];

/** Versions the repository itself uses, so the install comes from the store when it can. */
const DEPENDENCIES = {
  react: { react: '19.3.1', 'react-dom': '19.3.1' },
  vue: { vue: '~3.5.45' },
};
const DEV_DEPENDENCIES = {
  react: { vite: '8.3.8', '@vitejs/plugin-react': '6.3.0', typescript: '~5.9.3', '@types/react': '19.3.3', '@types/react-dom': '19.3.0' },
  vue: { vite: '8.3.8', '@vitejs/plugin-vue': '6.0.11', typescript: '~5.9.3' },
};

const run = (command: string, args: string[], cwd: string) => execFileSync(command, args, { cwd, stdio: 'pipe', encoding: 'utf8', env: { ...process.env, CI: '' } });

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'maatwerk-frameworks-'));
  run('pnpm', ['--filter', '@maatwerk/model', 'run', 'build'], repo);
  for (const pkg of ['model', 'widgets']) run('pnpm', ['pack', '--pack-destination', workDir], join(repo, 'packages', pkg));
  const files = await readdir(workDir);
  tarballs = {
    model: join(workDir, files.find((file) => file.startsWith('maatwerk-model-'))!),
    widgets: join(workDir, files.find((file) => file.startsWith('maatwerk-widgets-'))!),
  };
}, 300_000);

afterAll(async () => {
  await Promise.all(opened.map((watched) => watched.context.close()));
  await closeBrowser();
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  await rm(workDir, { recursive: true, force: true });
});

/** Copies the app, points it at the tarballs, installs, type-checks and builds it; returns its dist folder. */
async function buildApp(kind: 'react' | 'vue'): Promise<string> {
  const app = join(workDir, kind);
  await cp(join(fixtures, kind), app, { recursive: true });
  const manifest = {
    name: `maatwerk-${kind}-app`,
    private: true,
    type: 'module',
    dependencies: { ...DEPENDENCIES[kind], '@maatwerk/widgets': `file:${tarballs.widgets}`, '@maatwerk/model': `file:${tarballs.model}` },
    devDependencies: DEV_DEPENDENCIES[kind],
  };
  await writeFile(join(app, 'package.json'), JSON.stringify(manifest, null, 2));
  // The widgets tarball depends on @maatwerk/model by version, which is not on the registry yet.
  await writeFile(join(app, 'pnpm-workspace.yaml'), `overrides:\n  '@maatwerk/model': 'file:${tarballs.model}'\n`);
  run('pnpm', ['install', '--prefer-offline', '--config.confirmModulesPurge=false'], app);
  run('pnpm', ['exec', 'tsc', '-p', 'tsconfig.json'], app);
  run('pnpm', ['exec', 'vite', 'build', '--logLevel', 'warn'], app);
  return join(app, 'dist');
}

async function serve(root: string): Promise<string> {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://app.invalid').pathname;
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const file = normalize(join(root, path === '/' ? 'index.html' : decodeURIComponent(path)));
    const info = file.startsWith(root + sep) ? await stat(file).catch(() => undefined) : undefined;
    if (!info?.isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

describe('the packed packages in a bundler app', () => {
  for (const kind of ['react', 'vue'] as const) {
    test(`a Vite + ${kind === 'react' ? 'React 19' : 'Vue 3'} app type-checks, builds and finds an adviser`, async () => {
      const watched = await openWatched(await serve(await buildApp(kind)));
      opened.push(watched);
      const { page, consoleErrors } = watched;
      const finder = page.locator('maatwerk-adviseur-finder');
      await pickMunicipality(finder, 'Borne');
      // The result heading follows the heading-level attribute the app set; the app heard the event.
      await finder.getByRole('heading', { level: 3 }).first().waitFor();
      await expect.poll(() => page.locator('#found').textContent()).toBe('Twente');
      await page.locator('maatwerk-sign-up').getByRole('combobox').waitFor();
      expect(consoleErrors).toEqual([]);
    }, 300_000);
  }
});
