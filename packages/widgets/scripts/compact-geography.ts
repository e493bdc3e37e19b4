// Vite plugin (scripts/plugins.ts): imports of the municipality JSON become its compact text form
// plus a small decoder (src/internal/geography-codec.ts), the same object at run time.
import { fileURLToPath } from 'node:url';
import type { Geography } from '@maatwerk/model';
import type { Plugin } from 'vite';
import { encodeGeography } from '../src/internal/geography-codec.ts';
import { rewriteJsonImport } from './json-import.ts';

const CODEC = fileURLToPath(new URL('../src/internal/geography-codec.ts', import.meta.url));

export function compactGeography(): Plugin {
  return rewriteJsonImport({
    name: 'maatwerk-compact-geography',
    source: '@maatwerk/model/data/municipalities.json',
    module(json) {
      const packed = encodeGeography(JSON.parse(json) as Geography);
      // One form for every build, test and story: data the codec cannot carry is a build error.
      if (!packed) throw new Error('municipalities.json no longer fits the compact form: extend src/internal/geography-codec.ts');
      return `import { decodeGeography } from ${JSON.stringify(CODEC)};\nexport default decodeGeography(${JSON.stringify(packed)});`;
    },
  });
}
