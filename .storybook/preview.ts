import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { configure } from 'storybook/test';
import manifest from '../packages/widgets/custom-elements.json';
import { argTypesFor, namedAsWritten } from './arg-types.ts';

// Autodocs read every attribute, property, event, slot, ::part and CSS custom property from the
// manifest generated from the elements' JSDoc (`pnpm --filter @maatwerk/widgets manifest`).
setCustomElementsManifest(manifest);

// `waitFor` gives up after 1 s by default: enough on an idle machine, not when a story fetches and
// validates content (the validator is a chunk) while other jobs share the CPU ("Error Content
// Source" failed that way). Waiting longer costs nothing when the story is quick.
configure({ asyncUtilTimeout: 20_000 });

const preview: Preview = {
  parameters: {
    // axe violations fail the story's test, in Storybook and in `pnpm test`.
    a11y: { test: 'error' },
    controls: { expanded: true },
    // Our own rows from the same manifest: Storybook's reader lets a part hide a property of the same name.
    docs: { extractArgTypes: (tagName: string) => argTypesFor(manifest, tagName) },
  },
  argTypesEnhancers: [namedAsWritten(manifest)],
  tags: ['autodocs'],
};
export default preview;
