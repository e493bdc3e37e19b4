/// <reference types="vite/client" />
import type { ScanResult, SignUp } from '@maatwerk/model';
import { checkSignUp } from '@maatwerk/model/browser-validate';
import { describe, expect, inject, test, vi, type MockInstance } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../src/sign-up/define.ts';
import type { SignUpErrorDetail, SignUpSubmitDetail, SignUpSuccessDetail } from '../src/events/sign-up.ts';
import { en } from '../src/sign-up/locale.en.ts';
import { nl } from '../src/sign-up/locale.ts';
import type { MaatwerkSignUp } from '../src/sign-up/sign-up.ts';
import { cleanup, expectAccessible, mount } from './harness.ts';
import { fill, signUpTestPage, text } from './sign-up-harness.ts';

const fixtureFiles = import.meta.glob<unknown>('../../model/test/fixtures/sign-up/*/*.json', { eager: true, import: 'default' });
const withResult = fixtureFiles['../../model/test/fixtures/sign-up/valid/with-result.json'] as SignUp;
const scanResult = withResult.result as ScanResult;

const receiverUrl = inject('receiverUrl');
const endpoint = `${receiverUrl}/api/sign-ups`;
const PRIVACY = 'https://example.org/privacy';

signUpTestPage();

const form = (attributes = `action="${endpoint}" privacy-href="${PRIVACY}"`) =>
  mount<MaatwerkSignUp>(`<maatwerk-sign-up ${attributes}></maatwerk-sign-up>`);

/** Tests use tiny waits between retries. */
async function quickForm(attributes?: string): Promise<MaatwerkSignUp> {
  const element = await form(attributes);
  element.retryDelays = [1, 1];
  return element;
}

const f = text(nl);

