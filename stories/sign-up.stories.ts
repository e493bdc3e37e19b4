import type { ScanResult, SignUp } from '@maatwerk/model';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../packages/widgets/src/sign-up/define.ts';
import type { MaatwerkSignUp } from '../packages/widgets/src/sign-up/sign-up.ts';
import withResult from '../packages/model/test/fixtures/sign-up/valid/with-result.json';

const scanResult = (withResult as unknown as SignUp).result as ScanResult;
/** Stories never reach a network: requests to this address are answered by a stub per story. */
const ENDPOINT = 'https://aanmelden.example.org/api/sign-ups';
const PRIVACY = 'https://example.org/privacyverklaring';

interface Args {
  lang: 'nl' | 'en';
  action: string;
  privacyHref: string;
  municipality: string;
  timeout: number;
  noStorage: boolean;
  result: ScanResult | null;
  themed: boolean;
}

/** A municipal house style set through the public tokens (NL Design System names work too). */
const THEME = html`<link rel="stylesheet" href="/huisstijl/sign-up.css" />`;

function render(args: Args) {
  const element = html`<maatwerk-sign-up
    lang=${args.lang}
    action=${args.action || nothing}
    privacy-href=${args.privacyHref || nothing}
    municipality=${args.municipality || nothing}
    timeout=${args.timeout}
    ?no-storage=${args.noStorage}
    .result=${args.result}
    .retryDelays=${[20, 20]}
  ></maatwerk-sign-up>`;
  return args.themed ? html`${THEME}<div class="gemeente-huisstijl">${element}</div>` : element;
}

const meta: Meta<Args> = {
  title: 'Widgets/Sign-up',
  component: 'maatwerk-sign-up',
  render,
  args: {
    lang: 'nl',
    action: ENDPOINT,
    privacyHref: PRIVACY,
    municipality: '',
    timeout: 15000,
    noStorage: true,
    result: null,
    themed: false,
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['nl', 'en'], description: 'Language of the form (`lang` attribute); without it the page language.' },
    action: {
      control: 'text',
      description: 'Endpoint the sign-up is POSTed to as JSON (`https://`, or http on localhost). Empty: the form prepares an e-mail to the regional adviser.',
    },
    privacyHref: { control: 'text', description: 'Link to the privacy statement (`privacy-href`). Required for sending to `action`.' },
    municipality: { control: 'text', description: 'Preselects a municipality by CBS code or name (`municipality`); the adviser finder sets it.' },
    timeout: { control: 'number', description: 'Longest wait for the endpoint in ms, retries included (`timeout`).' },
    noStorage: { control: 'boolean', description: 'Do not keep a half-filled form in sessionStorage (`no-storage`). On in these stories so they start empty.' },
    result: { control: false, description: 'A quick scan result the user may attach (`result` property).' },
    themed: { control: 'boolean', description: 'Story only: wraps the form in a municipal house style set through `--maatwerk-*` tokens and `::part`.' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Sign-up for the Maatwerktraject. Posts JSON to `action` with an Idempotency-Key, a timeout and retries; without `action` it prepares an e-mail to the adviser of the municipality\'s region.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Replaces fetch for the story's endpoint only, and puts it back afterwards. */
function stubEndpoint(answer: () => Promise<Response>) {
  return () => {
    const original = window.fetch;
    window.fetch = (input, init) => (String(input instanceof Request ? input.url : input).startsWith(ENDPOINT) ? answer() : original(input, init));
    return () => {
      window.fetch = original;
    };
  };
}

const json = (status: number, body: unknown) => Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));

async function form(canvasElement: HTMLElement): Promise<ShadowRoot> {
  const element = canvasElement.querySelector('maatwerk-sign-up') as MaatwerkSignUp;
  await element.updateComplete;
  const root = element.shadowRoot!;
  await waitFor(() => expect(root.querySelector('maatwerk-municipality-combobox')?.shadowRoot?.querySelector('input')).toBeTruthy());
  return root;
}

async function fill(canvasElement: HTMLElement): Promise<ShadowRoot> {
  const root = await form(canvasElement);
  const element = root.host as MaatwerkSignUp;
  element.municipality = 'GM0147';
  const input = (id: string) => root.querySelector<HTMLInputElement>(`#${id}`)!;
  await userEvent.type(input('field-name'), 'Femke de Vries');
  await userEvent.type(input('field-role'), 'Beleidsadviseur sociaal domein');
  await userEvent.type(input('field-email'), 'f.devries@example.org');
  await userEvent.click(root.querySelector<HTMLInputElement>('input[name="domains"]')!);
  await userEvent.click(input('field-consent'));
  return root;
}

