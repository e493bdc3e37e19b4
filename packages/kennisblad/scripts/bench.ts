// `pnpm --filter @maatwerk/kennisblad bench`: how fast the kennisblad and the report are made,
// measured against the renderer itself in the same run, so the figures mean something on a busy
// machine too. The targets are issue 13's, which names the kennisblad (4 pages); the report (8
// pages) is measured against the same 2-page baseline for information:
//
//   cold   a new process, start to exit: `node dist/cli.mjs` (what `pnpm kennisblad` runs, without
//          pnpm's own start-up) against `node scripts/bare-document.mjs` (a bare 2-page react-pdf
//          document, same renderer), taking turns; target for the kennisblad: at most 1.5 times the
//          bare document. The built CLI runs through V8's code cache (src/code-cache.ts); the row
//          "no code cache" is the CLI without it, as on its first run after a Node upgrade
//   warm   an in-process render once V8 has warmed up (what a server pays) against the bare 2-page
//          document; target for the kennisblad: at most 5 times the bare document. The documents
//          opt into react-pdf's text layout cache (our layout patch; the bare document uses
//          react-pdf as it comes), so a repeated render lays out no text again; the rows "no text
//          layout cache" show the same renders with the cache switched off, as when every text is
//          new.
//
// Ratios use CPU time (children's CPU from /proc on Linux; wall time elsewhere): on a shared
// machine wall time grows with other people's work while CPU time stays about the same. Medians of
// several runs. `--strict` exits 1 when a ratio misses its target.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Font } from '@react-pdf/renderer';
import { loadDataset } from '@maatwerk/model/node';

// Measured as the CLI and a server run: React in production mode.
process.env.NODE_ENV ??= 'production';
const { renderKennisblad, renderReport } = await import('../src/index.ts');
const { sampleResult } = await import('./sample.ts');
// @ts-expect-error plain JavaScript baseline without types
const { renderBareDocument } = (await import('./bare-document.mjs')) as { renderBareDocument: () => Promise<Buffer> };

const exec = promisify(execFile);
const packageDir = join(import.meta.dirname, '..');
const COLD_RUNS = 7;
const WARM_UP = 5;
const WARM_RUNS = 10;
const TARGET = { cold: 1.5, warm: 5 };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** CPU milliseconds used by finished child processes so far (Linux), or null. */
function childrenCpu(): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  // cutime and cstime, fields 16 and 17 of proc(5), in clock ticks of 10 ms.
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

interface Timing {
  wall: number;
  cpu: number | null;
}

/**
 * New Node processes, the commands taking turns (bare, kennisblad, report, bare, …) so that a
 * change in the machine's load during the runs weighs on all of them alike; one uncounted run of
 * each first (disk cache).
 */
async function cold(commands: { args: string[]; env?: Record<string, string> }[]): Promise<Timing[]> {
  const launch = ({ args, env }: (typeof commands)[number]) => exec(process.execPath, args, { cwd: packageDir, env: { ...process.env, ...env } });
  for (const command of commands) await launch(command);
  const walls: number[][] = commands.map(() => []);
  const cpus: number[][] = commands.map(() => []);
  for (let run = 0; run < COLD_RUNS; run++) {
    for (const [index, command] of commands.entries()) {
      const cpu = childrenCpu();
      const start = performance.now();
      await launch(command);
      walls[index]!.push(performance.now() - start);
      const after = childrenCpu();
      if (cpu !== null && after !== null) cpus[index]!.push(after - cpu);
    }
  }
  return commands.map((_, index) => ({ wall: median(walls[index]!), cpu: cpus[index]!.length ? median(cpus[index]!) : null }));
}

async function warm(render: () => Promise<Buffer>): Promise<Timing & { bytes: number }> {
  let pdf = await render();
  // V8 keeps optimising for a few renders; "warm" is the steady state a server reaches.
  for (let run = 1; run < WARM_UP; run++) await render();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let run = 0; run < WARM_RUNS; run++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    pdf = await render();
    walls.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  return { wall: median(walls), cpu: median(cpus), bytes: pdf.length };
}

