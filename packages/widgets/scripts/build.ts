// Builds every entry in scripts/entries.ts into its own ES module: one script tag is all a webmaster
// adds. What only some pages need (English text, validators for custom data) is split into chunks
// in dist/chunks/ that the module loads from its own folder on demand, so no other origin is involved.
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { embedPlugins } from './embed-plugins.ts';
import { buildLibrary } from './build-lib.ts';
import { ENTRIES } from './entries.ts';

// What ships is a production build, also when a test runner (NODE_ENV=test) starts this script:
// otherwise Vite resolves Lit's development build and the bundles grow by about 4 KB gzip.
process.env.NODE_ENV = 'production';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv.slice(2);
// A full build starts clean, so no stale chunk from an earlier build is shipped or measured.
if (only.length === 0) rmSync(`${root}/dist`, { recursive: true, force: true });

for (const entry of ENTRIES) {
  if (only.length && !only.includes(entry.name)) continue;
  if (!existsSync(`${root}/${entry.source}`)) {
    console.warn(`skipped ${entry.name}: ${entry.source} does not exist yet`);
    continue;
  }
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: embedPlugins(root),
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      // Source maps sit next to the files for debugging, without the sourceMappingURL comment that every visitor would download.
      sourcemap: 'hidden',
      lib: { entry: entry.source, formats: ['es'], fileName: () => `${entry.name}.js` },
      rolldownOptions: {
        // Let the entry export what its on-demand chunks share with it (Lit, model code), instead of
        // moving that into an extra chunk every page loads anyway; the entry stays the full figure.
        preserveEntrySignatures: 'allow-extension',
        // Vite keeps whitespace in ES library builds (for bundlers downstream); these files are what
        // browsers load, so minify them fully.
        output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
      },
    },
  });
  console.log(`built dist/${entry.name}.js`);
}

if (only.length === 0 || only.includes('lib')) {
  await buildLibrary(root);
  console.log('built dist/lib');
}
