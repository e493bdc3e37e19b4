import type { Preview } from '@storybook/web-components-vite';

const preview: Preview = {
  parameters: {
    // axe violations fail the story's test, in Storybook and in `pnpm test`.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  tags: ['autodocs'],
};
export default preview;
