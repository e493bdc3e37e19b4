// `pnpm --filter @maatwerk/receiver import-sqlite ./signups.sqlite [--data ./.data/receiver]`
// (or with DATABASE_URL=postgres://... for a PostgreSQL server). Prints what it copied; exits 1
// when a sign-up could not be copied, 2 when it could not start.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importSqlite } from './import-sqlite.ts';
import { DEFAULT_DATA_DIR, storeLocation } from './location.ts';
import { openStore, StoreError } from './store/index.ts';

const { values, positionals } = parseArgs({ options: { data: { type: 'string', default: DEFAULT_DATA_DIR } }, allowPositionals: true });
if (positionals.length !== 1) fail('Give one SQLite file of the earlier receiver, e.g. import-sqlite ./signups.sqlite');

try {
  const file = resolve(process.env.INIT_CWD || process.cwd(), positionals[0]!);
  const store = await openStore(storeLocation(values.data));
  try {
    const report = await importSqlite(file, store);
    console.log(`Imported ${report.imported} of ${report.read} sign-ups from ${file}; ${report.alreadyPresent} were already in the store.`);
    if (report.conflicts.length) console.error(`Not copied, because their Idempotency-Key is in the store with a different sign-up: ids ${report.conflicts.join(', ')}.`);
    if (report.unreadable.length) console.error(`Not copied, because their payload is not JSON: ids ${report.unreadable.join(', ')}.`);
    process.exitCode = report.conflicts.length || report.unreadable.length ? 1 : 0;
  } finally {
    await store.close();
  }
} catch (error) {
  fail(error instanceof StoreError ? error.message : String(error));
}

function fail(sentence: string): never {
  console.error(sentence);
  process.exit(2);
}
