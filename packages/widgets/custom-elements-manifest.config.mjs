// Generates custom-elements.json (the `customElements` field of package.json) from the elements'
// JSDoc: attributes, properties, events, slots, ::parts and CSS custom properties. Storybook's
// autodocs and editors read it.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/locale.ts', 'src/**/*-locale.ts'],
  outdir: '.',
  litelement: true,
};
