// `pnpm --filter @maatwerk/kennisblad build`: the CLI as plain JavaScript in dist/, so
// `pnpm kennisblad` starts with Node alone instead of compiling TypeScript with tsx at every start.
// Workspace packages (the model) are bundled in; npm dependencies stay imports from node_modules.
// The model finds its data and schemas relative to its own source file (`import.meta.url`): the
// plugin points those URLs back at the source folder, so the bundle reads the same files (every
// chunk sits in dist/ itself, beside the entry, so one relative path fits all).
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';

process.env.NODE_ENV = 'production';
const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}dist`;

function sourceRelativeImportMeta(): Plugin {
  return {
    name: 'maatwerk-source-relative-import-meta',
    transform(code, id) {
      if (!id.includes('/packages/') || id.includes('node_modules') || !code.includes('import.meta.url')) return null;
      const fromOut = relative(outDir, id).split('\\').join('/');
      return { code: code.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromOut)}, import.meta.url).href`), map: null };
    },
  };
}

await build({
  root,
  configFile: false,
  logLevel: 'warn',
  plugins: [sourceRelativeImportMeta()],
  define: { 'process.env.NODE_ENV': 'process.env.NODE_ENV' },
  ssr: { noExternal: [/^@maatwerk\//] },
  build: {
    ssr: 'src/cli.tsx',
    outDir: 'dist',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: { output: { entryFileNames: 'cli.mjs', chunkFileNames: '[name]-[hash].mjs' } },
  },
});
console.log('built dist/cli.mjs');
