// `pnpm --filter @maatwerk/model validate [file...]`: checks data files and explains what is wrong.
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { DEFAULT_DATA_DIR } from './dataset.ts';
import { formatIssue } from './messages.ts';
import { validateFile } from './validate.ts';

const args = process.argv.slice(2);
const lang = args.includes('--en') ? 'en' : 'nl';
const cwd = process.env.INIT_CWD ?? process.cwd();
let files = args.filter((arg) => !arg.startsWith('--')).map((file) => join(cwd, file));
if (files.length === 0) {
  files = (await readdir(DEFAULT_DATA_DIR)).filter((name) => name.endsWith('.json')).sort().map((name) => join(DEFAULT_DATA_DIR, name));
}

let failed = 0;
for (const file of files) {
  const shown = relative(cwd, file) || file;
  const { valid, issues } = await validateFile(file, { lang });
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
