// The built-in municipalities and advisers are a chunk of their own, loaded on first use. These tests
// hold that chunk back (or let it fail) to prove that nothing loads before it is needed, that what
// the user does meanwhile is not lost, and that a failed load is said, not swallowed.
import type { MunicipalityMatch } from '@maatwerk/model';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../src/adviseur-finder/define.ts';
import type { MunicipalityNotFoundDetail } from '../src/events/municipality-combobox.ts';
import type { MunicipalityData } from '../src/internal/municipality-data.ts';
import '../src/sign-up/define.ts';
import { cleanup, expectAccessible, mount } from './harness.ts';

/** The data chunk, held back until a test releases it (or lets it fail). */
const chunk = vi.hoisted(() => ({
  loads: 0,
  loaded: undefined as MunicipalityData | undefined,
  pending: undefined as Promise<MunicipalityData> | undefined,
  release: (): void => undefined,
  fail: (): void => undefined,
}));

vi.mock('../src/internal/municipality-data.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/internal/municipality-data.ts')>();
  return {
    municipalityDataNow: () => chunk.loaded,
    loadMunicipalityData: () => {
      chunk.loads++;
      return (chunk.pending ??= new Promise<MunicipalityData>((resolve, reject) => {
        chunk.release = () => void real.loadMunicipalityData().then((data) => resolve((chunk.loaded = data)));
        chunk.fail = () => {
          chunk.pending = undefined;
          reject(new Error('the chunk could not be loaded'));
        };
      }));
    },
  };
});

beforeEach(() => {
  document.documentElement.lang = 'nl';
  Object.assign(chunk, { loads: 0, loaded: undefined, pending: undefined });
});
afterEach(cleanup);

const field = (name: string | RegExp = 'Gemeente') => page.getByRole('combobox', { name });
const input = (name?: string | RegExp) => field(name).element() as HTMLInputElement;
const combobox = () => mount<HTMLElement>('<maatwerk-municipality-combobox></maatwerk-municipality-combobox>');

describe('the municipality typeahead without an index', () => {
  test('loads the built-in municipalities when the field gets focus, not before', async () => {
    await combobox();
    await expect.element(field()).toBeVisible();
    expect(chunk.loads).toBe(0);
    await userEvent.click(field());
    expect(chunk.loads).toBe(1);
  });

  test('text typed before they are there is searched once they are', async () => {
    await combobox();
    await userEvent.click(field());
    await userEvent.keyboard('ber');
    expect(input().getAttribute('aria-expanded')).toBe('false');
    chunk.release();
    await expect.element(field()).toHaveAttribute('aria-expanded', 'true');
    await expect.element(page.getByRole('option').nth(7)).toBeVisible();
    await expect.element(page.getByRole('status')).toHaveTextContent('8 suggesties beschikbaar');
  });

  test('leaving the field on an exact name before they are there picks it once they are', async () => {
    const element = await combobox();
    const selected = vi.fn();
    element.addEventListener('maatwerk-municipality-select', (event) => selected((event as CustomEvent<{ match: MunicipalityMatch }>).detail.match));
    await userEvent.fill(field(), 'borne');
    await userEvent.keyboard('{Tab}');
    expect(selected).not.toHaveBeenCalled();
    chunk.release();
    await expect.poll(() => selected.mock.calls.length).toBe(1);
    expect((selected.mock.calls[0]![0] as MunicipalityMatch).municipality.code).toBe('GM0147');
    expect(input().value).toBe('Borne');
  });

  test('Enter before they are there reports the closest municipalities once they are', async () => {
    const element = await combobox();
    const notFound = vi.fn();
    element.addEventListener('maatwerk-municipality-not-found', (event) => notFound((event as CustomEvent<MunicipalityNotFoundDetail>).detail));
    await userEvent.fill(field(), 'bergen');
    await userEvent.keyboard('{Enter}');
    expect(notFound).not.toHaveBeenCalled();
    chunk.release();
    await expect.poll(() => notFound.mock.calls.length).toBe(1);
    const detail = notFound.mock.calls[0]![0] as MunicipalityNotFoundDetail;
    expect(detail.query).toBe('bergen');
    expect(detail.suggestions.map((match) => match.municipality.name)).toContain('Bergen (L.)');
  });

  test('when they cannot be loaded the field says so (accessibly), and the next focus tries again', async () => {
    await combobox();
    await userEvent.click(field());
    chunk.fail();
    await expect.element(field()).toHaveAttribute('aria-invalid', 'true');
    await expect.element(field()).toHaveAccessibleDescription('De lijst met gemeenten kon niet worden geladen. Laad de pagina opnieuw.');
    await expectAccessible();
    await userEvent.keyboard('{Tab}');
    await userEvent.click(field());
    expect(chunk.loads).toBe(2);
    await userEvent.keyboard('zwol');
    chunk.release();
    await expect.element(page.getByRole('option', { name: /^Zwolle,/ })).toBeVisible();
    expect(input().hasAttribute('aria-invalid')).toBe(false);
  });
});

describe('<maatwerk-adviseur-finder>', () => {
  test('in search mode loads nothing until the search field gets focus', async () => {
    await mount('<maatwerk-adviseur-finder></maatwerk-adviseur-finder>');
    await expect.element(field('Uw gemeente')).toBeVisible();
    expect(chunk.loads).toBe(0);
    await userEvent.click(field('Uw gemeente'));
    await userEvent.keyboard('weesp');
    chunk.release();
    await expect.element(page.getByRole('option', { name: 'Amsterdam, voorheen Weesp, Noord-Holland' })).toBeVisible();
  });

  test('in fixed mode loads at once and shows the card when the data is there', async () => {
    await mount('<maatwerk-adviseur-finder municipality="GM0147"></maatwerk-adviseur-finder>');
    expect(chunk.loads).toBe(1);
    chunk.release();
    await expect.element(page.getByRole('heading', { name: 'Borne', level: 2 })).toBeVisible();
  });

  test('in fixed mode says so when the data cannot be loaded', async () => {
    await mount('<maatwerk-adviseur-finder region="AM18" lang="en"></maatwerk-adviseur-finder>');
    chunk.fail();
    await expect.element(page.getByRole('alert')).toHaveTextContent('The list of municipalities could not be loaded. Reload the page.');
    await expectAccessible();
  });
});

describe('<maatwerk-sign-up>', () => {
  test('loads nothing until someone uses the form; then the typeahead works', async () => {
    await mount('<maatwerk-sign-up no-storage></maatwerk-sign-up>');
    await expect.element(page.getByRole('textbox', { name: /^Uw naam/ })).toBeVisible();
    expect(chunk.loads).toBe(0);
    await userEvent.click(page.getByRole('textbox', { name: /^Uw naam/ }));
    expect(chunk.loads).toBe(1);
    await userEvent.fill(field(/^Gemeente/), 'Borne');
    await userEvent.keyboard('{Tab}');
    chunk.release();
    await expect.poll(() => input(/^Gemeente/).value).toBe('Borne');
  });

  test('a municipality in the markup loads the data at once and is preselected', async () => {
    await mount('<maatwerk-sign-up no-storage municipality="GM0363"></maatwerk-sign-up>');
    expect(chunk.loads).toBe(1);
    chunk.release();
    await expect.poll(() => input(/^Gemeente/).value).toBe('Amsterdam');
  });
});