async function submit(root: ShadowRoot): Promise<void> {
  await userEvent.click(root.querySelector<HTMLButtonElement>('button[type="submit"]')!);
}

const heading = (root: ShadowRoot, text: RegExp) =>
  waitFor(() => expect([...root.querySelectorAll('h2, h3')].some((element) => text.test(element.textContent ?? ''))).toBe(true));

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    await form(canvasElement);
  },
};

export const EmptyEnglish: Story = { ...Empty, args: { lang: 'en' } };

export const Themed: Story = { ...Empty, args: { themed: true } };

export const ThemedEnglish: Story = { ...Empty, args: { themed: true, lang: 'en' } };

/** Submitting the empty form: messages next to the fields and the error summary, which gets focus. */
export const WithErrors: Story = {
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    await submit(root);
    await heading(root, /Er is een probleem|There is a problem/);
    await waitFor(() => expect(root.activeElement?.classList.contains('error-summary')).toBe(true));
  },
};

export const WithErrorsEnglish: Story = { ...WithErrors, args: { lang: 'en' } };

export const WithErrorsThemed: Story = { ...WithErrors, args: { themed: true } };

/** The endpoint has not answered yet: the button is busy, a live region says so. */
export const Sending: Story = {
  beforeEach: stubEndpoint(() => new Promise<Response>(() => undefined)),
  play: async ({ canvasElement }) => {
    const root = await fill(canvasElement);
    await submit(root);
    await waitFor(() => expect(root.querySelector('button[type="submit"]')?.getAttribute('aria-busy')).toBe('true'));
  },
};

export const SendingEnglish: Story = { ...Sending, args: { lang: 'en' } };

/** Accepted: the confirmation names the region's adviser and what happens next. */
export const Sent: Story = {
  beforeEach: stubEndpoint(() => json(201, { id: 1, receivedAt: '2026-01-01T09:00:00.000Z' })),
  play: async ({ canvasElement }) => {
    const root = await fill(canvasElement);
    await submit(root);
    await heading(root, /Uw aanmelding is verstuurd|Your sign-up has been sent/);
  },
};

export const SentEnglish: Story = { ...Sent, args: { lang: 'en' } };

export const SentThemed: Story = { ...Sent, args: { themed: true } };

/** The endpoint keeps answering 503: after the retries a clear message, the form still filled, and "Opnieuw proberen". */
export const Failed: Story = {
  beforeEach: stubEndpoint(() => json(503, {})),
  play: async ({ canvasElement }) => {
    const root = await fill(canvasElement);
    await submit(root);
    await heading(root, /Versturen is niet gelukt|Sending failed/);
  },
};

export const FailedEnglish: Story = { ...Failed, args: { lang: 'en' } };

/** No `action`: the form prepares an e-mail to the adviser of the municipality's region. */
export const MailtoMode: Story = {
  args: { action: '' },
  play: async ({ canvasElement }) => {
    const root = await fill(canvasElement);
    await submit(root);
    await heading(root, /per e-mail|by e-mail/);
  },
};

export const MailtoModeEnglish: Story = { ...MailtoMode, args: { action: '', lang: 'en' } };

/** A quick scan result is available (from the page's quick scan or the `result` property): the user may attach it. */
export const WithAttachedResult: Story = {
  args: { result: scanResult },
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    const attach = await waitFor(() => {
      const box = root.querySelector<HTMLInputElement>('#field-attachResult');
      expect(box).toBeTruthy();
      return box!;
    });
    await userEvent.click(attach);
    await expect(attach.checked).toBe(true);
  },
};

export const WithAttachedResultEnglish: Story = { ...WithAttachedResult, args: { result: scanResult, lang: 'en' } };

/** Misconfigured by the webmaster (no privacy statement, unsafe action): a visible note, and e-mail still works. */
export const ConfigurationError: Story = {
  args: { action: 'javascript:alert(1)', privacyHref: '' },
  play: async ({ canvasElement }) => {
    const root = await form(canvasElement);
    await heading(root, /niet goed ingesteld|not set up correctly/);
  },
};
