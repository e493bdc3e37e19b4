// One embed entry (scripts/entries.ts) built as it ships: a production, fully minified ES module,
// with what only some pages need (English text, validators for custom data, built-in data) split
// into chunks/ that it loads from its own folder on demand. `build.ts` builds into dist/; the
// benchmarks and screenshots (`serve-build.ts`) into a folder of their own.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { Entry } from './entries.ts';
import { embedPlugins } from './plugins.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** `minify: false` keeps the function names a CPU profile reports (the quick scan benchmark's --explain). */
export async function buildEntry(entry: Entry, outDir: string, { minify = true } = {}): Promise<void> {
  // A production build also when a test runner (NODE_ENV=test) starts the script: otherwise Vite
  // resolves Lit's development build and the bundles grow by about 4 KB gzip.
  process.env.NODE_ENV = 'production';
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: embedPlugins(root),
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify,
      // Source maps sit next to the files for debugging, without the sourceMappingURL comment that every visitor would download.
      sourcemap: 'hidden',
      lib: { entry: entry.source, formats: ['es'], fileName: () => `${entry.name}.js` },
      rolldownOptions: {
        // Let the entry export what its on-demand chunks share with it (Lit, model code), instead of
        // moving that into an extra chunk every page loads anyway; the entry stays the full figure.
        preserveEntrySignatures: 'allow-extension',
        // Vite keeps whitespace in ES library builds (for bundlers downstream); these files are what
        // browsers load, so minify them fully.
        output: { chunkFileNames: 'chunks/[name]-[hash].js', minify },
      },
    },
  });
}
