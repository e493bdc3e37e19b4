// Vite plugin for the embed builds: imports of the municipality JSON become its compact text form
// plus a small decoder (src/internal/geography-codec.ts), the same object at run time.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Geography } from '@maatwerk/model';
import type { Plugin } from 'vite';
import { encodeGeography } from '../src/internal/geography-codec.ts';

const SOURCE = '@maatwerk/model/data/municipalities.json';
const VIRTUAL = '\0maatwerk-compact-geography';
const CODEC = fileURLToPath(new URL('../src/internal/geography-codec.ts', import.meta.url));

export function compactGeography(): Plugin {
  let file = '';
  return {
    name: 'maatwerk-compact-geography',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source !== SOURCE) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      if (!resolved) return null;
      file = resolved.id;
      return VIRTUAL;
    },
    load(id) {
      if (id !== VIRTUAL) return null;
      const json = readFileSync(file, 'utf8');
      const packed = encodeGeography(JSON.parse(json) as Geography);
      if (!packed) return `export default ${json};`;
      return `import { decodeGeography } from ${JSON.stringify(CODEC)};\nexport default decodeGeography(${JSON.stringify(packed)});`;
    },
  };
}
