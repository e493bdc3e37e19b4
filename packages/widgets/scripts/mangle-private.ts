// Vite plugin for the embed builds: shortens the names of private members (`_view`,
// `_loadResultViews`; the lint convention gives every private member a leading underscore and a
// lowercase letter) with terser's property mangler, as the last step before the minifier. One name
// cache per build keeps the names the same in an entry and its chunks. Lit's own internals
// (`_$AH`, `_$litType$`) are a protocol between Lit versions and do not match, nor does anything
// public. Two kinds of names are never shortened:
// - a private name that our code also writes as a string (`changed.has('_activeIndex')` in Lit's
//   `updated()`): terser renames the member but cannot know the string means it, so the check would
//   silently never hold. Every such string in src/ is collected before the first chunk is written.
// - a name that code from node_modules uses: Lit's production build has short member names of its
//   own (`C`), and when Lit lands in a chunk of its own terser cannot see them, so an element's
//   mangled private method could override one.
import { minify } from 'terser';
import type { Plugin } from 'vite';

const PRIVATE = /^_[a-z]/;
/** A quoted string that is exactly a private name: `'_activeIndex'`, `"_open"` or `` `_query` ``. */
const PRIVATE_STRING = /(['"`])(_[a-z][\w$]*)\1/g;

export function manglePrivateMembers(): Plugin {
  const nameCache = {};
  const reserved = new Set<string>();
  return {
    name: 'maatwerk-mangle-private-members',
    transform(code, id) {
      if (id.includes('/node_modules/')) for (const [name] of code.matchAll(/[A-Za-z_$][\w$]*/g)) reserved.add(name);
      else for (const [, , name] of code.matchAll(PRIVATE_STRING)) reserved.add(name!);
      return null;
    },
    async renderChunk(code) {
      const result = await minify(code, {
        module: true,
        compress: false,
        mangle: { properties: { regex: PRIVATE, reserved: [...reserved] } },
        format: { comments: false },
        sourceMap: true,
        nameCache,
      });
      return { code: result.code!, map: typeof result.map === 'string' ? result.map : null };
    },
  };
}
