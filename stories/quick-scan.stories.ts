import { score, type Answers, type QuickScanContent, type ScanResult } from '@maatwerk/model';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import contentEnData from '../packages/model/data/content.en.json';
import contentNlData from '../packages/model/data/content.nl.json';
import '../packages/widgets/src/quick-scan/define.ts';
import type { MaatwerkQuickScan } from '../packages/widgets/src/quick-scan/quick-scan.ts';
import { ProgressStore } from '../packages/widgets/src/quick-scan/storage.ts';

const CONTENT = { nl: contentNlData as unknown as QuickScanContent, en: contentEnData as unknown as QuickScanContent };
const DOMAINS = ['armoede-schulden', 'werk-inkomen', 'sociale-inclusie-wmo'];

/** A plausible municipality: strong on commitment, weak on resources at board level, some "weet ik niet". */
const ANSWERS: Answers = Object.fromEntries(
  CONTENT.nl.statements
    .filter((statement) => DOMAINS.includes(statement.domain))
    .map((statement, index) => [statement.id, index % 8 === 5 ? null : statement.factor === 'betrokkenheid' ? 4 - (index % 2) : 1 + (index % 3)]),
);
const result = (lang: 'nl' | 'en'): ScanResult =>
  score(CONTENT[lang], ANSWERS, { domains: DOMAINS, municipality: { code: 'GM0147', name: 'Borne' }, completedAt: '2025-05-12T09:30:00.000Z' });

/** Content that fails validation (stories/public/data/): the error screen lists what is wrong, with the JSON path. */
const INVALID_CONTENT = '/data/ongeldige-vragen.json';

interface Args {
  lang: 'nl' | 'en';
  municipality: string;
  domains: string;
  contentSrc: string;
  noStorage: boolean;
  elementId: string;
  result: ScanResult | null;
  themed: boolean;
}

/** A municipal house style set through the public tokens (NL Design System names work too) and the parts. */
const THEME = html`<link rel="stylesheet" href="/huisstijl/quick-scan.css" />`;

function render(args: Args) {
  const element = html`<maatwerk-quick-scan
    id=${args.elementId || nothing}
    lang=${args.lang}
    municipality=${args.municipality || nothing}
    domains=${args.domains || nothing}
    content-src=${args.contentSrc || nothing}
    ?no-storage=${args.noStorage}
    .result=${args.result}
  ></maatwerk-quick-scan>`;
  return args.themed ? html`${THEME}<div class="gemeente-huisstijl">${element}</div>` : element;
}

