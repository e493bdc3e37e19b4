// `pnpm --filter @maatwerk/widgets build` (first step): every entry in scripts/entries.ts into its
// own ES module in dist/ (one script tag is all a webmaster adds), then the library build for
// bundler users in dist/lib. It starts clean, so no stale chunk from an earlier build is shipped or
// measured.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildEntry } from './build-entry.ts';
import { buildLibrary } from './build-lib.ts';
import { ENTRIES } from './entries.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
rmSync(`${root}/dist`, { recursive: true, force: true });

for (const entry of ENTRIES) {
  await buildEntry(entry, `${root}/dist`);
  console.log(`built dist/${entry.name}.js`);
}
await buildLibrary(root);
console.log('built dist/lib');