const dir = await mkdtemp(join(tmpdir(), 'kennisblad-bench-'));
try {
  const loaded = await loadDataset();
  if (!loaded.ok) throw new Error('De data bevat fouten: pnpm --filter @maatwerk/model validate');
  const data = loaded.dataset;
  const result = sampleResult(data.content);
  const resultFile = join(dir, 'uitkomst.json');
  await writeFile(resultFile, JSON.stringify(result));
  // Build the CLI if it is missing or stale (the launcher does that), so the runs measure the build.
  await exec(process.execPath, ['scripts/kennisblad.mjs', '--help'], { cwd: packageDir });

  const load = loadavg()[0]!;
  const cpus = availableParallelism();
  console.log(`Maatwerk kennisblad benchmark (Node ${process.version}, ${cpus} CPU's, load ${load.toFixed(1)}, NODE_ENV=${process.env.NODE_ENV})`);

  const kennisbladArgs = ['dist/cli.mjs', '--out', join(dir, 'kennisblad.pdf')];
  const [coldBare, coldKennisblad, coldReport, coldUncached] = (await cold([
    { args: ['scripts/bare-document.mjs'] },
    { args: kennisbladArgs },
    { args: ['dist/cli.mjs', 'report', resultFile, '--out', join(dir, 'rapport.pdf')] },
    { args: kennisbladArgs, env: { NODE_DISABLE_COMPILE_CACHE: '1' } },
  ])) as [Timing, Timing, Timing, Timing];
  const warmBare = await warm(renderBareDocument);
  const warmKennisblad = await warm(() => renderKennisblad(data));
  const warmReport = await warm(() => renderReport(data, result));
  const fontStore = Font as unknown as { textLayoutCache?: unknown };
  const textLayoutCache = fontStore.textLayoutCache;
  fontStore.textLayoutCache = undefined;
  const uncachedKennisblad = await warm(() => renderKennisblad(data));
  const uncachedReport = await warm(() => renderReport(data, result));
  fontStore.textLayoutCache = textLayoutCache;
  const size = (await stat(join(dir, 'kennisblad.pdf'))).size;

  const ms = (value: number | null) => (value === null ? '–' : `${Math.round(value)} ms`);
  const basis = (timing: Timing) => timing.cpu ?? timing.wall;
  console.log(`\n${'measure'.padEnd(38)} ${'CPU'.padStart(9)} ${'wall'.padStart(9)} ${'ratio'.padStart(7)}`);
  let failed = 0;
  const row = (name: string, timing: Timing, baseline?: Timing, target?: number) => {
    const ratio = baseline ? basis(timing) / basis(baseline) : null;
    const verdict = ratio === null || target === undefined ? '' : ratio <= target ? `PASS (target <= ${target}x)` : `FAIL (target <= ${target}x)`;
    if (verdict.startsWith('FAIL')) failed++;
    console.log(`${name.padEnd(38)} ${ms(timing.cpu).padStart(9)} ${ms(timing.wall).padStart(9)} ${(ratio === null ? '' : `${ratio.toFixed(2)}x`).padStart(7)}  ${verdict}`);
  };
  row('cold bare 2-page react-pdf', coldBare);
  row('cold CLI kennisblad (4 pages)', coldKennisblad, coldBare, TARGET.cold);
  row('cold CLI report (8 pages)', coldReport, coldBare);
  row('cold CLI kennisblad, no code cache', coldUncached, coldBare);
  row('warm bare 2-page react-pdf', warmBare);
  row('warm render kennisblad (4 pages)', warmKennisblad, warmBare, TARGET.warm);
  row('warm render report (8 pages)', warmReport, warmBare);
  row('warm kennisblad, no text layout cache', uncachedKennisblad, warmBare);
  row('warm report, no text layout cache', uncachedReport, warmBare);
  console.log(`\nkennisblad PDF ${Math.round(size / 1024)} KB, report PDF ${Math.round(warmReport.bytes / 1024)} KB; load ${load.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end`);
  console.log(failed ? `${failed} FAIL` : 'All PASS');
  if (failed && process.argv.includes('--strict')) process.exitCode = 1;
} finally {
  await rm(dir, { recursive: true, force: true });
}
