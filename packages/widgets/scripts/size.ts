// `pnpm size`: prints the gzip size of every built entry and fails when one is over its budget.
// The budget covers what a page always loads (the entry module); chunks loaded on demand are listed apart.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { ENTRIES } from './entries.ts';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
let failed = false;
console.log('entry              raw KB   gzip KB   budget KB');
for (const entry of ENTRIES) {
  const file = `${dist}${entry.name}.js`;
  if (!existsSync(file)) {
    console.log(`${entry.name.padEnd(18)} not built (run pnpm build)`);
    failed = true;
    continue;
  }
  const code = readFileSync(file);
  const gzip = gzipSync(code, { level: 9 }).length / 1024;
  const over = gzip > entry.budgetKb;
  failed ||= over;
  console.log(
    `${entry.name.padEnd(18)} ${(code.length / 1024).toFixed(1).padStart(6)}   ${gzip.toFixed(1).padStart(7)}   ${String(entry.budgetKb).padStart(9)}${over ? '  OVER BUDGET' : ''}`,
  );
}
const chunkDir = `${dist}chunks/`;
if (existsSync(chunkDir)) {
  console.log('\non demand (dist/chunks/)');
  for (const name of readdirSync(chunkDir).filter((file) => file.endsWith('.js')).sort()) {
    const code = readFileSync(`${chunkDir}${name}`);
    console.log(`${name.padEnd(40)} ${(code.length / 1024).toFixed(1).padStart(6)}   ${(gzipSync(code, { level: 9 }).length / 1024).toFixed(1).padStart(7)}`);
  }
}
process.exit(failed ? 1 : 0);
