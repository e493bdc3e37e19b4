// The entry of the built CLI, dist/cli.mjs (`scripts/build-cli.ts`): runs dist/kennisblad.cjs, the
// commands with every dependency bundled in, through V8's code cache (code-cache.ts). The build
// leaves a cache made by rendering the kennisblad and the report; when it is missing or was made
// by another Node, a successful run writes a new one.
import { fileURLToPath } from 'node:url';
import { loadCachedBundle } from './code-cache.ts';

const bundle = loadCachedBundle<typeof import('./commands.ts')>(fileURLToPath(new URL('./kennisblad.cjs', import.meta.url)));
process.exitCode = await bundle.exports.run(process.argv.slice(2));
if (process.exitCode === 0 && !bundle.cacheUsed) bundle.saveCache();
