// Generates custom-elements.json (the `customElements` field of package.json) from the elements'
// JSDoc: attributes, properties, events, slots, ::parts and CSS custom properties. Storybook's
// autodocs and editors read it. Only the element modules: helpers are not public API.
import { readFileSync } from 'node:fs';

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

/** Lit's static fields and the elements' private state are implementation, not API. */
const isPublic = (member) => !member.static && member.privacy !== 'private' && member.privacy !== 'protected' && !/^[_#]/.test(member.name);

/**
 * The manifest as a webmaster meets the elements: public members only, every CSS custom property an
 * element reads (its own, the combobox's that inherit into it, the global tokens), and no internal
 * element of its own.
 */
const publicApi = {
  name: 'maatwerk-public-api',
  packageLinkPhase({ customElementsManifest }) {
    const declarations = customElementsManifest.modules.flatMap((module) => module.declarations ?? []);
    const combobox = declarations.find((declaration) => declaration.tagName === COMBOBOX);
    const global = globalTokens();
    for (const declaration of declarations) {
      if (!declaration.tagName || declaration === combobox) continue;
      declaration.members = declaration.members?.filter(isPublic);
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
