// Vite plugin for the embed builds: shortens the names of private members (`_view`,
// `_loadResultViews`; the lint convention gives every private member a leading underscore and a
// lowercase letter) with terser's property mangler, as the last step before the minifier. One name
// cache per build keeps the names the same in an entry and its chunks. Lit's own internals
// (`_$AH`, `_$litType$`) are a protocol between Lit versions and do not match, nor does anything
// public; a private member must never be read by its name in a string (Lit's `changed.has('…')`
// only ever names public properties here). A short name is never one that code from node_modules
// uses: Lit's production build has short member names of its own (`C`), and when Lit lands in a
// chunk of its own terser cannot see them, so an element's mangled private method could override one.
import { minify } from 'terser';
import type { Plugin } from 'vite';

const PRIVATE = /^_[a-z]/;

export function manglePrivateMembers(): Plugin {
  const nameCache = {};
  const dependencyNames = new Set<string>();
  return {
    name: 'maatwerk-mangle-private-members',
    transform(code, id) {
      if (id.includes('/node_modules/')) for (const [name] of code.matchAll(/[A-Za-z_$][\w$]*/g)) dependencyNames.add(name);
      return null;
    },
    async renderChunk(code) {
      const result = await minify(code, {
        module: true,
        compress: false,
        mangle: { properties: { regex: PRIVATE, reserved: [...dependencyNames] } },
        format: { comments: false },
        sourceMap: true,
        nameCache,
      });
      return { code: result.code!, map: typeof result.map === 'string' ? result.map : null };
    },
  };
}
