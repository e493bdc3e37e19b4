import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../packages/widgets/custom-elements.json';

// Autodocs read every attribute, property, event, slot, ::part and CSS custom property from the
// manifest generated from the elements' JSDoc (`pnpm --filter @maatwerk/widgets manifest`).
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    // axe violations fail the story's test, in Storybook and in `pnpm test`.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  tags: ['autodocs'],
};
export default preview;
