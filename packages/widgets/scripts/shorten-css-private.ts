// Vite plugin for the embed builds: shortens the private CSS custom properties (`--_color-primary`,
// `--_form-control-border-width`; the style guide's `--_x` copies of the public `--maatwerk-*` tokens)
// to `--_a`, `--_b`, … in every chunk. They appear in every element's styles and in every rule that
// uses them, so their length is what the entries pay for readable names (about 0.1 KB gzip each).
// Public tokens (`--maatwerk-*`, `--utrecht-*`) keep their names.
//
// The short names come from the sorted list of every private name in src/, not from the order a
// build meets them, so every entry, chunk and build of the same source agrees: an element from one
// script never reads a property under a name that means something else in another script's element.
// A private name the list does not know fails the build rather than ship unstyled.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

const PRIVATE_PROPERTY = /--_[a-z][\w-]*/g;

/** a … z, then aa, ab, … : short names that are valid CSS identifiers after `--_`. */
function shortName(index: number): string {
  const letter = (n: number) => String.fromCharCode(97 + n);
  return index < 26 ? letter(index) : shortName(Math.floor(index / 26) - 1) + letter(index % 26);
}

/** Every private custom property name used in the TypeScript sources under `src`, each with its short name. */
export function privatePropertyNames(src: string): Map<string, string> {
  const names = new Set<string>();
  for (const file of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts')) continue;
    for (const [name] of readFileSync(join(src, file), 'utf8').matchAll(PRIVATE_PROPERTY)) names.add(name);
  }
  return new Map([...names].sort().map((name, index) => [name, `--_${shortName(index)}`]));
}

export function shortenPrivateCssProperties(root: string): Plugin {
  let short: Map<string, string> | undefined;
  return {
    name: 'maatwerk-shorten-private-css-properties',
    renderChunk(code, chunk) {
      short ??= privatePropertyNames(join(root, 'src'));
      const output = new MagicString(code);
      for (const { 0: name, index } of code.matchAll(PRIVATE_PROPERTY)) {
        const replacement = short.get(name);
        if (!replacement) throw new Error(`${chunk.fileName}: the private CSS property ${name} is not in src/, so it has no short name`);
        output.overwrite(index, index + name.length, replacement);
      }
      return output.hasChanged() ? { code: output.toString(), map: output.generateMap({ hires: true }) } : null;
    },
  };
}
