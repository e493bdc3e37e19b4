// A dark colour scheme as a house style sets it (document, link and button tokens only): muted text
// and surfaces are derived from the text and background colours, so every contrast stays at AA.
import { afterEach, describe, expect, test } from 'vitest';
import '../src/define-all.ts';
import { cleanup, expectAccessible, failOnPageErrors, mount } from './harness.ts';

failOnPageErrors();

const DARK = {
  '--utrecht-document-color': '#f2f2f2',
  '--utrecht-document-background-color': '#161a1d',
  '--utrecht-link-color': '#9ccbff',
  '--utrecht-button-primary-action-background-color': '#9ccbff',
  '--utrecht-button-primary-action-color': '#0b1a2a',
  '--utrecht-form-control-border-color': '#a0a0a0',
  '--utrecht-focus-outline-color': '#ffffff',
};

afterEach(() => {
  cleanup();
  for (const name of Object.keys(DARK)) document.documentElement.style.removeProperty(name);
});

describe('under a dark colour scheme', () => {
  test('the three elements pass axe, muted text included', async () => {
    for (const [name, value] of Object.entries(DARK)) document.documentElement.style.setProperty(name, value);
    const scan = await mount('<maatwerk-quick-scan no-storage></maatwerk-quick-scan>');
    const finder = await mount('<maatwerk-adviseur-finder municipality="Borne"></maatwerk-adviseur-finder>');
    await mount('<maatwerk-sign-up no-storage privacy-href="/privacy"></maatwerk-sign-up>');
    await expect.poll(() => finder.shadowRoot?.textContent ?? '').toContain('Twente');
    await expect.poll(() => scan.shadowRoot?.querySelector('button') !== null).toBe(true);
    const muted = finder.shadowRoot!.querySelector('.muted, .hint, p');
    if (muted) expect(getComputedStyle(muted).color).not.toBe('rgb(77, 77, 77)');
    await expectAccessible();
  });
});
