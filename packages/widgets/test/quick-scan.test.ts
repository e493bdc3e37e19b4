import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { page, userEvent, type Locator } from 'vitest/browser';
import { score, type QuickScanContent, type ScanResult } from '@maatwerk/model';
import contentNlData from '@maatwerk/model/data/content.nl.json';
import '../src/adviseur-finder/define.ts';
import '../src/quick-scan/define.ts';
import '../src/sign-up/define.ts';
import type { ScanCompleteDetail, ScanStartDetail, ScanStepDetail } from '../src/events/quick-scan.ts';
import type { MaatwerkQuickScan } from '../src/quick-scan/quick-scan.ts';
import { nl } from '../src/quick-scan/locale.ts';
import { en } from '../src/quick-scan/locale.en.ts';
import { ProgressStore } from '../src/quick-scan/storage.ts';
import { cleanup, expectAccessible, failOnPageErrors, mount } from './harness.ts';

const content = contentNlData as unknown as QuickScanContent;
const TEXT = { nl, en };
const ONE_DOMAIN = 'armoede-schulden';
type Scope = Pick<Locator, 'getByRole'>;
const key = (elementId = '') => new ProgressStore(content, elementId).key;

failOnPageErrors();
beforeEach(() => {
  document.documentElement.removeAttribute('lang'); // the runner's page says "en"; start from no page language
  localStorage.clear();
});
afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
  localStorage.clear();
});

const scan = (attributes = '') => mount<MaatwerkQuickScan>(`<maatwerk-quick-scan ${attributes}></maatwerk-quick-scan>`);
const shadow = (element: MaatwerkQuickScan) => element.shadowRoot!;

/** The focused element, looking into shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function heading(name: string | RegExp) {
  const locator = page.getByRole('heading', { level: 2, name });
  await expect.element(locator).toBeVisible();
  return locator;
}

/** Waits for a new screen after a navigation: its heading shows, and focus moves there once it has painted. */
async function arrivedAt(name: string | RegExp) {
  await heading(name);
  await expect.poll(() => deepActive()?.tagName).toBe('H2');
}

/** Waits for the whole result screen: its heading, the ranking below it (a chunk of its own), and its last part, the next steps. */
async function resultScreen(lang: 'nl' | 'en' = 'nl') {
  await heading(TEXT[lang].resultHeading);
  await expect.element(page.getByRole('heading', { level: 3, name: TEXT[lang].ranking })).toBeVisible();
  await expect.element(page.getByRole('heading', { level: 3, name: TEXT[lang].nextHeading })).toBeVisible();
}

/** Answers every statement on the current step with the given option. */
async function answerStep(option: string, scope: Scope = page) {
  for (const group of await scope.getByRole('group').all()) await group.getByRole('radio', { name: option, exact: true }).click();
}

/** Intro -> domain choice (as preselected by the attributes) -> first step. */
async function begin(lang: 'nl' | 'en' = 'nl', scope: Scope = page) {
  await scope.getByRole('button', { name: TEXT[lang].start }).click();
  await scope.getByRole('button', { name: TEXT[lang].begin }).click();
}

/** Completes a started scan, answering every statement with `option`. */
async function finish(option: string, lang: 'nl' | 'en' = 'nl', scope: Scope = page) {
  for (;;) {
    await answerStep(option, scope);
    const last = scope.getByRole('button', { name: TEXT[lang].toResult });
    if (last.query()) return last.click();
    await scope.getByRole('button', { name: TEXT[lang].next, exact: true }).click();
  }
}

test('is accessible', async () => {
  const element = await scan();
  await heading(content.title);
  await expectAccessible(element);
});

