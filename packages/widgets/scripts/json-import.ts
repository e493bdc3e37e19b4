// The mechanism both data plugins share: an import of one JSON file (optionally only from matching
// importers) is served as a module generated from that file's text.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

export interface JsonImportRewrite {
  name: string;
  /** The import specifier to replace, e.g. `@maatwerk/model/data/municipalities.json`. */
  source: string;
  /** Only imports from files matching this are replaced; others get the plain JSON. */
  importer?: RegExp;
  /** The module code to serve instead, from the JSON file's text. */
  module(json: string): string;
}

export function rewriteJsonImport({ name, source, importer: only, module }: JsonImportRewrite): Plugin {
  const virtual = `\0${name}`;
  let file = '';
  return {
    name,
    enforce: 'pre',
    async resolveId(specifier, importer) {
      if (specifier !== source || (only && !(importer && only.test(importer)))) return null;
      const resolved = await this.resolve(specifier, importer, { skipSelf: true });
      if (!resolved) return null;
      file = resolved.id;
      return virtual;
    },
    load(id) {
      return id === virtual ? module(readFileSync(file, 'utf8')) : null;
    },
  };
}