const meta: Meta<Args> = {
  title: 'Widgets/Quick scan',
  component: 'maatwerk-quick-scan',
  render,
  // Stories keep nothing in localStorage (one story's progress would show up as another's resume prompt).
  args: { lang: 'nl', municipality: '', domains: '', contentSrc: '', noStorage: true, elementId: '', result: null, themed: false },
  argTypes: {
    lang: { control: 'inline-radio', options: ['nl', 'en'], description: 'Language (`lang` attribute); without it the page language, else Dutch.' },
    municipality: { control: 'text', description: 'CBS code or name (`municipality`), put in the result; an unknown one gives a note.' },
    domains: { control: 'text', description: 'Domain ids, comma or space separated (`domains`): limit and preselect the domain choice.' },
    contentSrc: { control: 'text', description: 'URL of alternative content JSON (`content-src`), validated before use.' },
    noStorage: { control: 'boolean', description: 'Keep nothing in localStorage (`no-storage`).' },
    elementId: { control: 'text', description: 'The element `id`: keeps the saved progress of two scans on one page apart.' },
    result: { control: 'object', description: 'The `result` property: set a `ScanResult` to show it; read it for the current result.' },
    themed: { control: 'boolean', description: 'Story only: wraps the scan in a municipal house style set through `--maatwerk-*` / `--utrecht-*` tokens and `::part`.' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The quick scan integrale aanpak laaggeletterdheid: intro, choice of policy domains, statements per domain and level, and a result with a summary and in-page links, the factor × level grid per domain (score and zwak / redelijk / sterk per cell, as in the report PDF) with its weakest link and coverage, the 10-month action plan by phase, and next steps. Content, scoring and advice come from `@maatwerk/model`; answers stay in the browser.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

async function scan(canvasElement: HTMLElement): Promise<ShadowRoot> {
  const element = canvasElement.querySelector('maatwerk-quick-scan') as MaatwerkQuickScan;
  await element.updateComplete;
  return element.shadowRoot!;
}

const heading = (root: ShadowRoot, text: string) => waitFor(() => expect(root.querySelector('h2')?.textContent?.trim()).toBe(text));

/** Clicks the button with this text once it is there. */
async function press(root: ShadowRoot, text: string) {
  let button: HTMLButtonElement | undefined;
  await waitFor(() => {
    button = [...root.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === text);
    expect(button).toBeTruthy();
  });
  await userEvent.click(button!);
}

const TEXT = {
  nl: { start: 'Start de scan', begin: 'Begin met de vragen', domains: 'Kies de beleidsdomeinen' },
  en: { start: 'Start the scan', begin: 'Start the questions', domains: 'Choose the policy domains' },
};

export const Intro: Story = {
  play: async ({ canvasElement }) => heading(await scan(canvasElement), CONTENT.nl.title),
};

export const IntroEnglish: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => heading(await scan(canvasElement), CONTENT.en.title),
};

export const IntroThemed: Story = { ...Intro, args: { themed: true, municipality: 'GM0147' } };

const domainChoice =
  (lang: 'nl' | 'en'): Story['play'] =>
  async ({ canvasElement }) => {
    const root = await scan(canvasElement);
    await press(root, TEXT[lang].start);
    await heading(root, TEXT[lang].domains);
  };

export const DomainChoice: Story = { play: domainChoice('nl') };

export const DomainChoiceEnglish: Story = { args: { lang: 'en' }, play: domainChoice('en') };

/** Nothing chosen: the error says what to do and is announced. */
export const DomainChoiceError: Story = {
  args: { domains: 'gezondheid' },
  play: async (context) => {
    await domainChoice('nl')!(context);
    const root = await scan(context.canvasElement);
    await userEvent.click(root.querySelector('input[type="checkbox"]')!);
    await press(root, TEXT.nl.begin);
    await waitFor(() => expect(root.querySelector('#domain-error')?.textContent).toBe('Kies minstens één beleidsdomein.'));
  },
};

const step =
  (lang: 'nl' | 'en'): Story['play'] =>
  async ({ canvasElement }) => {
    const root = await scan(canvasElement);
    await press(root, TEXT[lang].start);
    await press(root, TEXT[lang].begin);
    await waitFor(() => expect(root.querySelectorAll('input[type="radio"]').length).toBeGreaterThan(0));
    await userEvent.click(root.querySelectorAll<HTMLInputElement>('input[type="radio"]')[2]!);
    await expect(root.activeElement?.tagName).toBe('INPUT');
  };

export const Step: Story = { args: { domains: 'armoede-schulden' }, play: step('nl') };

export const StepEnglish: Story = { args: { domains: 'armoede-schulden', lang: 'en' }, play: step('en') };

export const StepThemed: Story = { args: { domains: 'armoede-schulden', themed: true }, play: step('nl') };

const showsResult =
  (text: string): Story['play'] =>
  async ({ canvasElement }) => {
    const root = await scan(canvasElement);
    await heading(root, text);
    // The result arrives in parts (progressive render): every grid, then the plan, then the next steps.
    await waitFor(() => expect(root.querySelectorAll('table.grid').length).toBe(DOMAINS.length));
    await waitFor(() => expect(root.querySelector('.next-steps')).not.toBeNull());
    root.querySelector('details')!.open = true;
  };

/** Prefilled through the `result` property: summary, grid per domain, weakest link, coverage, plan by phase, next steps. */
export const Result: Story = { args: { result: result('nl') }, play: showsResult('Uw resultaat') };

export const ResultEnglish: Story = { args: { result: result('en'), lang: 'en' }, play: showsResult('Your result') };

export const ResultThemed: Story = { args: { result: result('nl'), themed: true }, play: showsResult('Uw resultaat') };

/** `content-src` with invalid content: what is wrong (with JSON paths), and a way forward. */
export const ErrorContentSource: Story = {
  args: { contentSrc: INVALID_CONTENT },
  play: async ({ canvasElement }) => {
    const root = await scan(canvasElement);
    await heading(root, 'De vragen konden niet worden geladen');
    await expect(root.querySelector('code')?.textContent).toBeTruthy();
  },
};

export const ErrorContentSourceEnglish: Story = {
  args: { contentSrc: INVALID_CONTENT, lang: 'en' },
  play: async ({ canvasElement }) => heading(await scan(canvasElement), 'The questions could not be loaded'),
};

/** An unknown municipality and an unknown domain in the markup: clear notes, the scan stays usable. */
export const ErrorUnknownMunicipality: Story = {
  args: { municipality: 'Atlantis', domains: 'gezondheid ruimtevaart' },
  play: async ({ canvasElement }) => {
    const root = await scan(canvasElement);
    // The unknown municipality is the visitor's note; the unknown domain id is the webmaster's, in the console.
    await waitFor(() => expect(root.querySelectorAll('.note').length).toBe(1));
  },
};

export const ErrorUnknownMunicipalityEnglish: Story = { ...ErrorUnknownMunicipality, args: { ...ErrorUnknownMunicipality.args, lang: 'en' } };

const RESUME_ID = 'quick-scan-resume-story';
const resumeStory = (lang: 'nl' | 'en', text: string): Story => ({
  args: { noStorage: false, elementId: RESUME_ID, lang },
  beforeEach: () => {
    const store = new ProgressStore(CONTENT.nl, RESUME_ID);
    const answers = Object.fromEntries(Object.entries(ANSWERS).slice(0, 7));
    store.save({ domains: ['armoede-schulden'], answers, step: 2, view: 'step' });
    return () => store.remove();
  },
  play: async ({ canvasElement }) => heading(await scan(canvasElement), text),
});

/** Progress saved earlier in this browser: continue where you were, or start again. */
export const ResumePrompt: Story = resumeStory('nl', 'Verder waar u was?');

export const ResumePromptEnglish: Story = resumeStory('en', 'Continue where you left off?');
