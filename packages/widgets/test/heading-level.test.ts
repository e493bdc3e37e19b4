// `heading-level` on all three elements: the headings start at the level the page asks for, the
// ones below follow, axe stays clean, and a value that is not a heading level gives the default
// and a console warning that tells the webmaster what to change.
/// <reference types="vite/client" />
import { score, type QuickScanContent } from '@maatwerk/model';
import contentNlData from '@maatwerk/model/data/content.nl.json';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../src/adviseur-finder/define.ts';
import '../src/quick-scan/define.ts';
import '../src/sign-up/define.ts';
import { nl as scanText } from '../src/quick-scan/locale.ts';
import { nl as signUpText } from '../src/sign-up/locale.ts';
import { cleanup, expectAccessible, failOnPageErrors, mount } from './harness.ts';

const content = contentNlData as unknown as QuickScanContent;
const headingLevels = (element: Element) => [...element.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => heading.localName);

failOnPageErrors();
beforeEach(() => {
  document.documentElement.lang = 'nl'; // the runner's page says "en"
});
afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
  document.documentElement.removeAttribute('lang');
});

describe('<maatwerk-quick-scan heading-level>', () => {
  test('level 3: every screen heading is an h3 and takes focus as before (axe clean)', async () => {
    const element = await mount('<maatwerk-quick-scan heading-level="3" no-storage domains="armoede-schulden"></maatwerk-quick-scan>');
    await expect.element(page.getByRole('heading', { level: 3, name: content.title })).toBeVisible();
    expect(headingLevels(element)).toEqual(['h3']);
    await expectAccessible(element);
    await userEvent.click(page.getByRole('button', { name: scanText.start }));
    await expect.element(page.getByRole('heading', { level: 3, name: scanText.domainsHeading })).toBeVisible();
    // Focus moves to the new screen's heading, whatever its level.
    await expect.poll(() => element.shadowRoot!.activeElement?.localName).toBe('h3');
  });

  test('level 3: the result screen is an h3, its parts h4 and the domains h5 (axe clean)', async () => {
    const element = await mount<HTMLElement & { result: unknown }>('<maatwerk-quick-scan heading-level="3" no-storage></maatwerk-quick-scan>');
    element.result = score(content, {}, { domains: ['armoede-schulden'] });
    await expect.element(page.getByRole('heading', { level: 3, name: scanText.resultHeading })).toBeVisible();
    await expect.element(page.getByRole('heading', { level: 4, name: scanText.nextHeading })).toBeVisible();
    expect(headingLevels(element)).not.toContain('h2');
    expect(headingLevels(element)).toContain('h5');
    await expectAccessible(element);
  });

  test('level 6: nothing goes past h6', async () => {
    const element = await mount('<maatwerk-quick-scan heading-level="6" no-storage></maatwerk-quick-scan>');
    await expect.element(page.getByRole('heading', { level: 6, name: content.title })).toBeVisible();
    expect(headingLevels(element)).toEqual(['h6']);
  });

  test('a value that is not a heading level: level 2, and the console says what to change', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await mount('<maatwerk-quick-scan heading-level="h3" no-storage></maatwerk-quick-scan>');
    await expect.element(page.getByRole('heading', { level: 2, name: content.title })).toBeVisible();
    expect(headingLevels(element)).toEqual(['h2']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/<maatwerk-quick-scan>: heading-level="h3" is not a heading level\. Use a whole number from 2 to 6/);
    // Not repeated on every render.
    element.setAttribute('lang', 'nl');
    await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('<maatwerk-sign-up heading-level>', () => {
  test('level 4: the form heading is an h4 and the error summary an h5 (axe clean)', async () => {
    const element = await mount('<maatwerk-sign-up heading-level="4" no-storage privacy-href="https://example.org/privacy"></maatwerk-sign-up>');
    await expect.element(page.getByRole('heading', { level: 4, name: signUpText.heading })).toBeVisible();
    await userEvent.click(page.getByRole('button', { name: signUpText.submitMail }));
    await expect.element(page.getByRole('heading', { level: 5, name: signUpText.errorSummary.heading })).toBeVisible();
    expect(headingLevels(element)).not.toContain('h2');
    await expectAccessible(element);
  });

  test('a value out of range: level 2 and a console warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await mount('<maatwerk-sign-up heading-level="1" no-storage privacy-href="https://example.org/privacy"></maatwerk-sign-up>');
    await expect.element(page.getByRole('heading', { level: 2, name: signUpText.heading })).toBeVisible();
    expect(warn.mock.calls.map((call) => String(call[0]))).toContainEqual(expect.stringMatching(/<maatwerk-sign-up>: heading-level="1" is not a heading level/));
  });
});

describe('<maatwerk-adviseur-finder heading-level>', () => {
  test('level 4: the result heading is an h4 and the adviser an h5 (axe clean); 2.5 gives level 2 and a warning', async () => {
    const element = await mount('<maatwerk-adviseur-finder municipality="GM0344" heading-level="4"></maatwerk-adviseur-finder>');
    await expect.element(page.getByRole('heading', { level: 4, name: 'Utrecht' })).toBeVisible();
    expect(headingLevels(element)).toEqual(['h4', 'h5']);
    await expectAccessible(element);
    cleanup();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await mount('<maatwerk-adviseur-finder municipality="GM0344" heading-level="2.5"></maatwerk-adviseur-finder>');
    await expect.element(page.getByRole('heading', { level: 2, name: 'Utrecht' })).toBeVisible();
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/<maatwerk-adviseur-finder>: heading-level="2.5" is not a heading level/);
  });
});
