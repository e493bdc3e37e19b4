import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../packages/studio/src/studio-app.ts';

/**
 * The kennisblad studio (`packages/studio`, served at `/studio/` by `pnpm start`) with the data shipped
 * in `@maatwerk/model`. Storybook has no receiver behind it, so publishing says it is not available
 * here and the baseline is the shipped data; the PDF preview renders in a Web Worker as on the real
 * page. A draft you make here stays in this browser's IndexedDB, as in the studio.
 */
const meta: Meta = {
  title: 'Kennisblad-studio',
  parameters: { layout: 'fullscreen' },
  render: () => html`<maatwerk-studio></maatwerk-studio>`,
};
export default meta;

/** The studio page (`packages/studio/src/studio-app.ts`): forms, what changed, downloads, preview. */
export const Studio: StoryObj = {
  play: async ({ canvasElement }) => {
    const studio = canvasElement.querySelector('maatwerk-studio')!;
    await waitFor(() => expect(studio.shadowRoot?.querySelector('form#form')).toBeTruthy());
    await waitFor(() => expect(studio.shadowRoot?.querySelector('maatwerk-studio-publish')?.shadowRoot?.textContent).toMatch(/Publiceren kan hier niet|Publishing is not available here/));
  },
};