/** The focused element, looking into shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function header(spy: MockInstance<typeof fetch>, call: number, name: string): string | undefined {
  const init = spy.mock.calls[call]![1] as RequestInit;
  return (init.headers as Record<string, string>)[name];
}

async function stored(): Promise<Array<{ idempotencyKey: string; receivedAt: string; payload: SignUp }>> {
  return ((await (await fetch(endpoint)).json()) as { signUps: [] }).signUps;
}

describe('<maatwerk-sign-up>', () => {
  test('is accessible when empty (nl and en)', async () => {
    await form();
    await expect.element(f.municipality()).toBeVisible();
    await expectAccessible();
    cleanup();
    await form(`lang="en" action="${endpoint}" privacy-href="${PRIVACY}"`);
    await expect.element(text(en).municipality()).toBeVisible();
    await expect.element(page.getByRole('heading', { name: en.heading })).toBeVisible();
    await expectAccessible();
  });

  test('labels every field, with autocomplete tokens and required fields marked visibly and programmatically', async () => {
    await form();
    await expect.element(f.municipality()).toHaveAccessibleName(`${nl.fields.municipality.label} (verplicht)`);
    await expect.element(f.municipality()).toHaveAttribute('aria-required', 'true');
    const expectations = [
      [f.name(), 'name', true],
      [f.role(), 'organization-title', true],
      [f.email(), 'email', true],
      [f.phone(), 'tel', false],
    ] as const;
    for (const [field, token, required] of expectations) {
      await expect.element(field).toHaveAttribute('autocomplete', token);
      if (required) {
        await expect.element(field).toBeRequired();
        await expect.element(field).toHaveAccessibleName(expect.stringContaining('(verplicht)'));
      } else {
        await expect.element(field).not.toBeRequired();
        await expect.element(field).toHaveAccessibleDescription(expect.stringContaining('Niet verplicht'));
      }
    }
    await expect.element(f.email()).toHaveAttribute('type', 'email');
    await expect.element(f.phone()).toHaveAttribute('type', 'tel');
    await expect.element(f.question()).toHaveAttribute('maxlength', '2000');
    await expect.element(f.consent()).toBeRequired();
    const group = page.getByRole('group', { name: nl.fields.domains.label });
    await expect.element(group).toBeVisible();
    await expect.element(group.getByRole('checkbox', { name: 'Armoede en schulden' })).toBeVisible();
    await expect.element(group.getByRole('checkbox')).toHaveLength(7);
    const privacy = page.getByRole('link', { name: /privacyverklaring/ });
    await expect.element(privacy).toHaveAttribute('href', PRIVACY);
    await expect.element(privacy).toHaveAccessibleName(expect.stringContaining('nieuw tabblad'));
    // No quick scan result on the page: nothing to attach.
    expect(f.attach().query()).toBeNull();
  });

  test('English labels and English domain names', async () => {
    await form(`lang="en" action="${endpoint}" privacy-href="${PRIVACY}"`);
    const t = text(en);
    await expect.element(t.email()).toHaveAccessibleName(`${en.fields.email.label} (required)`);
    await expect.element(page.getByRole('checkbox', { name: 'Poverty and debt' })).toBeVisible();
    await expect.element(t.submit()).toBeVisible();
  });

  test('a failed submit shows the errors next to the fields and a summary that gets focus (axe clean, nl and en)', async () => {
    const errors: SignUpErrorDetail[] = [];
    const element = await form();
    element.addEventListener('maatwerk-sign-up-error', (event) => errors.push(event.detail));
    await expect.element(f.municipality()).toBeVisible();
    await userEvent.click(f.submit());

    const summary = page.getByRole('heading', { name: nl.errorSummary.heading });
    await expect.element(summary).toBeVisible();
    expect(deepActive()?.classList.contains('error-summary')).toBe(true);
    const links = page.getByRole('link').filter({ hasText: /Vul|Kies|Geef/ });
    await expect.element(links).toHaveLength(5);
    expect(links.elements().map((link) => link.textContent?.trim())).toEqual([
      nl.fields.municipality.required,
      nl.fields.name.required,
      nl.fields.role.required,
      nl.fields.email.required,
      nl.fields.consent.required,
    ]);
    await expect.element(f.name()).toHaveAttribute('aria-invalid', 'true');
    await expect.element(f.name()).toHaveAccessibleDescription(`Fout: ${nl.fields.name.required}`);
    await expect.element(f.municipality()).toHaveAttribute('aria-invalid', 'true');
    await expect.element(f.consent()).toHaveAttribute('aria-invalid', 'true');
    await expect.element(f.phone()).not.toHaveAttribute('aria-invalid');
    expect(errors).toEqual([{ kind: 'validation', errors: expect.arrayContaining([{ path: 'email', message: nl.fields.email.required }]) }]);
    await expectAccessible();

    cleanup();
    await form(`lang="en" action="${endpoint}" privacy-href="${PRIVACY}"`);
    await expect.element(text(en).municipality()).toBeVisible();
    await userEvent.click(text(en).submit());
    await expect.element(page.getByRole('heading', { name: en.errorSummary.heading })).toBeVisible();
    await expect.element(page.getByRole('link', { name: en.fields.email.required })).toBeVisible();
    await expectAccessible();
  });

  test('summary links move focus to their field inside the shadow root', async () => {
    await form();
    await expect.element(f.municipality()).toBeVisible();
    await userEvent.fill(f.email(), 'not-an-address');
    await userEvent.click(f.submit());
    await userEvent.click(page.getByRole('link', { name: nl.fields.email.invalid }));
    expect(deepActive()).toBe(f.email().element());
    await userEvent.click(page.getByRole('link', { name: nl.fields.consent.required }));
    expect(deepActive()).toBe(f.consent().element());
    await userEvent.click(page.getByRole('link', { name: nl.fields.municipality.required }));
    expect(deepActive()).toBe(f.municipality().element());
    expect(location.hash).toBe('');
  });

  test('checks a field when the user leaves it after typing, not before; the message goes once fixed', async () => {
    await form();
    await expect.element(f.municipality()).toBeVisible();
    // Tabbing through an untouched field says nothing.
    await userEvent.click(f.name());
    await userEvent.keyboard('{Tab}');
    await expect.element(f.name()).not.toHaveAttribute('aria-invalid');

    await userEvent.fill(f.email(), 'f.devries@');
    await expect.element(f.email()).not.toHaveAttribute('aria-invalid');
    await userEvent.keyboard('{Tab}');
    await expect.element(f.email()).toHaveAttribute('aria-invalid', 'true');
    await expect.element(f.email()).toHaveAccessibleDescription(`${nl.fields.email.hint} Fout: ${nl.fields.email.invalid}`);
    // No summary for a single field check.
    expect(page.getByRole('heading', { name: nl.errorSummary.heading }).query()).toBeNull();

    await userEvent.fill(f.email(), 'f.devries@example.org');
    await expect.element(f.email()).not.toHaveAttribute('aria-invalid');

    await userEvent.fill(f.phone(), 'bel me');
    await userEvent.keyboard('{Tab}');
    await expect.element(f.phone()).toHaveAccessibleDescription(expect.stringContaining(nl.fields.phone.invalid));
  });

  test('leaving a wrong field by clicking the submit button still submits: its message does not push the button away', async () => {
    await page.viewport(700, 1600);
    try {
      await form();
      await expect.element(f.municipality()).toBeVisible();
      await userEvent.fill(f.email(), 'x@');
      await userEvent.click(f.submit());
      await expect.element(page.getByRole('heading', { name: nl.errorSummary.heading })).toBeVisible();
      await expect.element(page.getByRole('link', { name: nl.fields.email.invalid })).toBeVisible();
    } finally {
      await page.viewport(414, 896);
    }
  });

  test('a keyboard-only user fills in and sends the form to the real receiver; the confirmation names the adviser', async () => {
    const successes: SignUpSuccessDetail[] = [];
    const element = await form();
    element.addEventListener('maatwerk-sign-up-success', (event) => successes.push(event.detail));
    await expect.element(f.municipality()).toBeVisible();
    f.municipality().element().focus();
    await userEvent.keyboard('Borne');
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('Femke de Vries{Tab}Beleidsadviseur{Tab}f.devries@example.org{Tab}030 123 45 67{Tab}');
    // Domains: the first checkbox has focus; Space ticks it.
    await userEvent.keyboard(' ');
    for (let index = 0; index < 7; index++) await userEvent.keyboard('{Tab}'); // past the other domains to the question
    await userEvent.keyboard('Graag een afspraak.{Tab} '); // consent
    await userEvent.keyboard('{Tab}{Tab}{Enter}'); // past the privacy statement link to the button

    const confirmation = f.heading(nl.sent.heading);
    await expect.element(confirmation).toBeVisible();
    expect(deepActive()).toBe(confirmation.element());
    // Borne lies in arbeidsmarktregio Twente (AM05): its (fictional) adviser is named.
    await expect.element(page.getByText(nl.sent.body('Gerrit-Jan Zinsveld', 'Twente'))).toBeVisible();
    await expect.element(f.heading(nl.sent.nextHeading)).toBeVisible();
    await expectAccessible();

    const rows = await stored();
    const row = rows.find((candidate) => candidate.payload.email === 'f.devries@example.org' && candidate.payload.question === 'Graag een afspraak.');
    expect(row?.payload).toEqual({
      signUpVersion: 1,
      municipality: { code: 'GM0147', name: 'Borne' },
      name: 'Femke de Vries',
      role: 'Beleidsadviseur',
      email: 'f.devries@example.org',
      phone: '030 123 45 67',
      domains: ['armoede-schulden'],
      question: 'Graag een afspraak.',
      consent: true,
      lang: 'nl',
    });
    expect(successes).toHaveLength(1);
    expect(successes[0]!.response.status).toBe(201);
    expect(successes[0]!.payload).toEqual(row!.payload);
  });

  test('the sent confirmation is accessible in English', async () => {
    await form(`lang="en" action="${endpoint}" privacy-href="${PRIVACY}"`);
    await fill(en, { municipality: 'Amsterdam' });
    await userEvent.click(text(en).submit());
    await expect.element(page.getByRole('heading', { name: en.sent.heading })).toBeVisible();
    await expect.element(page.getByText(/Lezen & Schrijven adviser in the Groot Amsterdam region/)).toBeVisible();
    await expectAccessible();
  });

  test('a half-filled form survives a reload, without the consent box, and is gone after a successful sign-up', async () => {
    await form();
    await fill(nl);
    await userEvent.click(page.getByRole('checkbox', { name: 'Gezondheid' }));
    await userEvent.fill(f.question(), 'Bel mij maar.');
    const saved = JSON.parse(sessionStorage.getItem('maatwerk-sign-up:default')!) as Record<string, unknown>;
    expect(JSON.stringify(saved)).not.toContain('consent');

    cleanup(); // "reload"
    await form();
    await expect.element(f.municipality()).toHaveValue('Borne');
    await expect.element(f.name()).toHaveValue('Femke de Vries');
    await expect.element(f.email()).toHaveValue('f.devries@example.org');
    await expect.element(f.question()).toHaveValue('Bel mij maar.');
    await expect.element(page.getByRole('checkbox', { name: 'Gezondheid' })).toBeChecked();
    await expect.element(f.consent()).not.toBeChecked();

    await userEvent.click(f.consent());
    await userEvent.click(f.submit());
    await expect.element(f.heading(nl.sent.heading)).toBeVisible();
    expect(sessionStorage.getItem('maatwerk-sign-up:default')).toBeNull();
  });

  test('drafts are kept per element id, and not at all with no-storage', async () => {
    await form(`id="aanmelden" action="${endpoint}" privacy-href="${PRIVACY}"`);
    await expect.element(f.municipality()).toBeVisible();
    await userEvent.fill(f.name(), 'Sam');
    expect(sessionStorage.getItem('maatwerk-sign-up:aanmelden')).toContain('Sam');
    cleanup();
    sessionStorage.clear();
    await form(`no-storage action="${endpoint}" privacy-href="${PRIVACY}"`);
    await expect.element(f.municipality()).toBeVisible();
    await userEvent.fill(f.name(), 'Sam');
    expect(sessionStorage.length).toBe(0);
  });

  test('storage that throws does not break the form', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    await form();
    await fill(nl);
    await userEvent.click(f.submit());
    await expect.element(f.heading(nl.sent.heading)).toBeVisible();
  });

  test('after a 503 it retries with the same Idempotency-Key, and the receiver stores one sign-up', async () => {
    const spy = vi.spyOn(globalThis, 'fetch').mockResolvedValueOnce(json(503, { errors: [] }));
    await quickForm();
    await fill(nl, { municipality: 'Assen' });
    await userEvent.click(f.submit());
    await expect.element(f.heading(nl.sent.heading)).toBeVisible();
    const posts = spy.mock.calls.filter(([, init]) => init?.method === 'POST');
    expect(posts).toHaveLength(2);
    const key = header(spy, 0, 'Idempotency-Key');
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(header(spy, 1, 'Idempotency-Key')).toBe(key);
    expect(header(spy, 0, 'Content-Type')).toBe('application/json');
    expect((spy.mock.calls[0]![1] as RequestInit).credentials).toBe('omit');
    expect((await stored()).filter((row) => row.idempotencyKey === key)).toHaveLength(1);
  });

  test('when every try fails: a failed state that keeps the form filled (axe clean, nl and en); "Opnieuw proberen" reuses the key', async () => {
    const errors: SignUpErrorDetail[] = [];
    const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async () => json(503, {}));
    const element = await quickForm();
    element.addEventListener('maatwerk-sign-up-error', (event) => errors.push(event.detail));
    await fill(nl);
    await userEvent.click(f.submit());

    const failed = f.heading(nl.failed.heading);
    await expect.element(failed).toBeVisible();
    expect(deepActive()).toBe(failed.element());
    await expect.element(page.getByText(nl.failed.server(503))).toBeVisible();
    await expect.element(f.name()).toHaveValue('Femke de Vries');
    expect(element.state).toBe('failed');
    expect(errors).toEqual([{ kind: 'server', status: 503 }]);
    expect(spy).toHaveBeenCalledTimes(3); // 1 try + 2 retries
    const key = header(spy, 0, 'Idempotency-Key');
    expect(new Set([1, 2].map((call) => header(spy, call, 'Idempotency-Key')))).toEqual(new Set([key]));
    // The way forward when the endpoint stays down: e-mail the adviser.
    await expect.element(page.getByRole('link', { name: /adviseur\.twente@example\.org/ })).toHaveAttribute('href', expect.stringMatching(/^mailto:adviseur\.twente@example\.org\?/));
    await expectAccessible();

    spy.mockRestore();
    const again = vi.spyOn(globalThis, 'fetch');
    await userEvent.click(page.getByRole('button', { name: nl.failed.retry }));
    await expect.element(f.heading(nl.sent.heading)).toBeVisible();
    expect(header(again, 0, 'Idempotency-Key')).toBe(key);
  });

  test('the failed state in English', async () => {
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    await quickForm(`lang="en" action="${endpoint}" privacy-href="${PRIVACY}"`);
    await fill(en);
    await userEvent.click(text(en).submit());
    await expect.element(page.getByRole('heading', { name: en.failed.heading })).toBeVisible();
    await expect.element(page.getByText(en.failed.network)).toBeVisible();
    await expect.element(page.getByRole('button', { name: en.failed.retry })).toBeVisible();
    await expectAccessible();
  });

  test('the key survives a reload after a failure, so a retry later cannot create a second sign-up', async () => {
    const spy = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    await quickForm();
    await fill(nl);
    await userEvent.click(f.submit());
    await expect.element(f.heading(nl.failed.heading)).toBeVisible();
    const key = header(spy, 0, 'Idempotency-Key');
    spy.mockRestore();

    cleanup(); // reload
    const again = vi.spyOn(globalThis, 'fetch');
    await quickForm();
    await expect.element(f.name()).toHaveValue('Femke de Vries');
    await userEvent.click(f.consent());
    await userEvent.click(f.submit());
    await expect.element(f.heading(nl.sent.heading)).toBeVisible();
    expect(header(again, 0, 'Idempotency-Key')).toBe(key);
  });

  for (const [t, lang] of [
    [nl, 'nl'],
    [en, 'en'],
  ] as const) {
    test(`stored, but the answer was lost and the user changed a field: the retry says when it was received and how to send the changes (real receiver, axe clean, ${lang})`, async () => {
      const successes: SignUpSuccessDetail[] = [];
      const realFetch = globalThis.fetch.bind(globalThis);
      // Every try reaches the receiver (the first stores, the others are replays), but no answer gets back.
      const lost = vi.spyOn(globalThis, 'fetch').mockImplementation(async (...args) => {
        await realFetch(...args);
        throw new TypeError('Failed to fetch');
      });
      const element = await quickForm(`lang="${lang}" action="${endpoint}" privacy-href="${PRIVACY}"`);
      element.addEventListener('maatwerk-sign-up-success', (event) => successes.push(event.detail));
      const fields = text(t);
      await fill(t);
      await userEvent.fill(fields.phone(), '074 111 22 33');
      await userEvent.click(fields.submit());
      await expect.element(fields.heading(t.failed.heading)).toBeVisible();
      const key = header(lost, 0, 'Idempotency-Key');
      lost.mockRestore();

      await userEvent.fill(fields.phone(), '074 999 88 77');
      await userEvent.click(page.getByRole('button', { name: t.failed.retry }));
      const heading = fields.heading(t.receivedBefore.heading);
      await expect.element(heading).toBeVisible();
      expect(deepActive()).toBe(heading.element());

      const rows = (await stored()).filter((row) => row.idempotencyKey === key);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.payload.phone).toBe('074 111 22 33');
      const at = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(rows[0]!.receivedAt));
      await expect.element(page.getByText(t.receivedBefore.body(at))).toBeVisible();
      const changes = page.getByRole('link', { name: t.failed.mailAlternativeLink('adviseur.twente@example.org') });
      const href = decodeURIComponent((await changes.element().getAttribute('href')) ?? '');
      expect(href).toContain(t.receivedBefore.changesSubject('Borne'));
      expect(href).toContain('074 999 88 77');
      expect(element.state).toBe('sent');
      expect(successes.map((success) => success.response.status)).toEqual([409]);
      expect(sessionStorage.getItem('maatwerk-sign-up:default')).toBeNull();
      await expectAccessible();
    });
  }

  test('a network error is retried; a 4xx is not, and its field errors are shown next to the fields', async () => {
    const spy = vi
      .spyOn(globalThis, 'fetch')
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(json(400, { errors: [{ path: 'email', message: 'Dit e-mailadres is al aangemeld.' }, { path: '', message: 'Controleer het formulier.' }] }));
    const errors: SignUpErrorDetail[] = [];
    const element = await quickForm();
    element.addEventListener('maatwerk-sign-up-error', (event) => errors.push(event.detail));
    await fill(nl);
    await userEvent.click(f.submit());
    await expect.element(f.email()).toHaveAccessibleDescription(expect.stringContaining('Dit e-mailadres is al aangemeld.'));
    await expect.element(f.email()).toHaveAttribute('aria-invalid', 'true');
    await expect.element(page.getByRole('link', { name: 'Dit e-mailadres is al aangemeld.' })).toBeVisible();
    expect(deepActive()?.classList.contains('error-summary')).toBe(true);
    expect(spy).toHaveBeenCalledTimes(2);
    expect(errors.at(-1)).toMatchObject({ kind: 'validation', status: 400 });
    expect(element.state).toBe('editing');
  });

  test('a 4xx without field errors is a failure without retries', async () => {
    const spy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(json(403, { errors: [{ path: '', message: 'Deze website mag geen aanmeldingen versturen.' }] }));
    await quickForm();
    await fill(nl);
    await userEvent.click(f.submit());
    await expect.element(page.getByText(nl.failed.rejected(403))).toBeVisible();
    await expect.element(page.getByText('Deze website mag geen aanmeldingen versturen.')).toBeVisible();
    expect(spy).toHaveBeenCalledTimes(1);
  });

  test('gives up after the timeout with a timeout message', async () => {
    const errors: SignUpErrorDetail[] = [];
    // An endpoint that never answers; it does stop when the request is aborted.
    vi.spyOn(globalThis, 'fetch').mockImplementation(
      (_url, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason))),
    );
    const element = await quickForm(`timeout="200" action="${endpoint}" privacy-href="${PRIVACY}"`);
    element.addEventListener('maatwerk-sign-up-error', (event) => errors.push(event.detail));
    await fill(nl);
    await userEvent.click(f.submit());
    await expect.element(page.getByText(nl.failed.timeout)).toBeVisible();
    expect(errors).toEqual([{ kind: 'timeout' }]);
  });

  test('while sending the button is busy and disabled, a second press sends nothing, and it is accessible', async () => {
    let answer!: (response: Response) => void;
    const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(() => new Promise<Response>((resolve) => (answer = resolve)));
    await quickForm();
    await fill(nl);
    await userEvent.click(f.submit());
    const busy = f.submit(nl.sending);
    await expect.element(busy).toHaveAttribute('aria-busy', 'true');
    await expect.element(busy).toHaveAttribute('aria-disabled', 'true');
    await expect.element(page.getByRole('status').filter({ hasText: nl.status.sending })).toBeInTheDocument();
    await expectAccessible();
    // Focus stays on the button (aria-disabled, not disabled): pressing it again sends nothing.
    expect(deepActive()).toBe(busy.element());
    await userEvent.keyboard('{Enter}');
    expect(spy).toHaveBeenCalledTimes(1);
    answer(json(201, { id: 1, receivedAt: '2026-01-01T00:00:00.000Z' }));
    await expect.element(f.heading(nl.sent.heading)).toBeVisible();
  });

  test('a host can cancel the submit event: nothing is sent', async () => {
    const spy = vi.spyOn(globalThis, 'fetch');
    const element = await form();
    const submitted: SignUpSubmitDetail[] = [];
    element.addEventListener('maatwerk-sign-up-submit', (event) => {
      submitted.push(event.detail);
      event.preventDefault();
    });
    await fill(nl);
    await userEvent.click(f.submit());
    await expect.poll(() => submitted.length).toBe(1);
    expect(submitted[0]!.mode).toBe('post');
    expect(checkSignUp(submitted[0]!.payload).valid).toBe(true);
    expect(spy).not.toHaveBeenCalled();
  });

  test('without action: a prefilled e-mail to the adviser of the municipality\'s region (axe clean, nl and en)', async () => {
    const spy = vi.spyOn(globalThis, 'fetch');
    await form(`privacy-href="${PRIVACY}"`);
    await fill(nl, { municipality: 'Súdwest-Fryslân' });
    await userEvent.fill(f.question(), 'Wanneer kunnen we beginnen?\nGroet, Femke');
    await userEvent.click(f.submit(nl.submitMail));

    const heading = f.heading(nl.mail.heading);
    await expect.element(heading).toBeVisible();
    expect(deepActive()).toBe(heading.element());
    // Súdwest-Fryslân lies in arbeidsmarktregio Friesland (AM02).
    const link = page.getByRole('link', { name: nl.mail.open('Sietske Letterbrink') });
    const href = link.element().getAttribute('href')!;
    expect(href.startsWith('mailto:adviseur.friesland@example.org?subject=')).toBe(true);
    const url = new URL(href);
    const subject = decodeURIComponent(/subject=([^&]*)/.exec(url.search)![1]!);
    const body = decodeURIComponent(/body=([^&]*)/.exec(url.search)![1]!);
    expect(subject).toBe(nl.mail.subject('Súdwest-Fryslân'));
    expect(body).toContain('Gemeente: Súdwest-Fryslân (GM1900)');
    expect(body).toContain('Naam: Femke de Vries');
    expect(body).toContain('E-mailadres: f.devries@example.org');
    expect(body).toContain('Wanneer kunnen we beginnen?\r\nGroet, Femke');
    await expect.element(page.getByRole('textbox', { name: nl.mail.bodyLabel })).toHaveValue(body.replaceAll('\r\n', '\n'));
    await expect.element(page.getByText(nl.mail.example)).toBeVisible();
    await expectAccessible();

    // Activating the link opens the e-mail program (the navigation itself is stopped here).
    const stop = (event: Event) => event.preventDefault();
    window.addEventListener('click', stop);
    await userEvent.click(link);
    window.removeEventListener('click', stop);
    await expect.element(page.getByText(nl.mail.opening)).toBeVisible();
    await expect.element(page.getByRole('status').filter({ hasText: nl.status.mailOpening })).toBeInTheDocument();
    expect(spy).not.toHaveBeenCalled();

    await userEvent.click(page.getByRole('button', { name: nl.mail.back }));
    await expect.element(f.name()).toHaveValue('Femke de Vries');

    cleanup();
    await form(`lang="en" privacy-href="${PRIVACY}"`);
    await fill(en);
    await userEvent.click(text(en).submit(en.submitMail));
    await expect.element(page.getByRole('heading', { name: en.mail.heading })).toBeVisible();
    await expect.element(page.getByRole('link', { name: en.mail.open('Gerrit-Jan Zinsveld') })).toBeVisible();
    await expectAccessible();
  });

  test('configuration errors are shown in the form, and it falls back to e-mail', async () => {
    const spy = vi.spyOn(globalThis, 'fetch');
    await form(`action="${endpoint}"`);
    await expect.element(f.heading(nl.config.heading)).toBeVisible();
    await expect.element(page.getByText(nl.config.privacyMissing)).toBeVisible();
    await expect.element(f.submit(nl.submitMail)).toBeVisible();
    await expectAccessible();
    cleanup();

    await form(`action="javascript:alert(1)" privacy-href="${PRIVACY}"`);
    await expect.element(page.getByText(nl.config.actionInvalid('javascript:alert(1)'))).toBeVisible();
    await fill(nl);
    await userEvent.click(f.submit(nl.submitMail));
    await expect.element(f.heading(nl.mail.heading)).toBeVisible();
    cleanup();

    await form(`action="http://example.org/api" privacy-href="javascript:alert(1)"`);
    await expect.element(page.getByText(nl.config.privacyMissing)).toBeVisible();
    await expect.element(page.getByText(nl.config.actionInvalid('http://example.org/api'))).toBeVisible();
    expect(page.getByRole('link', { name: /privacyverklaring/ }).query()).toBeNull();
    expect(spy).not.toHaveBeenCalled();
  });

  test('picks up the result of a quick scan on the page and attaches it when the user chooses to', async () => {
    const scan = document.createElement('maatwerk-quick-scan') as HTMLElement & { result?: ScanResult };
    scan.result = scanResult;
    document.body.append(scan);
    const submitted: SignUp[] = [];
    const element = await form();
    element.addEventListener('maatwerk-sign-up-submit', (event) => submitted.push(event.detail.payload));
    // The result was made for Amsterdam: the municipality is preselected.
    await expect.element(f.municipality()).toHaveValue('Amsterdam');
    await expect.element(f.attach()).not.toBeChecked();
    await expect.element(f.attach()).toHaveAccessibleDescription(expect.stringContaining('Meest kansrijk volgens uw quick scan:'));
    await fill(nl, { municipality: 'Amsterdam' });
    await userEvent.click(f.attach());
    await userEvent.click(f.submit());
    await expect.element(f.heading(nl.sent.heading)).toBeVisible();
    expect(submitted[0]!.result).toEqual(scanResult);
    const row = (await stored()).find((candidate) => candidate.payload.result);
    expect(row?.payload.result).toEqual(scanResult);
  });

  test('a result set later (property or maatwerk-scan-complete) shows the checkbox; unticked, nothing is attached', async () => {
    const submitted: SignUp[] = [];
    const element = await form(`privacy-href="${PRIVACY}"`);
    element.addEventListener('maatwerk-sign-up-submit', (event) => {
      submitted.push(event.detail.payload);
      event.preventDefault();
    });
    await expect.element(f.municipality()).toBeVisible();
    expect(f.attach().query()).toBeNull();
    // A quick scan on the page completes: the form reads its result.
    const scan = document.createElement('maatwerk-quick-scan') as HTMLElement & { result?: ScanResult };
    document.body.append(scan);
    scan.result = scanResult;
    scan.dispatchEvent(new CustomEvent('maatwerk-scan-complete', { detail: { result: scanResult }, bubbles: true, composed: true }));
    await expect.element(f.attach()).toBeVisible();
    await fill(nl);
    await userEvent.click(f.submit(nl.submitMail));
    await expect.poll(() => submitted.length).toBe(1);
    expect(submitted[0]!.result).toBeUndefined();

    cleanup();
    const second = await form();
    second.result = scanResult;
    await expect.element(f.attach()).toBeVisible();
    await expectAccessible();
  });

  test('a malformed result cannot be attached: the checkbox explains what to do', async () => {
    const element = await form();
    element.result = { ...scanResult, coverage: 7 };
    await fill(nl, { municipality: 'Amsterdam' });
    await userEvent.click(f.attach());
    await userEvent.click(f.submit());
    await expect.element(page.getByRole('link', { name: nl.fields.attachResult.invalid })).toBeVisible();
    await expect.element(f.attach()).toHaveAttribute('aria-invalid', 'true');
  });

  test('the municipality attribute preselects by code or name; the finder can change it later', async () => {
    const element = await form(`municipality="GM0106" action="${endpoint}" privacy-href="${PRIVACY}"`);
    await expect.element(f.municipality()).toHaveValue('Assen');
    element.municipality = 'Borne';
    await expect.element(f.municipality()).toHaveValue('Borne');
  });

  test('fits a 320px wide screen without horizontal scrolling, in every state', async () => {
    await page.viewport(320, 640);
    try {
      const element = await quickForm();
      await expect.element(f.municipality()).toBeVisible();
      const fits = () => expect(element.scrollWidth).toBeLessThanOrEqual(320);
      fits();
      await userEvent.click(f.submit());
      await expect.element(page.getByRole('heading', { name: nl.errorSummary.heading })).toBeVisible();
      fits();
      vi.spyOn(globalThis, 'fetch').mockResolvedValue(json(503, {}));
      await fill(nl);
      await userEvent.click(f.submit());
      await expect.element(f.heading(nl.failed.heading)).toBeVisible();
      fits();
    } finally {
      await page.viewport(414, 896);
    }
  });

  test('a value that is not a scan result is ignored, not thrown', async () => {
    const element = await form();
    (element as unknown as { result: unknown }).result = 'not a result';
    await expect.element(f.municipality()).toBeVisible();
    expect(f.attach().query()).toBeNull();
  });

  test('two forms on one page work apart', async () => {
    const container = document.createElement('div');
    container.innerHTML = `<maatwerk-sign-up id="een" no-storage privacy-href="${PRIVACY}"></maatwerk-sign-up><maatwerk-sign-up id="twee" lang="en" no-storage privacy-href="${PRIVACY}"></maatwerk-sign-up>`;
    document.body.append(container);
    await expect.element(f.municipality()).toBeVisible();
    await expect.element(text(en).municipality()).toBeVisible();
    await userEvent.fill(f.name(), 'Een');
    await userEvent.click(f.submit(nl.submitMail));
    await expect.element(page.getByRole('heading', { name: nl.errorSummary.heading })).toBeVisible();
    expect(page.getByRole('heading', { name: en.errorSummary.heading }).query()).toBeNull();
    await expect.element(text(en).name()).toHaveValue('');
    await expectAccessible();
  });
});

describe('client and server validation agree on the shared fixtures', () => {
  const entries = Object.entries(fixtureFiles).map(([path, data]) => ({ name: path.split('/sign-up/')[1]!, valid: path.includes('/valid/'), data }));

  test('the browser validator accepts exactly the valid fixtures', () => {
    expect(entries.filter((entry) => entry.valid).length).toBeGreaterThanOrEqual(6);
    expect(entries.filter((entry) => !entry.valid).length).toBeGreaterThanOrEqual(12);
    for (const entry of entries) expect({ name: entry.name, valid: checkSignUp(entry.data).valid }).toEqual({ name: entry.name, valid: entry.valid });
  });

  test('the receiver, reached from the browser, accepts and refuses the same ones with the same field paths', async () => {
    for (const entry of entries) {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
        body: JSON.stringify(entry.data),
      });
      expect({ name: entry.name, status: response.status }).toEqual({ name: entry.name, status: entry.valid ? 201 : 400 });
      if (!entry.valid) {
        const { errors } = (await response.json()) as { errors: Array<{ path: string }> };
        expect(errors.map((error) => error.path)).toEqual(checkSignUp(entry.data).issues.map((issue) => issue.path));
      }
    }
  });
});
