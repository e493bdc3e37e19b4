import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../packages/widgets/src/adviseur-finder/define.ts';
import type { MaatwerkAdviseurFinder } from '../packages/widgets/src/adviseur-finder/adviseur-finder.ts';

interface Args {
  lang: 'nl' | 'en';
  municipality: string;
  region: string;
  advisersSrc: string;
  signUpHref: string;
  headingLevel: number;
  themed: boolean;
}

/** Advisers files beside the stories (stories/public/data/), as a site hosts its own: same origin, allowed by `connect-src 'self'`. */
const INVALID_ADVISERS = '/data/ongeldige-adviseurs.json';
const CUSTOM_ADVISERS = '/data/eigen-adviseurs.json';

/** A municipal house style set through the public tokens (NL Design System names work too) and the parts. */
const THEME = html`<link rel="stylesheet" href="/huisstijl/adviseur-finder.css" />`;

function render(args: Args) {
  const element = html`<maatwerk-adviseur-finder
    lang=${args.lang}
    municipality=${args.municipality || nothing}
    region=${args.region || nothing}
    advisers-src=${args.advisersSrc || nothing}
    sign-up-href=${args.signUpHref || nothing}
    heading-level=${args.headingLevel}
  ></maatwerk-adviseur-finder>`;
  return args.themed ? html`${THEME}<div class="gemeente-huisstijl">${element}</div>` : element;
}

const meta: Meta<Args> = {
  title: 'Widgets/Adviseur-finder',
  component: 'maatwerk-adviseur-finder',
  render,
  args: { lang: 'nl', municipality: '', region: '', advisersSrc: '', signUpHref: '', headingLevel: 2, themed: false },
  argTypes: {
    lang: { control: 'inline-radio', options: ['nl', 'en'], description: 'Language (`lang` attribute); without it the page language, else Dutch.' },
    municipality: {
      control: 'text',
      description: 'Fixed mode: CBS code or name (`municipality`), shows just the card. Set later on a search finder, it picks that municipality.',
    },
    region: { control: 'text', description: 'Fixed mode: arbeidsmarktregio code or name (`region`), e.g. `AM18`.' },
    advisersSrc: { control: 'text', description: 'URL of replacement advisers JSON (`advisers-src`); invalid or unreachable data: the console says what is wrong, the visitor reads a neutral notice and gets the built-in data.' },
    signUpHref: {
      control: 'text',
      description: 'Sign-up page for the call to action (`sign-up-href`) when no `<maatwerk-sign-up>` is on the page; `?municipality=GM…` is added. Empty: a prefilled e-mail.',
    },
    headingLevel: { control: { type: 'number', min: 2, max: 6 }, description: 'Level of the result heading (`heading-level`), 2-6.' },
    themed: { control: 'boolean', description: 'Story only: wraps the finder in a municipal house style set through `--maatwerk-*` tokens and `::part`.' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Finds the Lezen & Schrijven adviser for a municipality: a WAI-ARIA 1.2 combobox over names, CBS codes, former municipalities and other spellings; the result shows the arbeidsmarktregio and the adviser card with a call to action. Fixed mode (`municipality` or `region`) shows just the card.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

async function finder(canvasElement: HTMLElement): Promise<ShadowRoot> {
  const element = canvasElement.querySelector('maatwerk-adviseur-finder') as MaatwerkAdviseurFinder;
  await element.updateComplete;
  return element.shadowRoot!;
}

async function field(canvasElement: HTMLElement): Promise<HTMLInputElement> {
  const root = await finder(canvasElement);
  let input: HTMLInputElement | null | undefined;
  await waitFor(() => {
    input = root.querySelector('maatwerk-municipality-combobox')?.shadowRoot?.querySelector('input');
    expect(input).toBeTruthy();
  });
  return input!;
}

const heading = (root: ShadowRoot, text: string) =>
  waitFor(() => expect([...root.querySelectorAll('h2, h3')].map((element) => element.textContent?.trim())).toContain(text));

async function pick(canvasElement: HTMLElement, text: string, result: string) {
  const input = await field(canvasElement);
  await userEvent.type(input, text);
  await waitFor(() => expect(input.getAttribute('aria-expanded')).toBe('true'));
  await userEvent.keyboard('{ArrowDown}{Enter}');
  await heading(await finder(canvasElement), result);
}

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const input = await field(canvasElement);
    await expect(input.getAttribute('role')).toBe('combobox');
  },
};

export const EmptyEnglish: Story = { ...Empty, args: { lang: 'en' } };

export const SuggestionsOpen: Story = {
  play: async ({ canvasElement }) => {
    const input = await field(canvasElement);
    await userEvent.type(input, 'ber');
    await waitFor(() => expect(input.getAttribute('aria-expanded')).toBe('true'));
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect(input.getAttribute('aria-activedescendant')).toBe('option-1');
  },
};

export const SuggestionsOpenEnglish: Story = { ...SuggestionsOpen, args: { lang: 'en' } };

/** Picked through a former municipality: the card notes that Weesp merged into Amsterdam. */
export const Result: Story = {
  play: async ({ canvasElement }) => pick(canvasElement, 'Weesp', 'Amsterdam'),
};

export const ResultEnglish: Story = { ...Result, args: { lang: 'en' } };

export const ResultThemed: Story = { ...Result, args: { themed: true } };

export const NoMatch: Story = {
  play: async ({ canvasElement }) => {
    const input = await field(canvasElement);
    await userEvent.type(input, 'Amstelxyz');
    await heading(await finder(canvasElement), 'Geen gemeente gevonden');
  },
};

export const NoMatchEnglish: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const input = await field(canvasElement);
    await userEvent.type(input, 'bergen{Enter}');
    await heading(await finder(canvasElement), 'No municipality found');
  },
};

