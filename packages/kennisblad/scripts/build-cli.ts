// `pnpm --filter @maatwerk/kennisblad build`: the CLI as plain JavaScript in dist/, so
// `pnpm kennisblad` starts with Node alone instead of compiling TypeScript with tsx at every start:
//
//   dist/kennisblad.cjs   the commands (src/commands.ts) with every dependency bundled in: one file
//                         instead of some 300 modules to resolve and load, and one script that V8's
//                         code cache can hold whole
//   dist/cli.mjs          the entry (src/built-cli.ts): runs kennisblad.cjs through the code cache
//   dist/*.cache          that cache, made here by rendering the kennisblad and the report once
//
// Bundled code that finds files beside its source (`import.meta.url`: the model's data, our fonts,
// pdfkit's standard fonts and colour profile) gets a URL pointing back at that source file.
import { createRequire } from 'node:module';
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { build, type Plugin } from 'vite';
import { loadDataset } from '@maatwerk/model/node';
import { loadCachedBundle } from '../src/code-cache.ts';
import { sampleResult } from './sample.ts';

process.env.NODE_ENV = 'production';
const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'dist');
// Built beside dist/ and swapped in when whole, so a CLI starting meanwhile never runs half a build.
const buildDir = join(root, `.dist-${process.pid}`);

function sourceRelativeImportMeta(): Plugin {
  return {
    name: 'maatwerk-source-relative-import-meta',
    transform(code, id) {
      if (!code.includes('import.meta.url') || id.startsWith('\0')) return null;
      // Relative to dist/, where the bundle will run (the build folder beside it is as deep).
      const fromOut = relative(outDir, id.split('?')[0]!).split('\\').join('/');
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

/**
 * fontkit brings a Brotli decoder (860 kB, a quarter of the bundle) for WOFF2 fonts; the PDF is
 * made from TTFs (the HTML twin embeds its WOFF2 files as bytes), so the bundle leaves it out.
 */
function withoutWoff2(): Plugin {
  const id = '\0maatwerk-no-brotli';
  return {
    name: 'maatwerk-without-woff2',
    enforce: 'pre',
    resolveId: (source) => (source === 'brotli/decompress.js' ? id : null),
    load: (source) =>
      source === id ? 'export default function decompress() { throw new Error("This build of the kennisblad reads TTF fonts, not WOFF2."); }' : null,
  };
}

const shared = {
  root,
  configFile: false as const,
  logLevel: 'warn' as const,
  // The CLI runs React's production build (faster, no development checks): the bundle holds no other.
  define: { 'process.env.NODE_ENV': '"production"' },
};

await build({
  ...shared,
  plugins: [sourceRelativeImportMeta(), hyphenPatternsAsJson(), withoutWoff2()],
  ssr: { noExternal: true },
  build: {
    ssr: 'src/commands.ts',
    outDir: buildDir,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      output: {
        format: 'cjs',
        entryFileNames: 'kennisblad.cjs',
        codeSplitting: false,
        // Every start reads the whole file: ASCII only (one byte a character, no decoding to
        // UTF-16) and no doc comments; licence comments stay.
        charset: 'ascii',
        comments: { legal: true, annotation: false, jsdoc: false },
      },
    },
  },
});
await build({
  ...shared,
  build: {
    ssr: 'src/built-cli.ts',
    outDir: buildDir,
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: { output: { entryFileNames: 'cli.mjs' } },
  },
});

// The code cache: one run of each command, then the code V8 compiled for them.
type Commands = typeof import('../src/commands.ts');
const bundle = loadCachedBundle<Commands>(join(buildDir, 'kennisblad.cjs'));
const work = await mkdtemp(join(tmpdir(), 'kennisblad-build-'));
try {
  const loaded = await loadDataset();
  if (!loaded.ok) throw new Error('De data bevat fouten: pnpm --filter @maatwerk/model validate');
  await writeFile(join(work, 'uitkomst.json'), JSON.stringify(sampleResult(loaded.dataset.content)));
  const messages: string[] = [];
  const io = { out: () => {}, err: (line: string) => messages.push(line), cwd: work };
  for (const args of [['--out', 'kennisblad.pdf'], ['report', 'uitkomst.json', '--out', 'rapport.pdf']]) {
    if ((await bundle.exports.run(args, io)) !== 0) throw new Error(`pnpm kennisblad ${args.join(' ')} faalde:\n${messages.join('\n')}`);
  }
  bundle.saveCache();
} catch (error) {
  await rm(buildDir, { recursive: true, force: true });
  throw error;
} finally {
  await rm(work, { recursive: true, force: true });
}
// Another build finishing at the same moment can put its dist/ back between our two renames: then
// that one is moved aside as well.
const previous: string[] = [];
for (let attempt = 0; ; attempt++) {
  previous.push(`${buildDir}-old-${attempt}`);
  await rename(outDir, previous.at(-1)!).catch(() => undefined);
  try {
    await rename(buildDir, outDir);
    break;
  } catch (error) {
    if (attempt === 2) throw error;
  }
}
await Promise.all(previous.map((dir) => rm(dir, { recursive: true, force: true })));
console.log('built dist/cli.mjs');
