// The page's Content Security Policy does not allow the sign-up's `action` (connect-src): the
// visitor reads that sending is not possible here (with the e-mail alternative), not "no
// connection"; the webmaster reads in the console which origin to add to connect-src. A file of its
// own: the policy this test adds to the page cannot be taken back.
import { expect, inject, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../src/sign-up/define.ts';
import type { SignUpErrorDetail } from '../src/events/sign-up.ts';
import { nl } from '../src/sign-up/locale.ts';
import type { MaatwerkSignUp } from '../src/sign-up/sign-up.ts';
import { expectAccessible, mount } from './harness.ts';
import { fill, text } from './sign-up-harness.ts';

test('a CSP-blocked action: a neutral notice for the visitor, no retries, and the origin to add to connect-src in the console', async () => {
  document.documentElement.lang = 'nl';
  const endpoint = `${inject('receiverUrl')}/api/sign-ups`;
  const origin = new URL(endpoint).origin;
  // The test page's own requests stay allowed ('self'); the receiver on another port is not.
  const policy = document.createElement('meta');
  policy.httpEquiv = 'Content-Security-Policy';
  policy.content = "connect-src 'self'";
  document.head.append(policy);

  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const fetches = vi.spyOn(globalThis, 'fetch');
  const errors: SignUpErrorDetail[] = [];
  const element = await mount<MaatwerkSignUp>(`<maatwerk-sign-up no-storage action="${endpoint}" privacy-href="https://example.org/privacy"></maatwerk-sign-up>`);
  element.retryDelays = [1, 1];
  element.addEventListener('maatwerk-sign-up-error', (event) => errors.push(event.detail));
  await fill(nl);
  await userEvent.click(text(nl).submit());

  await expect.element(page.getByText(nl.failed.blocked)).toBeVisible();
  await expect.element(page.getByRole('link', { name: /e-mail naar/ })).toBeVisible();
  expect(errors).toEqual([{ kind: 'blocked' }]);
  expect(fetches.mock.calls.filter(([url]) => String(url) === endpoint)).toHaveLength(1);
  const warnings = warn.mock.calls.map((call) => String(call[0]));
  expect(warnings).toEqual([expect.stringContaining(`Content Security Policy does not allow sending to ${origin}`)]);
  expect(warnings[0]).toContain(`Add ${origin} to connect-src`);
  await expectAccessible();
});