export const FixedMunicipality: Story = {
  args: { municipality: 'GM0147' },
  play: async ({ canvasElement }) => heading(await finder(canvasElement), 'Borne'),
};

export const FixedMunicipalityEnglish: Story = { ...FixedMunicipality, args: { municipality: 'GM0147', lang: 'en' } };

export const FixedMunicipalityThemed: Story = { ...FixedMunicipality, args: { municipality: 'GM0147', themed: true, signUpHref: '/aanmelden' } };

export const FixedRegion: Story = {
  args: { region: 'AM18' },
  play: async ({ canvasElement }) => heading(await finder(canvasElement), 'Arbeidsmarktregio Groot Amsterdam'),
};

export const FixedRegionEnglish: Story = {
  args: { region: 'AM18', lang: 'en' },
  play: async ({ canvasElement }) => heading(await finder(canvasElement), 'Labour market region Groot Amsterdam'),
};

/** A typo in the markup: says what is wrong, offers the closest municipalities and the general contact. */
export const ErrorInvalidMunicipality: Story = {
  args: { municipality: 'Amsterdm' },
  play: async ({ canvasElement }) => heading(await finder(canvasElement), 'Gemeente niet gevonden'),
};

export const ErrorInvalidRegionEnglish: Story = {
  args: { region: 'AM99', lang: 'en' },
  play: async ({ canvasElement }) => heading(await finder(canvasElement), 'Region not found'),
};

/** `advisers-src` points at invalid data: the console says why, the visitor reads a neutral notice, and the built-in data keeps working. */
export const ErrorAdvisersSource: Story = {
  args: { advisersSrc: INVALID_ADVISERS },
  play: async ({ canvasElement }) => {
    const root = await finder(canvasElement);
    await waitFor(() => expect(root.querySelector('.notice[role="status"]')?.textContent).toContain('ingebouwde gegevens'));
    await pick(canvasElement, 'Borne', 'Borne');
  },
};

export const ErrorAdvisersSourceEnglish: Story = {
  args: { advisersSrc: INVALID_ADVISERS, lang: 'en', municipality: 'GM0147' },
  play: async ({ canvasElement }) => {
    const root = await finder(canvasElement);
    await waitFor(() => expect(root.querySelector('.notice[role="status"]')?.textContent).toContain('built-in data'));
  },
};

/** Replacement data from `advisers-src` (a file of the site's own): no example-data note. */
export const CustomAdvisers: Story = {
  args: { advisersSrc: CUSTOM_ADVISERS, municipality: 'Borne' },
  play: async ({ canvasElement }) => heading(await finder(canvasElement), 'Uw adviseurAnna Twentsche'),
};
