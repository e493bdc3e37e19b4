// `pnpm --filter @maatwerk/kennisblad bench`: how fast the kennisblad and the report are made.
//
//   cold   a new process: `tsx src/cli.tsx …` from start to exit (what `pnpm kennisblad` costs,
//          without pnpm's own start-up); target under 3 s
//   warm   in-process render once V8 has warmed up (after 5 renders: what a server pays); target under 300 ms
//   size   the kennisblad PDF; target under 300 KB
//
// Prints the median of several runs, with CPU time beside wall time: on a busy machine wall time
// grows while CPU time stays about the same. `--strict` exits 1 on a FAIL.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadDataset } from '@maatwerk/model/node';

// Measured as a server would run: React in production mode (the CLI sets the same).
process.env.NODE_ENV ??= 'production';
const { renderKennisblad, renderReport, repoRoot } = await import('../src/index.ts');
const { sampleResult } = await import('./sample.ts');

const exec = promisify(execFile);
const packageDir = join(import.meta.dirname, '..');
const tsx = join(repoRoot(), 'node_modules', '.bin', 'tsx');
const COLD_RUNS = 5;
const WARM_UP = 5;
const WARM_RUNS = 10;
const TARGET = { coldMs: 3000, warmMs: 300, sizeKb: 300 };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Wall time of a new process; Node cannot report a child's CPU time, so there is none. One run
 * first that is not counted: after a source change tsx compiles the files once and caches them.
 */
async function cold(args: string[]): Promise<{ wall: number; cpu: number | null }> {
  await exec(tsx, [join(packageDir, 'src/cli.tsx'), ...args], { cwd: packageDir });
  const walls: number[] = [];
  for (let run = 0; run < COLD_RUNS; run++) {
    const start = performance.now();
    await exec(tsx, [join(packageDir, 'src/cli.tsx'), ...args], { cwd: packageDir });
    walls.push(performance.now() - start);
  }
  return { wall: median(walls), cpu: null };
}

async function warm(render: () => Promise<Buffer>): Promise<{ wall: number; cpu: number; first: number; bytes: number }> {
  let start = performance.now();
  let pdf = await render();
  const first = performance.now() - start;
  // V8 keeps optimising for a few renders; "warm" is the steady state a server reaches.
  for (let run = 1; run < WARM_UP; run++) await render();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let run = 0; run < WARM_RUNS; run++) {
    const cpu = process.cpuUsage();
    start = performance.now();
    pdf = await render();
    walls.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  return { wall: median(walls), cpu: median(cpus), first, bytes: pdf.length };
}

const dir = await mkdtemp(join(tmpdir(), 'kennisblad-bench-'));
try {
  const loaded = await loadDataset();
  if (!loaded.ok) throw new Error('De data bevat fouten: pnpm --filter @maatwerk/model validate');
  const data = loaded.dataset;
  const result = sampleResult(data.content);
  const resultFile = join(dir, 'uitkomst.json');
  await writeFile(resultFile, JSON.stringify(result));

  const load = loadavg()[0]!;
  const cpus = availableParallelism();
  console.log(`Maatwerk kennisblad benchmark (Node ${process.version}, ${cpus} CPU's, load ${load.toFixed(1)}, NODE_ENV=${process.env.NODE_ENV})`);
  if (load > cpus) console.log(`! The machine is busy (load ${load.toFixed(1)} > ${cpus} CPUs): wall times are inflated; compare CPU times.`);

  const coldKennisblad = await cold(['--out', join(dir, 'kennisblad.pdf')]);
  const coldReport = await cold(['report', resultFile, '--out', join(dir, 'rapport.pdf')]);
  const warmKennisblad = await warm(() => renderKennisblad(data));
  const warmReport = await warm(() => renderReport(data, result));
  const size = (await stat(join(dir, 'kennisblad.pdf'))).size;

  const rows: [string, number, number | null, number, string][] = [
    ['cold CLI kennisblad', coldKennisblad.wall, coldKennisblad.cpu, TARGET.coldMs, 'ms'],
    ['cold CLI report', coldReport.wall, coldReport.cpu, TARGET.coldMs, 'ms'],
    ['warm render kennisblad', warmKennisblad.wall, warmKennisblad.cpu, TARGET.warmMs, 'ms'],
    ['warm render report', warmReport.wall, warmReport.cpu, TARGET.warmMs, 'ms'],
  ];
  let failed = 0;
  const line = (name: string, value: string, cpu: string, target: string, pass: boolean) =>
    console.log(`${pass ? 'PASS' : 'FAIL'}  ${name.padEnd(24)} ${value.padStart(9)} ${cpu.padStart(14)}   target < ${target}`);
  console.log(`      ${'measure'.padEnd(24)} ${'wall'.padStart(9)} ${'CPU'.padStart(14)}`);
  for (const [name, wall, cpu, target, unit] of rows) {
    const pass = wall < target;
    if (!pass) failed++;
    line(name, `${Math.round(wall)} ${unit}`, cpu === null ? '–' : `${Math.round(cpu)} ${unit}`, `${target} ${unit}`, pass);
  }
  const sizePass = size < TARGET.sizeKb * 1024;
  if (!sizePass) failed++;
  line('kennisblad PDF size', `${Math.round(size / 1024)} KB`, '', `${TARGET.sizeKb} KB`, sizePass);
  console.log(`      (first in-process render: kennisblad ${Math.round(warmKennisblad.first)} ms, report ${Math.round(warmReport.first)} ms; report PDF ${Math.round(warmReport.bytes / 1024)} KB)`);
  console.log(failed ? `${failed} FAIL` : 'All PASS');
  if (failed && process.argv.includes('--strict')) process.exitCode = 1;
} finally {
  await rm(dir, { recursive: true, force: true });
}
