#!/usr/bin/env node
// `pnpm kennisblad`: runs the built CLI (dist/cli.mjs, plain JavaScript: no TypeScript compiler at
// start). Builds it first when it is missing or older than a source file of this package or the
// model, the build script or the lockfile, so a fresh checkout or an edit never runs stale code.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const built = join(packageDir, 'dist', 'cli.mjs');
const sources = [join(packageDir, 'src'), join(packageDir, '..', 'model', 'src')];

function newest(dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return time;
}

const buildScript = join(packageDir, 'scripts', 'build-cli.ts');
// The build bundles the dependencies in as well: a change to them (or to our patches) changes the lockfile.
const lockfile = join(packageDir, '..', '..', 'pnpm-lock.yaml');
if (!existsSync(built) || statSync(built).mtimeMs < Math.max(...sources.map(newest), ...[buildScript, lockfile].map((file) => statSync(file).mtimeMs))) {
  const tsx = join(packageDir, '..', '..', 'node_modules', '.bin', 'tsx');
  const build = spawnSync(existsSync(tsx) ? tsx : 'tsx', [join(packageDir, 'scripts', 'build-cli.ts')], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
await import(built);
