import type { StorybookConfig } from '@storybook/web-components-vite';
import { widgetPlugins } from '../packages/widgets/scripts/plugins.ts';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  // The stories' own house-style sheets and data files, served as a site serves its own (no inline
  // <style> or data: URL in a snippet a webmaster might copy).
  staticDirs: ['../stories/public'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The stories show the elements as they ship: the same data transforms as the embed bundles.
  viteFinal: (vite) => ({ ...vite, plugins: [...widgetPlugins(), ...(vite.plugins ?? [])] }),
};
export default config;
