// The finder's result views (card, "no match", unknown fixed value) are a chunk loaded with the first
// result. These tests break that load: the user gets a message and a way to try again.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../src/adviseur-finder/define.ts';
import type { MaatwerkAdviseurFinder } from '../src/adviseur-finder/adviseur-finder.ts';
import { nl } from '../src/adviseur-finder/locale.ts';
import { cleanup, expectAccessible, failOnPageErrors, mount } from './harness.ts';

const chunk = vi.hoisted(() => ({ loads: 0, failures: 0 }));

vi.mock('../src/adviseur-finder/result-loader.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/adviseur-finder/result-loader.ts')>();
  return {
    loadResultViews: () => {
      chunk.loads++;
      return chunk.failures-- > 0 ? Promise.reject(new Error('the chunk could not be loaded')) : real.loadResultViews();
    },
  };
});

failOnPageErrors();
beforeEach(() => {
  document.documentElement.lang = 'nl';
});
afterEach(cleanup);

test('when the result views cannot be loaded the finder says so, and trying again shows the card', async () => {
  chunk.failures = 1;
  await mount<MaatwerkAdviseurFinder>('<maatwerk-adviseur-finder municipality="GM0147"></maatwerk-adviseur-finder>');
  await expect.element(page.getByRole('alert')).toHaveTextContent(nl.resultFailed);
  await expectAccessible();
  await userEvent.click(page.getByRole('button', { name: nl.retry }));
  await expect.element(page.getByRole('heading', { name: /Borne/ })).toBeVisible();
  expect(chunk.loads).toBe(2);
});