describe.each(['nl', 'en'] as const)('every state is accessible in %s', (lang) => {
  const t = TEXT[lang];
  const withLang = (attributes = '') => scan(`lang="${lang}" ${attributes}`);

  test('intro', async () => {
    const element = await withLang();
    await heading(lang === 'nl' ? content.title : /Quick scan/);
    await expectAccessible(element);
  });

  test('domain choice, also with its error', async () => {
    const element = await withLang(`domains="${ONE_DOMAIN}"`);
    await page.getByRole('button', { name: t.start }).click();
    await heading(t.domainsHeading);
    await expectAccessible(element);
    await page.getByRole('checkbox').click(); // uncheck the only domain
    await page.getByRole('button', { name: t.begin }).click();
    await expect.element(page.getByText(t.domainsError, { exact: true }).first()).toBeVisible();
    await expect.element(page.getByRole('status')).toHaveTextContent(t.domainsError);
    await expectAccessible(element);
  });

  test('a statement step', async () => {
    const element = await withLang(`domains="${ONE_DOMAIN}"`);
    await begin(lang);
    await expect.element(page.getByText(t.stepOf(1, 3)).first()).toBeVisible();
    await answerStep(lang === 'nl' ? 'Klopt grotendeels' : 'Mostly true');
    await expectAccessible(element);
    await page.getByRole('button', { name: t.next, exact: true }).click();
    await page.getByRole('button', { name: t.next, exact: true }).click(); // the friendly warning on an empty step
    await expect.element(page.getByText(t.emptyStep).first()).toBeVisible();
    await expectAccessible(element);
  });

  test('result', async () => {
    const element = await withLang(`domains="${ONE_DOMAIN} gezondheid"`);
    await begin(lang);
    await finish(lang === 'nl' ? 'Klopt een beetje' : 'Slightly true', lang);
    await resultScreen(lang);
    for (const summary of shadow(element).querySelectorAll('details')) summary.open = true;
    await expectAccessible(element);
  });

  test('content-src error', async () => {
    const element = await withLang(`content-src="data:application/json,${encodeURIComponent('{"id":42}')}"`);
    await heading(t.errorHeading);
    await expectAccessible(element);
  });

  test('resume prompt', async () => {
    localStorage.setItem(key(), JSON.stringify({ domains: [ONE_DOMAIN], answers: {}, step: 1, view: 'step', savedAt: '2025-03-01T10:00:00Z' }));
    const element = await withLang();
    await heading(t.resumeHeading);
    await expectAccessible(element);
  });

  test('municipality not found, unknown domains', async () => {
    const element = await withLang('municipality="Atlantis" domains="armoede-schulden, ruimtevaart"');
    await expect.element(page.getByText(t.municipalityMissing('Atlantis', []))).toBeVisible();
    await expectAccessible(element);
  });
});

