import type { Advisers, Geography, Lang } from '@maatwerk/model';
import advisersData from '@maatwerk/model/data/advisers.json';
import geographyData from '@maatwerk/model/data/municipalities.json';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../src/adviseur-finder/define.ts';
import type { MaatwerkAdviseurFinder } from '../src/adviseur-finder/adviseur-finder.ts';
import type { AdviserFoundDetail, AdviserNotFoundDetail } from '../src/events/adviseur-finder.ts';
import { cleanup, expectAccessible, failOnPageErrors, mount } from './harness.ts';

const geography = geographyData as unknown as Geography;
const advisers = advisersData as unknown as Advisers;

const TEXT = {
  nl: { field: 'Uw gemeente', noMatch: 'Geen gemeente gevonden', cta: 'Aanmelden voor het Maatwerktraject', adviser: 'Uw adviseur', region: 'Arbeidsmarktregio' },
  en: { field: 'Your municipality', noMatch: 'No municipality found', cta: 'Sign up for the Maatwerktraject', adviser: 'Your adviser', region: 'Labour market region' },
} as const;

failOnPageErrors();
beforeEach(() => {
  document.documentElement.lang = 'nl';
});
afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
});

const finder = (attributes = '') => mount<MaatwerkAdviseurFinder>(`<maatwerk-adviseur-finder ${attributes}></maatwerk-adviseur-finder>`);
const field = (lang: Lang = 'nl') => page.getByRole('combobox', { name: TEXT[lang].field });
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const optionFor = (name: string) => page.getByRole('option', { name: new RegExp(`^${escape(name)},`) });
const heading = (name: string | RegExp) => page.getByRole('heading', { name, level: 2 });

function adviserOf(code: string) {
  const municipality = geography.municipalities.find((m) => m.code === code)!;
  const region = geography.regions.find((r) => r.code === municipality.region)!;
  return { municipality, region, adviser: advisers.advisers.find((a) => a.region === region.code)! };
}

async function typeAndPick(text: string, name: string, lang: Lang = 'nl') {
  await userEvent.fill(field(lang), text);
  await userEvent.click(optionFor(name));
}

