// `pnpm --filter @maatwerk/model validate [--kind <kind>] [--en] [file...]`: checks data files and
// explains what is wrong. The kind comes from the file name (`advisers.json`, `content.nl.json`), or
// from `--kind` for a file with any other name (`--kind advisers mijn-adviseurs.json`).
import { access, readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { DEFAULT_DATA_DIR } from './dataset.ts';
import { formatIssue } from './messages.ts';
import { SCHEMA_FILES, type DataKind } from './schema-files.ts';
import type { Geography } from './types.ts';
import { kindOfFile, validateFile } from './validate.ts';

const args = process.argv.slice(2);
const lang = args.includes('--en') ? 'en' : 'nl';
const kindAt = args.findIndex((arg) => arg === '--kind' || arg.startsWith('--kind='));
const kindArg = kindAt < 0 ? undefined : args[kindAt]!.includes('=') ? args[kindAt]!.split('=')[1] : args[kindAt + 1];
if (kindAt >= 0 && !(kindArg && kindArg in SCHEMA_FILES)) {
  const known = Object.keys(SCHEMA_FILES).join(', ');
  console.log(lang === 'nl' ? `--kind moet een van deze zijn: ${known}.` : `--kind must be one of: ${known}.`);
  process.exit(2);
}
const kind = kindArg as DataKind | undefined;
// pnpm runs the script in the package folder; INIT_CWD is where the user typed the command.
const cwd = process.env.INIT_CWD || process.cwd();
let files = args.filter((arg, index) => !arg.startsWith('--') && !(kindAt >= 0 && index === kindAt + 1 && !args[kindAt]!.includes('='))).map((file) => resolve(cwd, file));
if (files.length === 0) {
  files = (await readdir(DEFAULT_DATA_DIR)).filter((name) => name.endsWith('.json')).sort().map((name) => join(DEFAULT_DATA_DIR, name));
}

/**
 * Advisers refer to labour-market regions: check them against the municipalities.json beside the
 * file, or the shipped one when there is none. An invalid municipalities file reports its own errors.
 */
async function geographyFor(file: string): Promise<Geography | undefined> {
  const beside = join(dirname(file), 'municipalities.json');
  const source = await access(beside).then(() => beside, () => join(DEFAULT_DATA_DIR, 'municipalities.json'));
  return (await validateFile<Geography>(source, { kind: 'municipalities' })).data;
}

let failed = 0;
for (const file of files) {
  const shown = relative(cwd, file) || file;
  const geography = (kind ?? kindOfFile(file)) === 'advisers' ? await geographyFor(file) : undefined;
  const { valid, issues } = await validateFile(file, { lang, ...(kind && { kind }), ...(geography && { geography }) });
  if (valid) {
    console.log(`✓ ${shown}`);
    continue;
  }
  failed++;
  console.log(`✗ ${shown}`);
  for (const issue of issues) console.log(`  - ${formatIssue({ ...issue, file: undefined }, lang)}`);
}
if (failed) {
  console.log(lang === 'nl' ? `\n${failed} van ${files.length} bestanden bevatten fouten.` : `\n${failed} of ${files.length} files have errors.`);
  process.exit(1);
}
console.log(lang === 'nl' ? `\nAlle ${files.length} bestanden zijn in orde.` : `\nAll ${files.length} files are valid.`);
