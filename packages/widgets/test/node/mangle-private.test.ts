// The embed builds shorten private member names (scripts/mangle-private.ts). A private name that the
// code also writes as a string, as Lit's `changed.has('_activeIndex')` does, must keep working: the
// mangled code is run here and must still see the change.
import { runInNewContext } from 'node:vm';
import type { Plugin } from 'vite';
import { expect, test } from 'vitest';
import { manglePrivateMembers } from '../../scripts/mangle-private.ts';

/** Runs the plugin as a build does: every module through `transform`, then the chunk through `renderChunk`. */
async function mangle(modules: Record<string, string>, chunk: string): Promise<string> {
  const plugin: Plugin = manglePrivateMembers();
  const call = (hook: unknown, ...args: unknown[]) => (hook as (...args: unknown[]) => unknown).call({}, ...args);
  for (const [id, code] of Object.entries(modules)) await call(plugin.transform, code, id);
  const result = (await call(plugin.renderChunk, chunk, { fileName: 'chunk.js' })) as { code: string };
  return result.code;
}

// What Lit makes of `@state() private _activeIndex` (static properties, as the embed build writes
// them) and how it reports a change: by the property's name, as a string.
const element = `class Combobox {
  static properties = { _activeIndex: { state: true }, _open: { state: true } };
  constructor() { this._activeIndex = -1; this._open = false; }
  updated(changed) { return changed.has('_activeIndex') && this._activeIndex >= 0; }
}
const changed = new Map(Object.keys(Combobox.properties).map((name) => [name, undefined]));
const combobox = new Combobox();
combobox._activeIndex = 2;
globalThis.sawChange = combobox.updated(changed);`;

test('a private name the code also uses as a string keeps its name; the others are shortened', async () => {
  const code = await mangle({ '/repo/packages/widgets/src/internal/combobox.ts': element }, element);
  const context: { sawChange?: boolean } = {};
  runInNewContext(code, context);
  expect(context.sawChange).toBe(true);
  expect(code).toContain('_activeIndex');
  expect(code).not.toContain('_open');
});

test('a name that code from node_modules uses is never a short name', async () => {
  // Lit's production build has one-letter members; here every one-letter name is taken.
  const letters = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ$'];
  const lit = `export class ReactiveElement { ${letters.map((name) => `${name}() {}`).join(' ')} }`;
  const own = 'class Finder { _load() {} }';
  const code = await mangle({ '/repo/node_modules/lit/index.js': lit, '/repo/packages/widgets/src/finder.ts': own }, own);
  const method = /\{\s*([\w$]+)\(\)/.exec(code)?.[1];
  expect(method).toBeDefined();
  expect(method).not.toBe('_load');
  expect(letters).not.toContain(method);
});
