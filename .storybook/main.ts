import type { StorybookConfig } from '@storybook/web-components-vite';
import { widgetPlugins } from '../packages/widgets/scripts/plugins.ts';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The stories show the elements as they ship: the same data transforms as the embed bundles.
  viteFinal: (vite) => ({ ...vite, plugins: [...widgetPlugins(), ...(vite.plugins ?? [])] }),
};
export default config;
