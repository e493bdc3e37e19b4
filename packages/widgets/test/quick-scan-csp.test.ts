// Runs in its own file (its own page): a strict Content Security Policy stays on for the whole page.
import { expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { nl } from '../src/quick-scan/locale.ts';
import { cleanup, mount } from './harness.ts';

test('works under script-src \'self\'; style-src \'self\' (no inline styles, no eval)', async () => {
  document.documentElement.removeAttribute('lang'); // the runner's page says "en"
  const violations: string[] = [];
  document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`));
  const policy = document.createElement('meta');
  policy.httpEquiv = 'Content-Security-Policy';
  policy.content = "script-src 'self'; style-src 'self'";
  document.head.append(policy);
  // The policy is live: an inline style attribute is now blocked and reported.
  const probe = document.createElement('div');
  probe.innerHTML = '<p style="color: red">probe</p>';
  document.body.append(probe);
  await expect.poll(() => violations.length).toBe(1);
  violations.length = 0;
  probe.remove();

  await import('../src/quick-scan/define.ts');
  await mount('<maatwerk-quick-scan domains="armoede-schulden" no-storage></maatwerk-quick-scan>');
  await page.getByRole('button', { name: nl.start }).click();
  await page.getByRole('button', { name: nl.begin }).click();
  for (let step = 0; step < 3; step++) {
    for (const group of await page.getByRole('group').all()) await group.getByRole('radio', { name: 'Klopt grotendeels' }).click();
    await page.getByRole('button', { name: step === 2 ? nl.toResult : nl.next, exact: true }).click();
  }
  await expect.element(page.getByRole('heading', { level: 3, name: nl.ranking })).toBeVisible();
  await expect.element(page.getByRole('table', { name: nl.gridCaption('Armoede en schulden') })).toBeVisible();
  expect(violations).toEqual([]);
  cleanup();
});
