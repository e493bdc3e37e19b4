// `pnpm --filter @maatwerk/model bench`: how long the model takes for what a user does.
//  - score + advise of a full quick scan (all domains answered): target under 1 ms each;
//  - a municipality lookup and a typeahead search: target under 0.2 ms per query.
// Each operation is timed call by call with performance.now() after a warm-up, over answers and
// queries that vary, and judged on its 95th percentile. Exits 1 when a target is missed.
// Not part of `pnpm test`: timings depend on the machine and its load.
import { advise, createMunicipalityIndex, score, type Answers, type QuickScanContent } from '../src/index.ts';
import { loadDataset } from '../src/node.ts';

const WARMUP = 2_000;
const ITERATIONS = 20_000;

const loaded = await loadDataset();
if (!loaded.ok) {
  console.error('The data does not validate; run `pnpm --filter @maatwerk/model validate` first.');
  process.exit(1);
}
const { content, geography, advisers } = loaded.dataset;

/** A small deterministic generator, so every run measures the same inputs. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Full scans: every statement of all domains answered, about 1 in 10 with "weet ik niet". */
function fullScans(source: QuickScanContent, count: number): Answers[] {
  const next = random(2026);
  const values = source.scale.options.map((option) => option.value);
  return Array.from({ length: count }, () =>
    Object.fromEntries(source.statements.map((statement) => [statement.id, next() < 0.1 ? null : values[Math.floor(next() * values.length)]!])),
  );
}

interface Stats {
  median: number;
  p95: number;
}

function measure(run: (iteration: number) => unknown): Stats {
  let sink = 0;
  for (let i = 0; i < WARMUP; i++) sink += run(i) ? 1 : 0;
  const times = new Float64Array(ITERATIONS);
  for (let i = 0; i < ITERATIONS; i++) {
    const start = performance.now();
    const result = run(i);
    times[i] = performance.now() - start;
    sink += result ? 1 : 0;
  }
  if (sink < 0) console.log(sink); // keeps the results alive
  times.sort();
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

const scans = fullScans(content, 64);
const results = scans.map((answers) => score(content, answers));
const index = createMunicipalityIndex(geography, advisers);
const names = geography.municipalities.map((municipality) => municipality.name);
const queries = [
  ...names.slice(0, 40),
  ...names.slice(40, 80).map((name) => name.toLowerCase().slice(0, 4)), // typing
  'amsterdm', 'groningn', 'rotterdma', 'eindhovn', 'utrech', 'den bosch', 'sudwest fryslan', 'Weesp', 'GM0363', '0363',
  'GM036', 'Den Haag', 'Haaren', 'xyzzyqq', 'Bergen', 'noordoost', 'heuvelrug', 'Súdwest', 's-Hertogenbosch', 'Zwole',
];

const targets = [
  { name: 'score (full scan, 7 domains)', target: 1, stats: measure((i) => score(content, scans[i % scans.length]!)) },
  { name: 'advise (top 3 domains)', target: 1, stats: measure((i) => advise(content, results[i % results.length]!)) },
  { name: 'lookup (one query)', target: 0.2, stats: measure((i) => index.lookup(queries[i % queries.length]!)) },
  { name: 'search (typeahead query)', target: 0.2, stats: measure((i) => index.search(queries[i % queries.length]!)) },
];

const ms = (value: number) => `${value.toFixed(4)} ms`;
console.log(`@maatwerk/model bench: ${ITERATIONS} timed runs each after ${WARMUP} warm-up runs; Node ${process.version}`);
console.log(`${content.statements.length} statements in ${content.domains.length} domains, ${content.actions.length} actions; ${geography.municipalities.length} municipalities, ${queries.length} different queries\n`);
console.log(`${'operation'.padEnd(32)}${'median'.padStart(12)}${'p95'.padStart(12)}${'target'.padStart(12)}  verdict (p95)`);
let failed = 0;
for (const { name, target, stats } of targets) {
  const pass = stats.p95 < target;
  if (!pass) failed++;
  console.log(`${name.padEnd(32)}${ms(stats.median).padStart(12)}${ms(stats.p95).padStart(12)}${`< ${target} ms`.padStart(12)}  ${pass ? 'PASS' : 'FAIL'}`);
}
console.log(failed ? `\nFAIL: ${failed} of ${targets.length} operations missed their target.` : `\nPASS: every operation meets its target.`);
process.exit(failed ? 1 : 0);
