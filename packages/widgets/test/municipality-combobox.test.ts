// The shared municipality typeahead, on its own: the WAI-ARIA 1.2 combobox contract that both the
// adviser finder and the sign-up form rely on.
import type { MunicipalityMatch } from '@maatwerk/model';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { defineMunicipalityCombobox, type MaatwerkMunicipalityCombobox } from '../src/internal/municipality-combobox.ts';
import { getDefaultMunicipalityIndex } from '../src/internal/municipalities.ts';
import { cleanup, expectAccessible, mount } from './harness.ts';

beforeAll(() => {
  document.documentElement.lang = 'nl';
  defineMunicipalityCombobox();
});
afterEach(cleanup);

const field = (name = 'Gemeente') => page.getByRole('combobox', { name });
const input = (name?: string) => field(name).element() as HTMLInputElement;
const options = () => page.getByRole('option');
const status = () => page.getByRole('status');

async function typeIn(text: string, name?: string) {
  await userEvent.click(field(name));
  await userEvent.keyboard(text);
}

describe('<maatwerk-municipality-combobox>', () => {
  test('is accessible: empty, with hint, error and required, and with suggestions open (nl and en)', async () => {
    await mount('<maatwerk-municipality-combobox></maatwerk-municipality-combobox>');
    await expectAccessible();
    cleanup();
    await mount('<maatwerk-municipality-combobox lang="en" label="Your municipality" hint="Type a name or CBS code" error="Choose a municipality" required></maatwerk-municipality-combobox>');
    // The English "(required)" comes with the English text (a chunk); Dutch shows until it is there.
    await expect.element(field('Your municipality (required)')).toBeVisible();
    await expectAccessible();
    const described = input('Your municipality (required)');
    expect(described.getAttribute('aria-invalid')).toBe('true');
    expect(described.getAttribute('aria-required')).toBe('true');
    await expect.element(field('Your municipality (required)')).toHaveAccessibleDescription('Type a name or CBS code Choose a municipality');
    cleanup();
    await mount('<maatwerk-municipality-combobox></maatwerk-municipality-combobox>');
    await typeIn('ber');
    await expect.element(options().first()).toBeVisible();
    await userEvent.keyboard('{ArrowDown}');
    await expectAccessible();
  });

  test('has the combobox roles and states of WAI-ARIA 1.2', async () => {
    await mount('<maatwerk-municipality-combobox></maatwerk-municipality-combobox>');
    const box = input();
    expect(box.getAttribute('aria-autocomplete')).toBe('list');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    const listbox = box.getRootNode() as ShadowRoot;
    expect(listbox.getElementById(box.getAttribute('aria-controls')!)?.getAttribute('role')).toBe('listbox');
    expect(box.hasAttribute('aria-activedescendant')).toBe(false);
    await typeIn('ams');
    await expect.element(field()).toHaveAttribute('aria-expanded', 'true');
    await expect.element(page.getByRole('listbox', { name: 'Gemeente' })).toBeVisible();
  });

  test('ArrowDown twice and Enter picks the second suggestion; aria-activedescendant follows', async () => {
    const element = await mount<MaatwerkMunicipalityCombobox>('<maatwerk-municipality-combobox></maatwerk-municipality-combobox>');
    const selected = vi.fn();
    element.addEventListener('maatwerk-municipality-select', (event) => selected(event.detail.match));
    await typeIn('ber');
    await expect.element(options().nth(1)).toBeVisible();
    const second = options().nth(1).element();
    const secondName = second.querySelector('.option__name')!.textContent;
    await userEvent.keyboard('{ArrowDown}');
    expect(input().getAttribute('aria-activedescendant')).toBe(options().nth(0).element().id);
    expect(options().nth(0).element().getAttribute('aria-selected')).toBe('true');
    await userEvent.keyboard('{ArrowDown}');
    expect(input().getAttribute('aria-activedescendant')).toBe(second.id);
    expect(second.getAttribute('aria-selected')).toBe('true');
    expect(options().nth(0).element().getAttribute('aria-selected')).toBe('false');
    await userEvent.keyboard('{Enter}');
    expect(selected).toHaveBeenCalledTimes(1);
    const match = selected.mock.calls[0]![0] as MunicipalityMatch;
    expect(match.municipality.name).toBe(secondName);
    expect(element.value).toBe(match);
    expect(input().value).toBe(secondName);
    await expect.element(field()).toHaveAttribute('aria-expanded', 'false');
    expect(input().hasAttribute('aria-activedescendant')).toBe(false);
    expect(document.activeElement).toBe(element);
  });

  test('ArrowUp goes to the last option and both arrows wrap', async () => {
    await mount('<maatwerk-municipality-combobox></maatwerk-municipality-combobox>');
    await typeIn('ber');
    await expect.element(options().first()).toBeVisible();
    const all = options().elements();
    await userEvent.keyboard('{ArrowUp}');
    expect(input().getAttribute('aria-activedescendant')).toBe(all.at(-1)!.id);
    await userEvent.keyboard('{ArrowDown}');
    expect(input().getAttribute('aria-activedescendant')).toBe(all[0]!.id);
    await userEvent.keyboard('{ArrowUp}');
    expect(input().getAttribute('aria-activedescendant')).toBe(all.at(-1)!.id);
  });

  test('the active option scrolls into view when the list is taller than its box', async () => {
    await mount('<maatwerk-municipality-combobox></maatwerk-municipality-combobox>');
    await typeIn('ber');
    await expect.element(options().first()).toBeVisible();
    const listbox = page.getByRole('listbox').element();
    const last = options().elements().at(-1)!;
    // The list must overflow its box for this test to mean anything.
    expect(listbox.scrollHeight).toBeGreaterThan(listbox.clientHeight);
    const inView = () => {
      const box = listbox.getBoundingClientRect();
      const option = last.getBoundingClientRect();
      return option.top >= box.top - 0.5 && option.bottom <= box.bottom + 0.5;
    };
    expect(inView()).toBe(false);
    await userEvent.keyboard('{ArrowUp}');
    await expect.poll(inView).toBe(true);
  });

  test('announces the number of suggestions, and when nothing matches', async () => {
    await mount('<maatwerk-municipality-combobox></maatwerk-municipality-combobox>');
    await typeIn('ber');
    await expect.element(status()).toHaveTextContent('8 suggesties beschikbaar');
    await userEvent.keyboard('{Backspace}{Backspace}{Backspace}xyzq');
    await expect.element(status()).toHaveTextContent('Geen gemeente gevonden');
    await expect.element(field()).toHaveAttribute('aria-expanded', 'false');
    cleanup();
    await mount('<maatwerk-municipality-combobox lang="en"></maatwerk-municipality-combobox>');
    await typeIn('weesp', 'Municipality');
    await expect.element(status()).toHaveTextContent('1 suggestion available');
  });

  test('Escape closes the list, then clears the text and the choice', async () => {
    const element = await mount<MaatwerkMunicipalityCombobox>('<maatwerk-municipality-combobox></maatwerk-municipality-combobox>');
    const cleared = vi.fn();
    element.addEventListener('maatwerk-municipality-clear', cleared);
    await typeIn('ams');
    await expect.element(field()).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(element.value?.municipality.name).toBe('Amstelveen');
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(field()).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{Escape}');
    await expect.element(field()).toHaveAttribute('aria-expanded', 'false');
    expect(input().value).toBe('Amstelveen');
    expect(cleared).not.toHaveBeenCalled();
    await userEvent.keyboard('{Escape}');
    expect(input().value).toBe('');
    expect(element.value).toBeNull();
    expect(cleared).toHaveBeenCalledTimes(1);
  });

  test('editing the text after a choice removes the choice', async () => {
    const element = await mount<MaatwerkMunicipalityCombobox>('<maatwerk-municipality-combobox></maatwerk-municipality-combobox>');
    const cleared = vi.fn();
    element.addEventListener('maatwerk-municipality-clear', cleared);
    await typeIn('borne');
    await userEvent.keyboard('{Enter}');
    expect(element.value?.municipality.code).toBe('GM0147');
    await userEvent.keyboard('{Backspace}');
    expect(element.value).toBeNull();
    expect(cleared).toHaveBeenCalledTimes(1);
    await expect.element(options().first()).toBeVisible();
  });

  test('Home and End return visual focus to the text field', async () => {
    await mount('<maatwerk-municipality-combobox></maatwerk-municipality-combobox>');
    await typeIn('ber');
    await expect.element(options().first()).toBeVisible();
    await userEvent.keyboard('{ArrowDown}');
    expect(input().hasAttribute('aria-activedescendant')).toBe(true);
    await userEvent.keyboard('{Home}');
    expect(input().hasAttribute('aria-activedescendant')).toBe(false);
    expect(input().selectionStart).toBe(0);
    await userEvent.keyboard('{ArrowDown}{End}');
    expect(input().hasAttribute('aria-activedescendant')).toBe(false);
    expect(input().selectionStart).toBe(3);
  });

  test('Tab leaves the field without picking the active option', async () => {
    document.body.innerHTML = '<maatwerk-municipality-combobox></maatwerk-municipality-combobox><button>Next</button>';
    const element = document.querySelector('maatwerk-municipality-combobox')!;
    await element.updateComplete;
    await typeIn('ber');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Tab}');
    await expect.element(page.getByRole('button', { name: 'Next' })).toHaveFocus();
    expect(element.value).toBeNull();
    expect(input().getAttribute('aria-expanded')).toBe('false');
  });

  test('leaving the field on an exact name picks that municipality', async () => {
    document.body.innerHTML = '<maatwerk-municipality-combobox></maatwerk-municipality-combobox><button>Next</button>';
    const element = document.querySelector('maatwerk-municipality-combobox')!;
    await typeIn('borne');
    await userEvent.keyboard('{Tab}');
    expect(element.value?.municipality.name).toBe('Borne');
  });

  test('a mouse click on an option picks it and keeps focus in the field', async () => {
    const element = await mount<MaatwerkMunicipalityCombobox>('<maatwerk-municipality-combobox></maatwerk-municipality-combobox>');
    await typeIn('den bosch');
    await userEvent.click(page.getByRole('option', { name: /'s-Hertogenbosch/ }));
    expect(element.value?.municipality.code).toBe('GM0796');
    expect(input().value).toBe("'s-Hertogenbosch");
    expect(element.shadowRoot!.activeElement).toBe(input());
  });

  test('options name the alias that matched and the province', async () => {
    await mount('<maatwerk-municipality-combobox></maatwerk-municipality-combobox>');
    await typeIn('Weesp');
    await expect.element(page.getByRole('option', { name: 'Amsterdam, voorheen Weesp, Noord-Holland' })).toBeVisible();
    await userEvent.fill(field(), 'den bosch');
    await expect.element(page.getByRole('option', { name: "'s-Hertogenbosch, ook: Den Bosch, Noord-Brabant" })).toBeVisible();
    await userEvent.fill(field(), 'GM0147');
    await expect.element(page.getByRole('option', { name: 'Borne, CBS-code GM0147, Overijssel' })).toBeVisible();
    await userEvent.fill(field(), 'sudwest fryslan');
    await expect.element(page.getByRole('option', { name: 'Súdwest-Fryslân, Fryslân' })).toBeVisible();
    await userEvent.fill(field(), 'amsterdm');
    await expect.element(page.getByRole('option', { name: 'Amsterdam, Noord-Holland' })).toBeVisible();
  });

  test('Enter on text that names no single municipality reports the closest ones', async () => {
    const element = await mount<MaatwerkMunicipalityCombobox>('<maatwerk-municipality-combobox></maatwerk-municipality-combobox>');
    const notFound = vi.fn();
    element.addEventListener('maatwerk-municipality-not-found', (event) => notFound(event.detail));
    await typeIn('bergen');
    await userEvent.keyboard('{Enter}');
    expect(element.value).toBeNull();
    const detail = notFound.mock.calls[0]![0] as { query: string; suggestions: MunicipalityMatch[] };
    expect(detail.query).toBe('bergen');
    expect(detail.suggestions.map((match) => match.municipality.name)).toContain('Bergen (NH.)');
    await userEvent.fill(field(), 'Weesp');
    await userEvent.keyboard('{Enter}');
    expect(element.value?.municipality.name).toBe('Amsterdam');
  });

  test('a value set from outside shows its name; focus() focuses the field', async () => {
    const element = await mount<MaatwerkMunicipalityCombobox>('<maatwerk-municipality-combobox></maatwerk-municipality-combobox>');
    const lookup = getDefaultMunicipalityIndex().lookup('GM0014');
    if (!lookup.found) throw new Error('GM0014 not found');
    element.value = lookup.match;
    await element.updateComplete;
    expect(input().value).toBe('Groningen');
    element.focus();
    expect(element.shadowRoot!.activeElement).toBe(input());
    element.value = null;
    await element.updateComplete;
    expect(input().value).toBe('');
  });

  test('submits the CBS code with a form', async () => {
    document.body.innerHTML = '<form><maatwerk-municipality-combobox name="gemeente"></maatwerk-municipality-combobox></form>';
    const form = document.querySelector('form')!;
    await typeIn('amsterdam');
    await userEvent.keyboard('{Enter}');
    expect(new FormData(form).get('gemeente')).toBe('GM0363');
    form.reset();
    expect(new FormData(form).get('gemeente')).toBeNull();
  });

  test('two on one page work independently', async () => {
    document.body.innerHTML = `
      <maatwerk-municipality-combobox label="Woonplaats"></maatwerk-municipality-combobox>
      <maatwerk-municipality-combobox label="Werkplaats"></maatwerk-municipality-combobox>`;
    await typeIn('utrecht', 'Woonplaats');
    await expect.element(field('Woonplaats')).toHaveAttribute('aria-expanded', 'true');
    await expect.element(field('Werkplaats')).toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard('{Enter}');
    expect(input('Werkplaats').value).toBe('');
  });
});
