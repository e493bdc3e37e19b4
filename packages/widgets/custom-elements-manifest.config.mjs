// Generates custom-elements.json (the `customElements` field of package.json) from the elements'
// JSDoc: attributes, properties, events, slots, ::parts and CSS custom properties. Storybook's
// autodocs and editors read it.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/locale.ts', 'src/**/*-locale.ts'],
  // Tests write a fresh copy elsewhere to compare with the committed one (relative to this folder).
  outdir: process.env.CEM_OUTDIR ?? '.',
  litelement: true,
};