describe('flow', () => {
  test('can be completed with the keyboard alone (one domain)', async () => {
    const element = await scan();
    const completed = new Promise<ScanResult>((resolve) => element.addEventListener('maatwerk-scan-complete', (event) => resolve(event.detail.result)));
    const tabTo = async (name: string) => {
      for (let presses = 0; presses < 40; presses++) {
        await userEvent.keyboard('{Tab}');
        const active = deepActive() as HTMLInputElement | null;
        const label = active?.labels?.[0]?.textContent ?? active?.textContent ?? '';
        if (label.trim() === name) return active!;
      }
      throw new Error(`no focusable "${name}"`);
    };
    await tabTo(nl.start);
    await userEvent.keyboard('{Enter}');
    await arrivedAt(nl.domainsHeading);
    // Three domains are preselected: keep only "Armoede en schulden".
    await tabTo('Werk en inkomen');
    await userEvent.keyboard(' ');
    await tabTo('Sociale inclusie en Wmo');
    await userEvent.keyboard(' ');
    await tabTo(nl.begin);
    await userEvent.keyboard('{Enter}');
    for (let step = 1; step <= 3; step++) {
      await expect.element(page.getByText(nl.stepOf(step, 3)).first()).toBeVisible();
      await expect.poll(() => deepActive()?.textContent).toMatch(/^Armoede en schulden: /); // Tab goes on from the step's heading
      for (let statement = 0; statement < 3; statement++) {
        await userEvent.keyboard('{Tab}');
        expect((deepActive() as HTMLInputElement).type).toBe('radio');
        await userEvent.keyboard('{ArrowDown}'); // selects the second option: "Klopt een beetje"
      }
      await tabTo(step === 3 ? nl.toResult : nl.next);
      await userEvent.keyboard('{Enter}');
    }
    const result = await completed;
    expect(result.ranking).toEqual([ONE_DOMAIN]);
    expect(Object.values(result.answers)).toEqual(Array(9).fill(2));
    await resultScreen();
  });

  test('moves focus to the new heading on every navigation and announces the step', async () => {
    await scan(`domains="${ONE_DOMAIN}"`);
    // Focus moves once the new screen has painted: not in the task of the click.
    const focused = () => deepActive()?.textContent;
    await page.getByRole('button', { name: nl.start }).click();
    await expect.poll(focused).toBe(nl.domainsHeading);
    await page.getByRole('button', { name: nl.begin }).click();
    await expect.poll(focused).toBe('Armoede en schulden: Bestuur');
    expect(deepActive()?.tagName).toBe('H2');
    await expect.element(page.getByRole('status')).toHaveTextContent(nl.stepOf(1, 3));
    await answerStep('Klopt niet');
    await page.getByRole('button', { name: nl.next, exact: true }).click();
    await expect.poll(focused).toBe('Armoede en schulden: Beleid');
    await expect.element(page.getByRole('progressbar', { name: nl.stepOf(2, 3) })).toBeVisible();
    await page.getByRole('button', { name: nl.back }).click();
    await expect.poll(focused).toBe('Armoede en schulden: Bestuur');
  });

  test('moves to the next screen in a task after the click, once for a double click', async () => {
    const element = await scan(`domains="${ONE_DOMAIN}"`);
    await begin();
    await arrivedAt('Armoede en schulden: Bestuur');
    await answerStep('Klopt niet');
    const next = [...shadow(element).querySelectorAll('button')].find((button) => button.textContent === nl.next)!;
    next.click();
    next.click();
    // The click's own task leaves the screen as it was: the new one renders (and is laid out) in a task of its own.
    expect(shadow(element).querySelector('h2')!.textContent).toBe('Armoede en schulden: Bestuur');
    // A second move would have run before the focus moved (it waits for a paint): step 2 it is.
    await arrivedAt('Armoede en schulden: Beleid');
    await expect.element(page.getByText(nl.stepOf(2, 3)).first()).toBeVisible();
  });

  test('keeps answers through back and next', async () => {
    await scan(`domains="${ONE_DOMAIN}"`);
    await begin();
    await answerStep('Klopt helemaal');
    await page.getByRole('button', { name: nl.next, exact: true }).click();
    await page.getByRole('radio', { name: 'Weet ik niet' }).first().click();
    await page.getByRole('button', { name: nl.back }).click();
    for (const radio of await page.getByRole('radio', { name: 'Klopt helemaal' }).all()) await expect.element(radio).toBeChecked();
    await page.getByRole('button', { name: nl.back }).click(); // to the domain choice and forward again
    await page.getByRole('button', { name: nl.begin }).click();
    await page.getByRole('button', { name: nl.next, exact: true }).click();
    await expect.element(page.getByRole('radio', { name: 'Weet ik niet' }).first()).toBeChecked();
  });

  test('warns once, kindly, on an empty step and then lets the user skip it', async () => {
    await scan(`domains="${ONE_DOMAIN}"`);
    await begin();
    await page.getByRole('button', { name: nl.next, exact: true }).click();
    await expect.element(page.getByText(nl.emptyStep).first()).toBeVisible();
    await expect.element(page.getByText(nl.stepOf(1, 3)).first()).toBeVisible();
    await page.getByRole('button', { name: nl.next, exact: true }).click();
    await expect.element(page.getByText(nl.stepOf(2, 3)).first()).toBeVisible();
  });

  test('fires start, step and complete events that bubble out of the shadow root', async () => {
    const events: CustomEvent[] = [];
    for (const type of ['maatwerk-scan-start', 'maatwerk-scan-step', 'maatwerk-scan-complete'] as const) {
      document.addEventListener(type, (event) => events.push(event as CustomEvent));
    }
    const element = await scan(`domains="${ONE_DOMAIN}"`);
    // The page hears of the result once the result's first screen shows and has focus.
    let focusedAtComplete: string | undefined;
    element.addEventListener('maatwerk-scan-complete', () => (focusedAtComplete = shadow(element).activeElement?.textContent ?? ''));
    await begin();
    await finish('Klopt grotendeels');
    await resultScreen();
    expect(focusedAtComplete).toBe(nl.resultHeading);
    expect(events.map((event) => [event.type, event.bubbles, event.composed])).toEqual([
      ['maatwerk-scan-start', true, true],
      ['maatwerk-scan-step', true, true],
      ['maatwerk-scan-step', true, true],
      ['maatwerk-scan-step', true, true],
      ['maatwerk-scan-complete', true, true],
    ]);
    expect(events[0]!.detail as ScanStartDetail).toEqual({ content: { id: content.id, version: content.version }, domains: [ONE_DOMAIN] });
    expect(events.slice(1, 4).map((event) => event.detail as ScanStepDetail)).toEqual(
      ['bestuur', 'beleid', 'uitvoering'].map((level, index) => ({ step: index + 1, total: 3, domain: ONE_DOMAIN, level })),
    );
    expect((events[4]!.detail as ScanCompleteDetail).result).toBe(element.result);
  });

  test('shows the result of the model\'s score() for the same answers, with its weakest link, coverage and plan', async () => {
    const element = await scan(`domains="${ONE_DOMAIN} gezondheid"`);
    await begin();
    // Bestuur step: mixed answers, including "weet ik niet".
    const radios = (name: string) => page.getByRole('radio', { name, exact: true });
    await radios('Klopt helemaal').nth(0).click();
    await radios('Klopt niet').nth(1).click();
    await radios('Weet ik niet').nth(2).click();
    await page.getByRole('button', { name: nl.next, exact: true }).click();
    await finish('Klopt grotendeels');
    await resultScreen();
    const result = element.result!;
    const { completedAt } = result;
    expect(completedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(result).toEqual(score(content, result.answers, { domains: [ONE_DOMAIN, 'gezondheid'], completedAt: completedAt! }));
    expect(Object.keys(result.answers)).toHaveLength(18);
    await expect.element(page.getByText('Zwakste schakel: middelen op bestuursniveau (0 van 100).').first()).toBeVisible();
    await expect.element(page.getByText(/17 van de 18 stellingen een antwoord\. 1 keer koos u "weet ik niet"/)).toBeVisible();
    await expect.element(page.getByRole('heading', { level: 3, name: nl.planHeading(10) })).toBeVisible();
    // The plan by phase, each a disclosure named after its phase; the first is open.
    expect([...shadow(element).querySelectorAll('details')].map((phase) => phase.open)).toEqual([true, false, false]);
    await expect.element(page.getByText(/^Start: maand 1 tot en met 3$/)).toBeVisible();
    const firstAction = shadow(element).querySelector('details[open] h4')!;
    expect(firstAction.checkVisibility()).toBe(true);
    expect(shadow(element).querySelector('details:not([open]) h4')!.checkVisibility()).toBe(false);
    // The 3x3 picture of each domain, a data table.
    const table = page.getByRole('table', { name: nl.gridCaption(result.domains[0]!.domain === ONE_DOMAIN ? 'Armoede en schulden' : 'Gezondheid') });
    await expect.element(table).toBeVisible();
    await expect.element(table.getByRole('columnheader', { name: 'Middelen' })).toBeVisible();
    await expect.element(table.getByRole('rowheader', { name: 'Bestuur' })).toBeVisible();
  });
});

describe('saved progress', () => {
  test('offers to continue where the user was, and continues', async () => {
    await scan(`domains="${ONE_DOMAIN}"`);
    await begin();
    await answerStep('Klopt helemaal');
    await page.getByRole('button', { name: nl.next, exact: true }).click();
    await expect.poll(() => JSON.parse(localStorage.getItem(key()) ?? '{}')).toMatchObject({ domains: [ONE_DOMAIN], step: 1, view: 'step' });
    cleanup();
    await scan();
    await heading(nl.resumeHeading);
    await expect.element(page.getByText(/3 antwoorden, bewaard op/)).toBeVisible();
    await page.getByRole('button', { name: nl.resume }).click();
    await arrivedAt('Armoede en schulden: Beleid');
    await page.getByRole('button', { name: nl.back }).click();
    for (const radio of await page.getByRole('radio', { name: 'Klopt helemaal' }).all()) await expect.element(radio).toBeChecked();
  });

  test('starts fresh on request', async () => {
    localStorage.setItem(key(), JSON.stringify({ domains: [ONE_DOMAIN], answers: {}, step: 0, view: 'step', savedAt: 'x' }));
    await scan();
    await page.getByRole('button', { name: nl.startFresh }).click();
    await heading(content.title);
    expect(localStorage.getItem(key())).toBeNull();
  });

  test('corrupted saved data gives a message and a fresh start', async () => {
    localStorage.setItem(key(), '{"domains": ["armoede-schulden"], "answers": {"nope": 7}');
    await scan();
    await heading(content.title);
    await expect.element(page.getByText(nl.storageCorrupt)).toBeVisible();
    expect(localStorage.getItem(key())).toBeNull();
    localStorage.setItem(key(), JSON.stringify({ domains: ['armoede-schulden'], answers: { nope: 7 }, step: 0, view: 'step', savedAt: 'x' }));
    cleanup();
    await scan();
    await expect.element(page.getByText(nl.storageCorrupt)).toBeVisible();
  });

  test('a content version change gives a message and a fresh start', async () => {
    const old = new ProgressStore({ ...content, version: '0.9.0' }, '').key;
    localStorage.setItem(old, JSON.stringify({ domains: [ONE_DOMAIN], answers: {}, step: 0, view: 'step', savedAt: 'x' }));
    await scan();
    await expect.element(page.getByText(nl.storageVersion)).toBeVisible();
    expect(localStorage.getItem(old)).toBeNull();
  });

  test('no-storage writes nothing and offers no resume', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const getItem = vi.spyOn(Storage.prototype, 'getItem');
    await scan(`no-storage domains="${ONE_DOMAIN}"`);
    await expect.element(page.getByText(nl.storageOff)).toBeVisible();
    await begin();
    await finish('Klopt niet');
    await resultScreen();
    expect(setItem).not.toHaveBeenCalled();
    expect(getItem).not.toHaveBeenCalled();
    expect(localStorage.length).toBe(0);
    expect(page.getByRole('button', { name: nl.forget }).query()).toBeNull();
  });

  test('works when storage throws (private mode, blocked storage)', async () => {
    for (const method of ['getItem', 'setItem', 'removeItem', 'key'] as const) {
      vi.spyOn(Storage.prototype, method).mockImplementation(() => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      });
    }
    await scan(`domains="${ONE_DOMAIN}"`);
    await begin();
    await finish('Klopt niet');
    await resultScreen();
  });

  test('"Vergeet mijn antwoorden" clears storage and stops saving', async () => {
    await scan(`domains="${ONE_DOMAIN}"`);
    await begin();
    await answerStep('Klopt niet');
    expect(localStorage.getItem(key())).not.toBeNull();
    await page.getByRole('button', { name: nl.forget }).click();
    expect(localStorage.getItem(key())).toBeNull();
    await expect.element(page.getByRole('status')).toHaveTextContent(nl.forgotten);
    await page.getByRole('radio', { name: 'Klopt helemaal' }).first().click();
    expect(localStorage.length).toBe(0);
  });
});

