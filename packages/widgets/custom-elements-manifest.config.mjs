// Generates custom-elements.json (the `customElements` field of package.json) from the elements'
// JSDoc: attributes, properties, events, slots, ::parts and CSS custom properties. Storybook's
// autodocs and editors read it. Only the element modules: helpers are not public API.
import { readFileSync, readdirSync } from 'node:fs';

/** Renders inside the finder and the sign-up form; never placed by a page (its tag is per bundle). */
const COMBOBOX = 'maatwerk-municipality-combobox';
const RENDERS_COMBOBOX = ['maatwerk-adviseur-finder', 'maatwerk-sign-up'];

/**
 * The global `--maatwerk-*` tokens, from the `@cssproperty` lines in the styles' JSDoc (the analyzer
 * reads those only on classes). Every element reads them.
 */
function globalTokens() {
  const source = readFileSync(new URL('src/styles/base.ts', import.meta.url), 'utf8');
  return [...source.matchAll(/^\s*\*\s*@cssproperty\s+(--[\w-]+)\s+-\s+(.+)$/gm)].map(([, name, description]) => ({ name, description }));
}

/**
 * The values of the `export const NAME = …` constants in src/: a default written as a constant
 * (`timeout = DEFAULT_TIMEOUT_MS`) means nothing to a webmaster, its value does.
 */
function constants() {
  const src = new URL('src/', import.meta.url);
  const files = readdirSync(src, { recursive: true }).filter((file) => file.endsWith('.ts'));
  const text = files.map((file) => readFileSync(new URL(file, src), 'utf8')).join('\n');
  return new Map([...text.matchAll(/^export const ([A-Z][A-Z0-9_]*)(?::[^=]+)? = (.+);$/gm)].map(([, name, value]) => [name, value.replace(/(\d)_(?=\d)/g, '$1')]));
}

/** Lit's static fields and the elements' private state are implementation, not API. */
const isPublic = (member) => !member.static && member.privacy !== 'private' && member.privacy !== 'protected' && !/^[_#]/.test(member.name);

/**
 * The manifest as a webmaster meets the elements: public members only, defaults as values, every CSS custom property an
 * element reads (its own, the combobox's that inherit into it, the global tokens), and no internal
 * element of its own.
 */
const publicApi = {
  name: 'maatwerk-public-api',
  packageLinkPhase({ customElementsManifest }) {
    const declarations = customElementsManifest.modules.flatMap((module) => module.declarations ?? []);
    const combobox = declarations.find((declaration) => declaration.tagName === COMBOBOX);
    const global = globalTokens();
    const values = constants();
    for (const declaration of declarations) {
      if (!declaration.tagName || declaration === combobox) continue;
      declaration.members = declaration.members?.filter(isPublic);
      for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
        if (values.has(item.default)) item.default = values.get(item.default);
      }
      const inherited = RENDERS_COMBOBOX.includes(declaration.tagName) ? (combobox?.cssProperties ?? []) : [];
      declaration.cssProperties = [...(declaration.cssProperties ?? []), ...inherited, ...global];
    }
    customElementsManifest.modules = customElementsManifest.modules.filter((module) => !module.declarations?.includes(combobox));
  },
};

export default {
  globs: [
    'src/quick-scan/quick-scan.ts',
    'src/adviseur-finder/adviseur-finder.ts',
    'src/sign-up/sign-up.ts',
    'src/internal/municipality-combobox.ts',
  ],
  // Tests write a fresh copy elsewhere to compare with the committed one (relative to this folder).
  outdir: process.env.CEM_OUTDIR ?? '.',
  litelement: true,
  packagejson: false,
  plugins: [publicApi],
};
