// The built CLI's code cache (src/code-cache.ts): used when it fits, ignored when it does not.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { cacheFileOf, loadCachedBundle } from '../src/code-cache.ts';
import { temporaryDir } from './helpers.ts';

interface Greeter {
  greet(name: string): string;
  file: string;
}

async function bundle(body = "exports.greet = (name) => `Dag ${name}`; exports.file = require('node:path').basename(__filename);") {
  const dir = await temporaryDir();
  const file = join(dir, 'bundle.cjs');
  await writeFile(file, body);
  return { dir, file };
}

describe('loadCachedBundle', () => {
  afterEach(() => {
    delete process.env.NODE_DISABLE_COMPILE_CACHE;
  });

  test('runs a CommonJS file as Node would, with its own require and __filename', async () => {
    const { file } = await bundle();
    const loaded = loadCachedBundle<Greeter>(file);
    expect(loaded.exports.greet('Anna')).toBe('Dag Anna');
    expect(loaded.exports.file).toBe('bundle.cjs');
    expect(loaded.cacheUsed).toBe(false);
  });

  test('a saved cache is used by the next load, and named after this V8', async () => {
    const { dir, file } = await bundle();
    loadCachedBundle<Greeter>(file).saveCache();
    expect(await readdir(dir)).toEqual(['bundle.cjs', cacheFileOf(file).slice(dir.length + 1)]);
    expect(cacheFileOf(file)).toContain(process.versions.v8);
    const again = loadCachedBundle<Greeter>(file);
    expect(again.cacheUsed).toBe(true);
    expect(again.exports.greet('Bram')).toBe('Dag Bram');
  });

  test('a damaged cache is ignored, the code still runs, and the next save mends it', async () => {
    const { file } = await bundle();
    await writeFile(cacheFileOf(file), 'geen cache');
    const loaded = loadCachedBundle<Greeter>(file);
    expect(loaded.cacheUsed).toBe(false);
    expect(loaded.exports.greet('Cor')).toBe('Dag Cor');
    loaded.saveCache();
    expect(loadCachedBundle<Greeter>(file).cacheUsed).toBe(true);
  });

  test('NODE_DISABLE_COMPILE_CACHE neither reads nor writes a cache', async () => {
    const { file } = await bundle();
    loadCachedBundle<Greeter>(file).saveCache();
    process.env.NODE_DISABLE_COMPILE_CACHE = '1';
    const loaded = loadCachedBundle<Greeter>(file);
    // A fitting cache is there, and not used.
    expect(loaded.cacheUsed).toBe(false);
    await writeFile(cacheFileOf(file), 'unchanged');
    loaded.saveCache();
    expect(await readFile(cacheFileOf(file), 'utf8')).toBe('unchanged');
  });

  test('a cache it cannot write is no error, and leaves nothing behind', async () => {
    const { dir, file } = await bundle();
    // A folder in the cache's place: writes fail there even for root, who may write anywhere else.
    await mkdir(cacheFileOf(file));
    const loaded = loadCachedBundle<Greeter>(file);
    expect(loaded.cacheUsed).toBe(false);
    expect(() => loaded.saveCache()).not.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['bundle.cjs', cacheFileOf(file).slice(dir.length + 1)]);
  });
});