describe('configuration', () => {
  test('loads valid content from content-src (credentials omitted)', async () => {
    const custom = { ...content, id: 'eigen-scan', title: 'Eigen scan van de gemeente' };
    const fetch = vi.spyOn(globalThis, 'fetch');
    await scan(`content-src="data:application/json,${encodeURIComponent(JSON.stringify(custom))}"`);
    await heading('Eigen scan van de gemeente');
    expect(fetch.mock.calls[0]![1]).toMatchObject({ credentials: 'omit' });
  });

  test('lists what is wrong with invalid content and offers the built-in content', async () => {
    const broken = { ...content, domains: [{ ...content.domains[0], id: 'armoede-schulden' }, { ...content.domains[1], name: 5 }] };
    const element = await scan(`content-src="data:application/json,${encodeURIComponent(JSON.stringify(broken))}"`);
    await heading(nl.errorHeading);
    await expect.element(page.getByText('domains[1].name')).toBeVisible();
    await expect.element(page.getByRole('status')).toHaveTextContent(nl.errorHeading);
    await page.getByRole('button', { name: nl.useBuiltIn }).click();
    await heading(content.title);
    await expect.poll(() => deepActive()?.textContent).toBe(content.title);
    expect(element.contentSrc).toContain('data:');
  });

  test.each([
    ['unreachable', () => Promise.reject(new TypeError('Failed to fetch')), nl.errorNetwork('https://example.org/vragen.json')],
    ['HTTP error', () => Promise.resolve(new Response('weg', { status: 404 })), nl.errorHttp('https://example.org/vragen.json', 404)],
    ['not JSON', () => Promise.resolve(new Response('<html>')), nl.errorJson('https://example.org/vragen.json')],
  ])('content-src %s gives a clear error', async (_name, response, message) => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(response);
    await scan('content-src="https://example.org/vragen.json"');
    await heading(nl.errorHeading);
    await expect.element(page.getByText(message)).toBeVisible();
  });

  test('takes the language from <html lang>', async () => {
    document.documentElement.lang = 'en-GB';
    await scan(`domains="${ONE_DOMAIN}"`);
    await heading('Quick scan: integrated approach to low literacy');
    await begin('en');
    await expect.element(page.getByRole('radio', { name: "Don't know" }).first()).toBeVisible();
  });

  test('follows a change of <html lang> at run time', async () => {
    document.documentElement.lang = 'nl';
    await scan();
    await heading(content.title);
    document.documentElement.lang = 'en';
    await heading('Quick scan: integrated approach to low literacy');
    await expect.element(page.getByRole('button', { name: en.start })).toBeVisible();
    document.documentElement.lang = 'nl';
    await heading(content.title);
  });

  test('finds the language across a shadow root (a scan inside a host page component)', async () => {
    const outer = await mount<HTMLElement>('<div lang="en"></div>');
    const inner = document.createElement('div');
    outer.append(inner);
    inner.attachShadow({ mode: 'open' }).innerHTML = '<maatwerk-quick-scan></maatwerk-quick-scan>';
    await heading('Quick scan: integrated approach to low literacy');
  });

  test('municipality by code ends up in the result; the adviser of its region is shown', async () => {
    const element = await scan(`municipality="GM0363" domains="${ONE_DOMAIN}"`);
    await expect.element(page.getByText('Gemeente: Amsterdam')).toBeVisible();
    await begin();
    await finish('Klopt niet');
    await resultScreen();
    expect(element.result!.municipality).toEqual({ code: 'GM0363', name: 'Amsterdam' });
    await expect.element(page.getByRole('link', { name: /@example\.org$/ })).toBeVisible();
    // Without an adviser finder on the page, writing to the adviser is the primary action.
    const mail = page.getByRole('link', { name: nl.mailAdviser });
    await expect.element(mail).toHaveAttribute('href', expect.stringMatching(/^mailto:.+@example\.org$/));
    await expect.element(mail).toHaveClass('button');
  });

  test('a municipality can be chosen on the result screen', async () => {
    const element = await scan(`domains="${ONE_DOMAIN}"`);
    await begin();
    await finish('Klopt niet');
    await page.getByRole('textbox', { name: nl.municipalityLabel }).fill('Atlantis');
    await page.getByRole('button', { name: nl.chooseMunicipality }).click();
    await expect.element(page.getByText(/We vinden geen gemeente "Atlantis"/).first()).toBeVisible();
    await expect.element(page.getByRole('textbox', { name: nl.municipalityLabel })).toHaveAttribute('aria-invalid', 'true');
    await page.getByRole('textbox', { name: nl.municipalityLabel }).fill("Den Haag");
    await page.getByRole('button', { name: nl.chooseMunicipality }).click();
    await expect.poll(() => element.result!.municipality).toEqual({ code: 'GM0518', name: "'s-Gravenhage" });
  });

  test('domains limits the choice; unknown ids are skipped (the console names them, not the page)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await scan('domains="gezondheid,ruimtevaart inburgering"');
    await expect.poll(() => warn.mock.calls.length).toBe(1);
    expect(String(warn.mock.calls[0]![0])).toContain('skips ruimtevaart');
    expect(shadow(element).textContent).not.toContain('ruimtevaart');
    await page.getByRole('button', { name: nl.start }).click();
    const boxes = await page.getByRole('checkbox').all();
    expect(boxes).toHaveLength(2);
    for (const box of boxes) await expect.element(box).toBeChecked();
  });

  test('a result set as a property is shown; an invalid one gives a note', async () => {
    const element = await scan();
    element.result = { nonsense: true } as unknown as ScanResult;
    await expect.element(page.getByText(nl.invalidResult)).toBeVisible();
    const given = score(content, { 'gezondheid-bestuur-middelen': 4 }, { domains: ['gezondheid'], municipality: { code: 'GM0344', name: 'Utrecht' } });
    element.result = given;
    await resultScreen();
    await expect.element(page.getByText('Gemeente: Utrecht')).toBeVisible();
    expect(element.result).toEqual(given);
  });
});

