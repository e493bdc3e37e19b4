// Builds every entry in scripts/entries.ts into its own ES module: one script tag is all a webmaster
// adds. What only some pages need (English text, validators for custom data) is split into chunks
// in dist/chunks/ that the module loads from its own folder on demand, so no other origin is involved.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { ENTRIES } from './entries.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv.slice(2);

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
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2021',
      minify: true,
      sourcemap: true,
      lib: { entry: entry.source, formats: ['es'], fileName: () => `${entry.name}.js` },
      rolldownOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  });
  console.log(`built dist/${entry.name}.js`);
}
