// Sending to an endpoint that cannot take the sign-up, for reasons in the page's setup or the
// receiver, with real connections on loopback: a refused connection and a server that never
// answers are told apart (not both "timeout"); the visitor reads a short neutral notice, the
// webmaster reads in the console what to change. The Content Security Policy case is in
// sign-up-csp.test.ts (a policy cannot be taken back from a page).
import { expect, inject, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../src/sign-up/define.ts';
import type { SignUpErrorDetail } from '../src/events/sign-up.ts';
import { nl } from '../src/sign-up/locale.ts';
import type { MaatwerkSignUp } from '../src/sign-up/sign-up.ts';
import { expectAccessible, mount } from './harness.ts';
import { fill, signUpTestPage, text } from './sign-up-harness.ts';

signUpTestPage();

/** Submits a filled-in form to `action`; returns the error events and the console warnings. */
async function submitTo(action: string, attributes = '') {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const errors: SignUpErrorDetail[] = [];
  const element = await mount<MaatwerkSignUp>(`<maatwerk-sign-up no-storage action="${action}" privacy-href="https://example.org/privacy" ${attributes}></maatwerk-sign-up>`);
  element.retryDelays = [1, 1];
  element.addEventListener('maatwerk-sign-up-error', (event) => errors.push(event.detail));
  await fill(nl);
  await userEvent.click(text(nl).submit());
  await expect.element(page.getByRole('heading', { name: nl.failed.heading })).toBeVisible();
  return { errors, warnings: () => warn.mock.calls.map((call) => String(call[0])) };
}

test('a refused connection is a connection problem after every try, not a timeout; the console names the URL and what to check', async () => {
  const closed = inject('closedUrl');
  // A deadline far away: the outcome must not depend on how fast this machine is.
  const { errors, warnings } = await submitTo(closed, 'timeout="60000"');
  await expect.element(page.getByText(nl.failed.network)).toBeVisible();
  expect(errors).toEqual([{ kind: 'network' }]);
  expect(warnings()).toEqual([expect.stringContaining(`Maatwerk <maatwerk-sign-up>: no connection to ${closed} (3 tries)`)]);
  expect(warnings()[0]).toMatch(/refused the connection.*Access-Control-Allow-Origin/);
  await expectAccessible();
});

test('a server that never answers is a timeout; the console names the timeout attribute', async () => {
  const { errors, warnings } = await submitTo(inject('silentUrl'), 'timeout="300"');
  await expect.element(page.getByText(nl.failed.timeout)).toBeVisible();
  expect(errors).toEqual([{ kind: 'timeout' }]);
  expect(warnings()).toEqual([expect.stringMatching(/gave no answer within 300 ms \(the timeout attribute\)/)]);
});