describe('next steps on the result', () => {
  /** A finished scan for Amsterdam, set through the `result` property (the flow itself is tested above). */
  async function result() {
    const element = await scan();
    const answers = Object.fromEntries(content.statements.filter((statement) => statement.domain === ONE_DOMAIN).map((statement) => [statement.id, 2]));
    element.result = score(content, answers, { domains: [ONE_DOMAIN], municipality: { code: 'GM0363', name: 'Amsterdam' }, completedAt: '2025-05-12T09:30:00.000Z' });
    await resultScreen();
    return element;
  }

  test('hands the municipality to an adviser finder and the result to a sign-up form on the page; focus lands on their headings', async () => {
    const element = await result();
    const finder = document.createElement('maatwerk-adviseur-finder');
    const signUp = document.createElement('maatwerk-sign-up') as HTMLElement & { result?: ScanResult };
    document.body.append(finder, signUp);
    element.requestUpdate();
    await page.getByRole('button', { name: nl.findAdviser }).click();
    expect(finder.getAttribute('municipality')).toBe('GM0363');
    // Not the host element: the finder's result heading, once the card for the scan's municipality shows.
    await expect.poll(() => deepActive()?.id).toBe('result-heading');
    expect(deepActive()?.textContent).toBe('Amsterdam');
    expect(deepActive()?.getRootNode()).toBe(finder.shadowRoot);
    await page.getByRole('button', { name: nl.signUp }).click();
    // The form offers the scan's result (it reads the scan's `result`).
    await expect.element(page.getByRole('checkbox', { name: /quick ?scan/i })).toBeVisible();
    expect(deepActive()?.id).toBe('form-heading');
    expect(deepActive()?.getRootNode()).toBe(signUp.shadowRoot);
    // Again, with the card already there; then the finder's own sign-up button leads to the form's heading too.
    await page.getByRole('button', { name: nl.findAdviser }).click();
    await expect.poll(() => deepActive()?.id).toBe('result-heading');
    await page.getByRole('button', { name: 'Aanmelden voor het Maatwerktraject' }).click();
    await expect.poll(() => deepActive()?.id).toBe('form-heading');
  });

  test('finds the finder and the form side by side in a host component\'s shadow root', async () => {
    document.body.innerHTML = '<section id="host-component"></section>';
    const root = document.querySelector('#host-component')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<maatwerk-quick-scan no-storage></maatwerk-quick-scan><maatwerk-adviseur-finder></maatwerk-adviseur-finder><maatwerk-sign-up></maatwerk-sign-up>';
    const [element, finder, signUp] = [...root.children] as [MaatwerkQuickScan, HTMLElement, HTMLElement];
    const answers = Object.fromEntries(content.statements.filter((statement) => statement.domain === ONE_DOMAIN).map((statement) => [statement.id, 2]));
    element.result = score(content, answers, { domains: [ONE_DOMAIN], municipality: { code: 'GM0363', name: 'Amsterdam' } });
    await page.getByRole('button', { name: nl.findAdviser }).click();
    expect(finder.getAttribute('municipality')).toBe('GM0363');
    await expect.poll(() => deepActive()?.getRootNode()).toBe(finder.shadowRoot);
    await page.getByRole('button', { name: nl.signUp }).click();
    // The form found the scan in their shared root, and offers its result.
    await expect.element(page.getByRole('checkbox', { name: /quick ?scan/i })).toBeVisible();
    expect(deepActive()?.getRootNode()).toBe(signUp.shadowRoot);
    // The finder's own call to action finds the form in the same root too.
    (deepActive() as HTMLElement).blur();
    expect(deepActive()?.id).not.toBe('form-heading');
    await page.getByRole('button', { name: 'Aanmelden voor het Maatwerktraject' }).click();
    await expect.poll(() => deepActive()?.id).toBe('form-heading');
    await expectAccessible(root.host);
  });

  test('downloads the result as JSON named after municipality and date', async () => {
    const element = await result();
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => ((blob = object as Blob), 'blob:test'));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe(`quickscan-amsterdam-${element.result!.completedAt!.slice(0, 10)}.json`);
      expect(this.href).toBe('blob:test');
    });
    await page.getByRole('button', { name: nl.download }).click();
    expect(click).toHaveBeenCalledOnce();
    expect(JSON.parse(await blob!.text())).toEqual(element.result);
  });

  test('prints', async () => {
    await result();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await page.getByRole('button', { name: nl.print }).click();
    expect(print).toHaveBeenCalledOnce();
  });

  test('starts over after confirmation', async () => {
    const element = await result();
    await page.getByRole('button', { name: nl.restart }).click();
    await expect.element(page.getByRole('group', { name: nl.confirmRestart })).toBeVisible();
    expect(deepActive()?.textContent).toBe(nl.confirmYes);
    await page.getByRole('button', { name: nl.confirmNo }).click();
    expect(element.result).not.toBeNull();
    await page.getByRole('button', { name: nl.restart }).click();
    await page.getByRole('button', { name: nl.confirmYes }).click();
    await heading(content.title);
    expect(element.result).toBeNull();
    expect(localStorage.length).toBe(0);
  });
});

