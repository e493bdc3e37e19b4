// Shared by the model tests: the shipped data (loaded and validated once), fixtures, and a way to
// run the package's scripts as a user would.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { loadDataset, type Dataset } from '../src/node.ts';
import type { Lang } from '../src/types.ts';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const PACKAGE = fileURLToPath(new URL('../', import.meta.url));
export const DATA = fileURLToPath(new URL('../data/', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

const cache = new Map<Lang, Promise<Dataset>>();

/** The shipped data folder in one language; fails the test with every issue when it does not validate. */
export function shipped(lang: Lang = 'nl'): Promise<Dataset> {
  let loading = cache.get(lang);
  if (!loading) {
    loading = loadDataset(undefined, lang).then((result) => {
      if (!result.ok) throw new Error(`Shipped ${lang} data does not validate:\n${result.issues.map((i) => `${i.file}: ${i.path}: ${i.message}`).join('\n')}`);
      return result.dataset;
    });
    cache.set(lang, loading);
  }
  return loading;
}

/** A fresh, parsed copy of a shipped data file, to break in a test. */
export async function rawData(name: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(`${DATA}${name}`, 'utf8')) as Record<string, unknown>;
}

export async function fixture<T = unknown>(name: string): Promise<T> {
  return JSON.parse(await readFile(`${FIXTURES}${name}`, 'utf8')) as T;
}

/** Freezes a value and everything in it, so a function that mutates its input throws. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command and resolves with its exit code and output (never rejects on a non-zero exit). */
export function run(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd: options.cwd ?? ROOT, env: { ...process.env, ...options.env }, timeout: 150_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');

/** `tsx <script> ...args` from the repository root, as `npx tsx` would. */
export function runTsx(script: string, args: readonly string[] = [], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return run(process.execPath, [tsxCli, script, ...args], { env: { INIT_CWD: ROOT, ...env } });
}
