// `pnpm --filter @maatwerk/kennisblad preview`: renders the kennisblad and a sample report and
// turns every page into a small PNG (pdftoppm -r 60) under packages/kennisblad/preview/, so a
// change in the design or the content shows in review. Also writes the sample result used for
// the report to examples/uitkomst-voorbeeld.json.
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { loadDataset } from '@maatwerk/model/node';
import { preview } from '../src/commands.ts';
import { renderKennisblad, renderReport, writeFileAtomic } from '../src/index.ts';
import { sampleResult } from './sample.ts';

const packageDir = join(import.meta.dirname, '..');
const previewDir = join(packageDir, 'preview');
const io = { out: (line: string) => console.log(line), err: (line: string) => console.error(line), cwd: packageDir };

const loaded = await loadDataset();
if (!loaded.ok) {
  console.error('De data bevat fouten; controleer ze met: pnpm --filter @maatwerk/model validate');
  process.exit(1);
}
const data = loaded.dataset;
const result = sampleResult(data.content);
await writeFileAtomic(join(packageDir, 'examples', 'uitkomst-voorbeeld.json'), `${JSON.stringify(result, null, 2)}\n`);

await mkdir(previewDir, { recursive: true });
for (const name of await readdir(previewDir)) if (name.endsWith('.png') || name.endsWith('.pdf')) await rm(join(previewDir, name));

const documents = [
  ['kennisblad', await renderKennisblad(data)],
  ['rapport', await renderReport(data, result)],
] as const;
for (const [name, pdf] of documents) {
  const file = join(previewDir, `${name}.pdf`);
  await writeFileAtomic(file, pdf);
  const pictures = await preview(file, io, previewDir, 60);
  await rm(file);
  if (!pictures.length) process.exit(1);
}