describe('layout and isolation', () => {
  test('has no horizontal overflow at 320px wide', async () => {
    await page.viewport(320, 800);
    const element = await scan(`municipality="GM0363" domains="${ONE_DOMAIN} dienstverlening-communicatie"`);
    const base = shadow(element).querySelector('.base')!;
    const fits = () => {
      expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    };
    await heading(content.title);
    fits();
    await begin();
    fits();
    await finish('Klopt grotendeels');
    await resultScreen();
    for (const details of shadow(element).querySelectorAll('details')) details.open = true;
    fits();
  });

  test('two scans on one page work independently', async () => {
    document.body.innerHTML = `
      <maatwerk-quick-scan id="eerste" domains="${ONE_DOMAIN}"></maatwerk-quick-scan>
      <maatwerk-quick-scan id="tweede" domains="gezondheid"></maatwerk-quick-scan>`;
    const [first, second] = [...document.querySelectorAll('maatwerk-quick-scan')];
    const [one, two] = [page.elementLocator(first!), page.elementLocator(second!)];
    await begin('nl', one);
    await answerStep('Klopt helemaal', one);
    await begin('nl', two);
    await expect.element(two.getByRole('heading', { name: 'Gezondheid: Bestuur' })).toBeVisible();
    await expect.element(one.getByRole('heading', { name: 'Armoede en schulden: Bestuur' })).toBeVisible();
    for (const radio of await two.getByRole('radio').all()) await expect.element(radio).not.toBeChecked();
    expect(JSON.parse(localStorage.getItem(key('eerste'))!).answers).toHaveProperty('armoede-schulden-bestuur-betrokkenheid', 4);
    expect(JSON.parse(localStorage.getItem(key('tweede'))!).answers).toEqual({});
  });
});
