// Loads the built CLI (one CommonJS file with every dependency bundled in) through V8's code cache,
// so a new process deserialises the compiled code of the functions a run needs instead of parsing
// and compiling them again: what `module.enableCompileCache()` does for Node 22's own loaders, done
// by hand because the CLI supports Node 20 too. Node only; nothing else in the package uses it.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

export interface CachedBundle<Exports> {
  exports: Exports;
  /** Whether V8 took the cached code: false when there was none, or it was made by another V8. */
  cacheUsed: boolean;
  /**
   * Writes the cache of everything compiled so far, so call it after a run: functions V8 compiled
   * lazily during the run are in it then. Best effort: a folder we may not write to is fine.
   */
  saveCache(): void;
}

/**
 * The cache is per V8 version and platform (V8 rejects another's); the bundle's build replaces the
 * folder, so a cache never outlives the code it was made from. `NODE_DISABLE_COMPILE_CACHE`, Node's
 * own switch for its compile cache, turns this one off as well.
 */
export function cacheFileOf(bundleFile: string): string {
  return `${bundleFile}.v8-${process.versions.v8}-${process.platform}-${process.arch}.cache`;
}

export function loadCachedBundle<Exports>(bundleFile: string): CachedBundle<Exports> {
  const cacheFile = cacheFileOf(bundleFile);
  const enabled = !process.env.NODE_DISABLE_COMPILE_CACHE;
  let cachedData: Buffer | undefined;
  if (enabled) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // No cache yet: compile from source.
    }
  }
  // The wrapper Node itself puts around a CommonJS module.
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(bundleFile, 'utf8')}\n})`;
  const script = new Script(source, {
    filename: bundleFile,
    ...(cachedData && { cachedData }),
  });
  const module = { exports: {} as Exports };
  const factory = script.runInThisContext() as (...args: unknown[]) => void;
  factory(module.exports, createRequire(bundleFile), module, bundleFile, dirname(bundleFile));
  return {
    exports: module.exports,
    cacheUsed: cachedData !== undefined && !script.cachedDataRejected,
    saveCache() {
      if (!enabled) return;
      // Written beside and renamed, so a process starting meanwhile reads a whole file or none.
      const partial = `${cacheFile}.${process.pid}`;
      try {
        writeFileSync(partial, script.createCachedData());
        renameSync(partial, cacheFile);
      } catch {
        // A read-only install runs without the cache.
        rmSync(partial, { force: true });
      }
    },
  };
}
