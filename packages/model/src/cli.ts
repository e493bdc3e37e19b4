// `pnpm --filter @maatwerk/model validate [file...]`: checks data files and explains what is wrong.
import { access, readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { DEFAULT_DATA_DIR } from './dataset.ts';
import { formatIssue } from './messages.ts';
import type { Geography } from './types.ts';
import { kindOfFile, validateFile } from './validate.ts';

const args = process.argv.slice(2);
const lang = args.includes('--en') ? 'en' : 'nl';
// pnpm runs the script in the package folder; INIT_CWD is where the user typed the command.
const cwd = process.env.INIT_CWD || process.cwd();
let files = args.filter((arg) => !arg.startsWith('--')).map((file) => resolve(cwd, file));
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
  const geography = kindOfFile(file) === 'advisers' ? await geographyFor(file) : undefined;
  const { valid, issues } = await validateFile(file, { lang, ...(geography && { geography }) });
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
