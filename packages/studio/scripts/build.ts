// `pnpm --filter @maatwerk/studio build` -> dist/: static files any web server can host, in any
// folder (all URLs are relative). index.html carries the studio's Content Security Policy as a
// <meta> tag; the demo server sends the same policy as a header (src/csp.ts).
// Run through tsx rather than the vite CLI: the config imports workspace TypeScript (the policy
// hashes the kennisblad's HTML styles), which Vite's config loader cannot load.
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig, type Plugin } from 'vite';
import { studioCspMeta } from '../src/csp.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

function cspMeta(): Plugin {
  return {
    name: 'maatwerk-studio-csp',
    async transformIndexHtml(page) {
      return page.replace('<!-- csp -->', await studioCspMeta());
    },
  };
}

export const studioViteConfig = (): InlineConfig => ({
  root,
  base: './',
  configFile: false,
  logLevel: 'warn',
  plugins: [cspMeta()],
  worker: { format: 'es' },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4000 },
});

if (import.meta.url === `file://${process.argv[1]}`) {
  // A production build also when the test runner (NODE_ENV=test) starts the script: otherwise Vite
  // resolves Lit's development build, and the tests would try what does not ship.
  process.env.NODE_ENV = 'production';
  await build(studioViteConfig());
  console.log(`Studio gebouwd: ${root}dist/`);
}
