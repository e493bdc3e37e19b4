// The sign-up form as its tests use it: a clean page per test, its fields by role and label (in a
// language), and a valid filling-in as a user types it.
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { nl } from '../src/sign-up/locale.ts';
import { cleanup, failOnPageErrors } from './harness.ts';

/** Each test starts on a Dutch page with no draft, fails on page errors, and leaves nothing behind. */
export function signUpTestPage(): void {
  failOnPageErrors();
  beforeEach(() => {
    document.documentElement.lang = 'nl';
    sessionStorage.clear();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    cleanup();
    sessionStorage.clear();
    document.documentElement.removeAttribute('lang');
  });
}

export const text = (t = nl) => ({
  municipality: () => page.getByRole('combobox', { name: new RegExp(`^${t.fields.municipality.label}`) }),
  name: () => page.getByRole('textbox', { name: new RegExp(`^${t.fields.name.label}`) }),
  role: () => page.getByRole('textbox', { name: new RegExp(`^${t.fields.role.label}`) }),
  email: () => page.getByRole('textbox', { name: new RegExp(`^${t.fields.email.label}`) }),
  phone: () => page.getByRole('textbox', { name: new RegExp(`^${t.fields.phone.label}`) }),
  question: () => page.getByRole('textbox', { name: new RegExp(`^${t.fields.question.label}`) }),
  consent: () => page.getByRole('checkbox', { name: new RegExp(`^${t.fields.consent.label.slice(0, 20)}`) }),
  attach: () => page.getByRole('checkbox', { name: t.fields.attachResult.label }),
  submit: (name = t.submit) => page.getByRole('button', { name }),
  heading: (name: string) => page.getByRole('heading', { name }),
});

export async function fill(t = nl, { municipality = 'Borne', consent = true } = {}) {
  const fields = text(t);
  await expect.element(fields.municipality()).toBeVisible();
  await userEvent.fill(fields.municipality(), municipality);
  await userEvent.keyboard('{Tab}'); // leaving the field on an exact name picks it
  await userEvent.fill(fields.name(), 'Femke de Vries');
  await userEvent.fill(fields.role(), 'Beleidsadviseur sociaal domein');
  await userEvent.fill(fields.email(), 'f.devries@example.org');
  if (consent) await userEvent.click(fields.consent());
}

