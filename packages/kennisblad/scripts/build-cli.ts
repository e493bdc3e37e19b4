// `pnpm --filter @maatwerk/kennisblad build`: the CLI as plain JavaScript in dist/, so
// `pnpm kennisblad` starts with Node alone instead of compiling TypeScript with tsx at every start.
// Workspace packages (the model) and the hyphenation patterns (see below) are bundled in; other npm
// dependencies stay imports from node_modules.
// The model finds its data and schemas relative to its own source file (`import.meta.url`): the
// plugin points those URLs back at the source folder, so the bundle reads the same files (every
// chunk sits in dist/ itself, beside the entry, so one relative path fits all).
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
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

/**
 * The `hyphen` package's pattern files are large JavaScript object literals (Dutch: 230 kB); V8
 * evaluates one in about three times the CPU it takes to `JSON.parse` the same data (80 against
 * 28 ms, at every start of the CLI). The bundle holds them as JSON text instead: the same objects,
 * compared at build time, else the file is left as it is.
 */
function hyphenPatternsAsJson(): Plugin {
  const require = createRequire(import.meta.url);
  return {
    name: 'maatwerk-hyphen-patterns-as-json',
    load(id) {
      if (!/[\\/]hyphen[\\/]patterns[\\/][\w-]+\.js$/.test(id)) return null;
      const patterns: unknown = require(id);
      const json = JSON.stringify(patterns);
      if (!isDeepStrictEqual(JSON.parse(json), patterns)) return null;
      return `module.exports = JSON.parse(${JSON.stringify(json)});`;
    },
  };
}

await build({
  root,
  configFile: false,
  logLevel: 'warn',
  plugins: [sourceRelativeImportMeta(), hyphenPatternsAsJson()],
  define: { 'process.env.NODE_ENV': 'process.env.NODE_ENV' },
  ssr: { noExternal: [/^@maatwerk\//, "hyphen"] },
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
