// The built-in Dutch content comes without its 10-month action plan: that is a chunk of its own,
// loaded with the result screen once the questions start. These tests count and break that load.
import { score, type QuickScanContent } from '@maatwerk/model';
import contentNlData from '@maatwerk/model/data/content.nl.json';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../src/quick-scan/define.ts';
import { nl } from '../src/quick-scan/locale.ts';
import type { MaatwerkQuickScan } from '../src/quick-scan/quick-scan.ts';
import { cleanup, expectAccessible, mount } from './harness.ts';

const plan = vi.hoisted(() => ({ loads: 0, failures: 0 }));

vi.mock('../src/quick-scan/content.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/quick-scan/content.ts')>();
  return {
    ...real,
    loadBuiltInPlan: () => {
      plan.loads++;
      return plan.failures-- > 0 ? Promise.reject(new Error('the chunk could not be loaded')) : real.loadBuiltInPlan();
    },
  };
});

const content = contentNlData as unknown as QuickScanContent;

beforeEach(() => {
  document.documentElement.lang = 'nl';
  Object.assign(plan, { loads: 0, failures: 0 });
});
afterEach(cleanup);

test('the plan is not loaded for the intro, and is loaded once the questions start', async () => {
  await mount<MaatwerkQuickScan>('<maatwerk-quick-scan no-storage domains="armoede-schulden"></maatwerk-quick-scan>');
  await userEvent.click(page.getByRole('button', { name: nl.start }));
  await expect.element(page.getByRole('button', { name: nl.begin })).toBeVisible();
  expect(plan.loads).toBe(0);
  await userEvent.click(page.getByRole('button', { name: nl.begin }));
  // Fetched when the page is next idle, not in the task of the click.
  await expect.poll(() => plan.loads, { timeout: 5000 }).toBe(1);
});

test('when the plan cannot be loaded the result screen says so, and trying again shows it', async () => {
  plan.failures = 1;
  const element = await mount<MaatwerkQuickScan>('<maatwerk-quick-scan no-storage></maatwerk-quick-scan>');
  element.result = score(content, {}, { domains: ['armoede-schulden'] });
  await expect.element(page.getByText(nl.resultFailed)).toBeVisible();
  await expectAccessible();
  await userEvent.click(page.getByRole('button', { name: nl.retry }));
  await expect.element(page.getByRole('heading', { level: 3, name: nl.planHeading(10) })).toBeVisible();
  expect(plan.loads).toBe(2);
});
