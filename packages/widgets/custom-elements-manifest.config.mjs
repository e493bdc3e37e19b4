// Generates custom-elements.json (the `customElements` field of package.json) from the elements'
// JSDoc: attributes, properties, events, slots, ::parts and CSS custom properties. Storybook's
// autodocs and editors read it. Only the element modules: helpers are not public API.
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
};
