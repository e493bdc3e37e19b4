// Vite plugin for the embed builds: shortens the names of private members (`_view`,
// `_loadResultViews`; the lint convention gives every private member a leading underscore and a
// lowercase letter) with terser's property mangler, as the last step before the minifier. One name
// cache per build keeps the names the same in an entry and its chunks. Lit's own internals
// (`_$AH`, `_$litType$`) are a protocol between Lit versions and do not match, nor does anything
// public; a private member must never be read by its name in a string (Lit's `changed.has('…')`
// only ever names public properties here).
import { minify } from 'terser';
import type { Plugin } from 'vite';

const PRIVATE = /^_[a-z]/;

export function manglePrivateMembers(): Plugin {
  const nameCache = {};
  return {
    name: 'maatwerk-mangle-private-members',
    async renderChunk(code) {
      const result = await minify(code, {
        module: true,
        compress: false,
        mangle: { properties: { regex: PRIVATE } },
        format: { comments: false },
        sourceMap: true,
        nameCache,
      });
      return { code: result.code!, map: typeof result.map === 'string' ? result.map : null };
    },
  };
}