/** The focused element, looking into shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function expectFocus(locator: ReturnType<typeof page.getByRole>) {
  await expect.poll(() => focused()).toBe(locator.element());
}

/** Every box in the finder's (and the typeahead's) shadow tree stays inside `width` pixels. */
function widestRight(element: Element): number {
  let right = 0;
  const walk = (root: ParentNode) => {
    for (const node of root.querySelectorAll('*')) {
      right = Math.max(right, node.getBoundingClientRect().right);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(element.shadowRoot!);
  return right;
}


function stubFetch(respond: () => Promise<Response>) {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(() => respond());
}

describe('<maatwerk-adviseur-finder>', () => {
  for (const lang of ['nl', 'en'] as const) {
    describe(`is accessible in every state (${lang})`, () => {
      test('empty', async () => {
        await finder(`lang="${lang}"`);
        await expect.element(field(lang)).toBeVisible();
        await expectAccessible();
      });

      test('suggestions open, with an active option', async () => {
        await finder(`lang="${lang}"`);
        await userEvent.click(field(lang));
        await userEvent.keyboard('gr');
        await expect.element(page.getByRole('option').first()).toBeVisible();
        await userEvent.keyboard('{ArrowDown}');
        await expectAccessible();
      });

      test('result', async () => {
        await finder(`lang="${lang}"`);
        await typeAndPick('Weesp', 'Amsterdam', lang);
        await expect.element(heading('Amsterdam')).toBeVisible();
        await expectAccessible();
      });

      test('no match', async () => {
        await finder(`lang="${lang}"`);
        await userEvent.fill(field(lang), 'qqqq');
        await expect.element(heading(TEXT[lang].noMatch)).toBeVisible();
        await expectAccessible();
        await userEvent.fill(field(lang), 'bergen');
        await userEvent.keyboard('{Enter}');
        await expect.element(page.getByRole('button', { name: 'Bergen (NH.), Noord-Holland' })).toBeVisible();
        await expectAccessible();
      });

      test('fixed municipality and fixed region', async () => {
        await finder(`lang="${lang}" municipality="GM0147"`);
        await expect.element(heading('Borne')).toBeVisible();
        await expectAccessible();
        cleanup();
        await finder(`lang="${lang}" region="AM18"`);
        await expect.element(heading(`${TEXT[lang].region} Groot Amsterdam`)).toBeVisible();
        await expectAccessible();
      });

      test('error: invalid fixed value', async () => {
        await finder(`lang="${lang}" municipality="Amsterdm"`);
        await expect.element(page.getByRole('button', { name: 'Amsterdam, Noord-Holland' })).toBeVisible();
        await expectAccessible();
        cleanup();
        await finder(`lang="${lang}" region="AM99"`);
        await expect.element(page.getByText('region="AM99"', { exact: false })).toBeVisible();
        await expectAccessible();
      });

      test('error: advisers-src unusable', async () => {
        stubFetch(async () => new Response('nope', { status: 404 }));
        vi.spyOn(console, 'warn').mockImplementation(() => undefined);
        await finder(`lang="${lang}" advisers-src="https://example.org/advisers.json"`);
        await expect.element(page.getByRole('status').filter({ hasText: lang === 'nl' ? 'ingebouwde gegevens' : 'built-in data' })).toBeVisible();
        await typeAndPick('Borne', 'Borne', lang);
        await expect.element(heading('Borne')).toBeVisible();
        await expectAccessible();
      });
    });
  }

  test('search mode: a labelled WAI-ARIA combobox, no card until something is picked', async () => {
    const element = await finder();
    const input = field().element();
    expect(input.getAttribute('aria-autocomplete')).toBe('list');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(element.shadowRoot!.querySelector('[part~="card"]')).toBeNull();
  });

  test('keyboard: type, ArrowDown twice, Enter picks the second suggestion and shows its card', async () => {
    await finder();
    await userEvent.click(field());
    await userEvent.keyboard('ber');
    await expect.element(page.getByText('8 suggesties beschikbaar')).toBeInTheDocument();
    expect(page.getByText('8 suggesties beschikbaar').element().closest('[role="status"]')).not.toBeNull();
    const options = page.getByRole('option');
    await expect.element(options.nth(1)).toBeVisible();
    const second = options.nth(1).element();
    const name = second.getAttribute('aria-label')!.split(',')[0]!;
    await userEvent.keyboard('{ArrowDown}');
    expect(field().element().getAttribute('aria-activedescendant')).toBe(options.nth(0).element().id);
    await userEvent.keyboard('{ArrowDown}');
    expect(field().element().getAttribute('aria-activedescendant')).toBe(second.id);
    await userEvent.keyboard('{Enter}');
    await expect.element(heading(name)).toBeVisible();
    expect((field().element() as HTMLInputElement).value).toBe(name);
    await expectFocus(field());
  });

  test('keyboard: Escape closes the list, a second Escape clears the field and the card', async () => {
    const element = await finder();
    await userEvent.click(field());
    await userEvent.keyboard('zwol');
    await expect.element(field()).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{Escape}');
    await expect.element(field()).toHaveAttribute('aria-expanded', 'false');
    expect((field().element() as HTMLInputElement).value).toBe('zwol');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await expect.element(heading('Zwolle')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    expect((field().element() as HTMLInputElement).value).toBe('');
    await expect.poll(() => element.shadowRoot!.querySelector('[part~="card"]')).toBeNull();
  });

  test('keyboard: Tab leaves the field (without picking) to the next control', async () => {
    await finder();
    await typeAndPick('GM0344', 'Utrecht');
    await userEvent.click(field());
    await userEvent.keyboard('{Tab}');
    await expectFocus(page.getByRole('link', { name: adviserOf('GM0344').adviser.email }));
    await userEvent.click(field());
    await userEvent.keyboard('{Control>}a{/Control}ber{ArrowDown}{Tab}');
    await expect.element(heading('Utrecht')).not.toBeInTheDocument();
    expect((field().element() as HTMLInputElement).value).toBe('ber');
  });

  test('finds names regardless of accents, case, spacing and small typos; notes a former municipality', async () => {
    await finder();
    await typeAndPick('sudwest fryslan', 'Súdwest-Fryslân');
    await expect.element(heading('Súdwest-Fryslân')).toBeVisible();
    await typeAndPick('den bosch', "'s-Hertogenbosch");
    await expect.element(heading("'s-Hertogenbosch")).toBeVisible();
    await expect.element(page.getByText(`${TEXT.nl.region} Noordoost-Brabant`)).toBeVisible();
    await typeAndPick('amsterdm', 'Amsterdam');
    await expect.element(heading('Amsterdam')).toBeVisible();
    await expect.element(page.getByText('Weesp is per 24 maart 2022 opgegaan in Amsterdam.')).not.toBeInTheDocument();
    await userEvent.fill(field(), 'Weesp');
    await expect.element(page.getByRole('option', { name: 'Amsterdam, voorheen Weesp, Noord-Holland' })).toBeVisible();
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await expect.element(page.getByText('Weesp is per 24 maart 2022 opgegaan in Amsterdam.')).toBeVisible();
  });

  test('the former-municipality note in English', async () => {
    await finder('lang="en"');
    await typeAndPick('weesp', 'Amsterdam', 'en');
    await expect.element(page.getByText('Weesp merged into Amsterdam on 24 March 2022.')).toBeVisible();
  });

  test('a sample of 20 municipalities across the list: typed, picked, card with the right region and adviser', async () => {
    const list = geography.municipalities;
    const step = Math.floor(list.length / 20);
    const sample = Array.from({ length: 20 }, (_, index) => list[index * step + 3]!);
    await finder();
    for (const municipality of sample) {
      const { region, adviser } = adviserOf(municipality.code);
      await typeAndPick(municipality.name, municipality.name);
      await expect.element(heading(municipality.name)).toBeVisible();
      await expect.element(page.getByText(`${TEXT.nl.region} ${region.name}`)).toBeVisible();
      await expect.element(page.getByRole('heading', { name: `${TEXT.nl.adviser} ${adviser.name}`, level: 3 })).toBeVisible();
      await expect.element(page.getByRole('link', { name: adviser.email })).toHaveAttribute('href', `mailto:${adviser.email}`);
    }
    // Twenty searches in a row: the default 15 s per test assumes an idle machine.
  }, 120_000);

  test('the card: role, working e-mail and phone links, and the example-data note', async () => {
    await finder();
    await typeAndPick('GM0014', 'Groningen');
    const { adviser } = adviserOf('GM0014');
    await expect.element(page.getByText(adviser.role)).toBeVisible();
    await expect.element(page.getByRole('link', { name: adviser.email })).toHaveAttribute('href', `mailto:${adviser.email}`);
    await expect.element(page.getByRole('link', { name: adviser.phone! })).toHaveAttribute('href', `tel:${adviser.phone!.replace(/\s/g, '')}`);
    await expect.element(page.getByText('Voorbeeldgegevens', { exact: false })).toBeVisible();
  });

  test('no match: a friendly message, the closest municipalities (clickable) and the general contact', async () => {
    const element = await finder();
    await userEvent.fill(field(), 'xyzzy');
    await expect.element(heading(TEXT.nl.noMatch)).toBeVisible();
    await expect.element(page.getByRole('link', { name: advisers.general.email })).toHaveAttribute('href', `mailto:${advisers.general.email}`);
    await userEvent.fill(field(), 'Amstelxyz');
    await expect.element(page.getByRole('button', { name: 'Amstelveen, Noord-Holland' })).toBeVisible();
    await userEvent.click(page.getByRole('button', { name: 'Amstelveen, Noord-Holland' }));
    await expectFocus(heading('Amstelveen'));
    expect((field().element() as HTMLInputElement).value).toBe('Amstelveen');
    expect(element.shadowRoot!.querySelector('[part~="card"]')).not.toBeNull();
  });

  test('fixed mode: just the card, by code or name, for a municipality or a region', async () => {
    const element = await finder('municipality="Borne"');
    await expect.element(heading('Borne')).toBeVisible();
    expect(element.shadowRoot!.querySelector('maatwerk-municipality-combobox')).toBeNull();
    await expect.element(page.getByRole('heading', { name: `${TEXT.nl.adviser} ${adviserOf('GM0147').adviser.name}` })).toBeVisible();
    cleanup();
    await finder('region="groot amsterdam"');
    await expect.element(heading(`${TEXT.nl.region} Groot Amsterdam`)).toBeVisible();
    await expect.element(page.getByRole('link', { name: 'adviseur.groot-amsterdam@example.org' })).toBeVisible();
  });

  test('fixed mode: an invalid value says what is wrong and offers the closest municipalities', async () => {
    const notFound = vi.fn();
    document.addEventListener('maatwerk-adviser-not-found', notFound);
    await finder('municipality="Amsterdm"');
    await expect.element(heading('Gemeente niet gevonden')).toBeVisible();
    await expect.element(page.getByText('municipality="Amsterdm"', { exact: false })).toBeVisible();
    await userEvent.click(page.getByRole('button', { name: 'Amsterdam, Noord-Holland' }));
    await expectFocus(heading('Amsterdam'));
    document.removeEventListener('maatwerk-adviser-not-found', notFound);
    expect((notFound.mock.calls[0]![0] as CustomEvent<AdviserNotFoundDetail>).detail.query).toBe('Amsterdm');
  });

  test('municipality set later: updates a fixed card, and picks it in a search finder', async () => {
    const fixed = await finder('municipality="GM0147"');
    await expect.element(heading('Borne')).toBeVisible();
    fixed.municipality = 'GM0153';
    await expect.element(heading('Enschede')).toBeVisible();
    // Script can set anything: a number is read as a CBS code, null and objects never throw.
    Object.assign(fixed, { municipality: 363 });
    await expect.element(heading('Amsterdam')).toBeVisible();
    Object.assign(fixed, { municipality: null, region: { code: 'AM05' }, lang: 42 });
    await fixed.updateComplete;
    cleanup();
    const search = await finder();
    search.setAttribute('municipality', 'GM0363');
    await expect.element(heading('Amsterdam')).toBeVisible();
    expect((field().element() as HTMLInputElement).value).toBe('Amsterdam');
  });

  test('events: found (with municipality, region, adviser, matchedVia) and not found', async () => {
    const element = await finder();
    const found = vi.fn();
    const notFound = vi.fn();
    element.addEventListener('maatwerk-adviser-found', (event) => found(event.detail));
    document.addEventListener('maatwerk-adviser-not-found', notFound);
    await typeAndPick('Weesp', 'Amsterdam');
    await expect.poll(() => found.mock.calls.length).toBe(1);
    const detail = found.mock.calls[0]![0] as AdviserFoundDetail;
    expect(detail.municipality?.code).toBe('GM0363');
    expect(detail.region.code).toBe('AM18');
    expect(detail.adviser?.email).toBe(adviserOf('GM0363').adviser.email);
    expect(detail.matchedVia).toBe('former');
    await userEvent.fill(field(), 'bergen');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => notFound.mock.calls.length).toBe(1);
    const missing = (notFound.mock.calls[0]![0] as CustomEvent<AdviserNotFoundDetail>).detail;
    expect(missing.query).toBe('bergen');
    expect(missing.suggestions.map((match) => match.municipality.name)).toContain('Bergen (L.)');
    document.removeEventListener('maatwerk-adviser-not-found', notFound);
    // Region mode says how it matched.
    cleanup();
    const region = vi.fn();
    document.addEventListener('maatwerk-adviser-found', region);
    await finder('region="AM05"');
    await expect.poll(() => region.mock.calls.length).toBe(1);
    document.removeEventListener('maatwerk-adviser-found', region);
    const regionDetail = (region.mock.calls[0]![0] as CustomEvent<AdviserFoundDetail>).detail;
    expect(regionDetail).toMatchObject({ municipality: null, matchedVia: 'region', region: { code: 'AM05' } });
  });

  test('call to action: hands the municipality to <maatwerk-sign-up> on the page and moves focus there', async () => {
    if (!customElements.get('maatwerk-sign-up')) customElements.define('maatwerk-sign-up', class extends HTMLElement {});
    document.body.innerHTML = '<maatwerk-adviseur-finder></maatwerk-adviseur-finder><maatwerk-sign-up></maatwerk-sign-up>';
    await typeAndPick('Borne', 'Borne');
    await userEvent.click(page.getByRole('button', { name: TEXT.nl.cta }));
    const signUp = document.querySelector('maatwerk-sign-up') as HTMLElement & { municipality?: string };
    expect(signUp.municipality).toBe('GM0147');
    expect(document.activeElement).toBe(signUp);
  });

  test('call to action: sign-up-href with the municipality, else a prefilled e-mail to the adviser', async () => {
    await finder('sign-up-href="https://example.org/aanmelden?bron=finder"');
    await typeAndPick('Borne', 'Borne');
    await expect
      .element(page.getByRole('link', { name: TEXT.nl.cta }))
      .toHaveAttribute('href', 'https://example.org/aanmelden?bron=finder&municipality=GM0147');
    cleanup();
    await finder('sign-up-href="javascript:alert(1)"');
    await typeAndPick('Borne', 'Borne');
    const cta = page.getByRole('link', { name: TEXT.nl.cta });
    await expect.element(cta).toHaveAttribute('href', expect.stringMatching(/^mailto:/));
    const href = cta.element().getAttribute('href')!;
    expect(href.startsWith(`mailto:${adviserOf('GM0147').adviser.email}?subject=`)).toBe(true);
    expect(decodeURIComponent(href)).toContain('gemeente Borne');
  });

  test('advisers-src: valid data replaces the built-in advisers, fetched without cookies', async () => {
    const custom: Advisers = {
      ...advisers,
      example: false,
      advisers: [{ region: 'AM05', name: 'Anna Twentsche', role: 'Regioadviseur', email: 'anna@example.org', photoUrl: 'https://example.org/anna.jpg' }],
    };
    const fetchSpy = stubFetch(async () => Response.json(custom));
    await finder('municipality="GM0147" advisers-src="https://example.org/advisers.json"');
    await expect.element(page.getByRole('heading', { name: `${TEXT.nl.adviser} Anna Twentsche` })).toBeVisible();
    expect(fetchSpy.mock.calls[0]![1]).toMatchObject({ credentials: 'omit' });
    expect(page.getByText('Voorbeeldgegevens', { exact: false }).query()).toBeNull();
    const element = document.querySelector('maatwerk-adviseur-finder')!;
    const photo = element.shadowRoot!.querySelector('[part~="photo"]')!;
    expect(photo.getAttribute('alt')).toBe('');
    expect(photo.getAttribute('src')).toBe('https://example.org/anna.jpg');
    // A region without an adviser in the custom data gets the general contact.
    cleanup();
    await finder('municipality="GM0363" advisers-src="https://example.org/advisers.json"');
    await expect.element(page.getByText('Voor deze regio is nog geen adviseur bekend', { exact: false })).toBeVisible();
    await expect.element(page.getByRole('link', { name: advisers.general.email }).first()).toBeVisible();
  });

  test('advisers-src: invalid or unreachable data is explained in the console; the visitor reads a neutral notice and keeps the built-in data', async () => {
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const lastWarning = () => String(warned.mock.calls.at(-1)?.[0] ?? '');
    const notice = () => page.getByRole('status').filter({ hasText: 'ingebouwde gegevens' });
    stubFetch(async () => Response.json({ ...advisers, advisers: [{ region: 'AM99', name: 'X', role: 'Y', email: 'x@example.org' }] }));
    await finder('municipality="GM0147" advisers-src="https://example.org/bad.json"');
    await expect.element(notice()).toBeVisible();
    expect(notice().element().textContent).not.toContain('AM99');
    await expect.poll(lastWarning).toMatch(/<maatwerk-adviseur-finder>.*AM99.*Check advisers-src/);
    await expect.element(page.getByRole('heading', { name: `${TEXT.nl.adviser} ${adviserOf('GM0147').adviser.name}` })).toBeVisible();
    cleanup();
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    await finder('lang="en" municipality="GM0147" advisers-src="https://example.org/down.json"');
    await expect.element(page.getByRole('status').filter({ hasText: 'built-in data' })).toBeVisible();
    await expect.poll(lastWarning).toContain('cannot be reached');
    cleanup();
    stubFetch(async () => new Response('{not json'));
    await finder('municipality="GM0147" advisers-src="https://example.org/broken.json"');
    await expect.poll(lastWarning).toContain('not valid JSON');
  });

  test('two finders on one page work independently', async () => {
    document.body.innerHTML = `
      <maatwerk-adviseur-finder></maatwerk-adviseur-finder>
      <maatwerk-adviseur-finder lang="en"></maatwerk-adviseur-finder>`;
    await typeAndPick('Borne', 'Borne');
    await expect.element(heading('Borne')).toBeVisible();
    await expect.element(field('en')).toHaveValue('');
    await typeAndPick('Zwolle', 'Zwolle', 'en');
    await expect.element(heading('Zwolle')).toBeVisible();
    await expect.element(heading('Borne')).toBeVisible();
    expect((field().element() as HTMLInputElement).value).toBe('Borne');
  });

  test('at 320px wide nothing overflows sideways', async () => {
    await page.viewport(320, 800);
    document.body.innerHTML = '<div id="narrow"><maatwerk-adviseur-finder></maatwerk-adviseur-finder></div>';
    const container = document.getElementById('narrow')!;
    container.style.inlineSize = '320px';
    const element = container.firstElementChild!;
    await typeAndPick('Apeldoorn', 'Apeldoorn');
    await expect.element(heading('Apeldoorn')).toBeVisible();
    expect(widestRight(element)).toBeLessThanOrEqual(container.getBoundingClientRect().right + 0.5);
    await userEvent.fill(field(), 'bergen');
    await userEvent.keyboard('{Enter}');
    await expect.element(heading(TEXT.nl.noMatch)).toBeVisible();
    expect(widestRight(element)).toBeLessThanOrEqual(container.getBoundingClientRect().right + 0.5);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    await page.viewport(414, 896);
  });
});
