// The answer scale and the result screen of <maatwerk-quick-scan>, as a user meets them: the scale
// is ordered at every width and works by keyboard and in forced colours; the result shows each
// domain as a 3x3 data table, renders progressively, links to its parts, and names every control once.
import { scoreBand, score, type Answers, type QuickScanContent } from '@maatwerk/model';
import contentNlData from '@maatwerk/model/data/content.nl.json';
import contentEnData from '@maatwerk/model/data/content.en.json';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import '../src/quick-scan/define.ts';
import { nl } from '../src/quick-scan/locale.ts';
import { en } from '../src/quick-scan/locale.en.ts';
import type { MaatwerkQuickScan } from '../src/quick-scan/quick-scan.ts';
import { cleanup, expectAccessible, failOnPageErrors, mount } from './harness.ts';

const CONTENT = { nl: contentNlData as unknown as QuickScanContent, en: contentEnData as unknown as QuickScanContent };
const TEXT = { nl, en };
const DOMAINS = ['armoede-schulden', 'werk-inkomen', 'gezondheid', 'sociale-inclusie-wmo'];

failOnPageErrors();
beforeEach(() => {
  document.documentElement.lang = 'nl';
  localStorage.clear();
});
afterEach(async () => {
  cleanup();
  localStorage.clear();
  await page.viewport(1280, 900);
});

/** The focused element, looking into shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Varied answers (every option, "weet ik niet" too) for the given domains, so every band shows. */
function answersFor(content: QuickScanContent, domains: string[]): Answers {
  const answers: Answers = {};
  content.statements
    .filter((statement) => domains.includes(statement.domain))
    .forEach((statement, index) => (answers[statement.id] = index % 7 === 6 ? null : ((index * 5) % 4) + 1));
  return answers;
}

async function showResult(lang: 'nl' | 'en' = 'nl', domains = DOMAINS) {
  const element = await mount<MaatwerkQuickScan>(`<maatwerk-quick-scan lang="${lang}" no-storage></maatwerk-quick-scan>`);
  const result = score(CONTENT[lang], answersFor(CONTENT[lang], domains), { domains, completedAt: '2026-11-30T10:00:00Z' });
  element.result = result;
  // The next steps come last, after the domains and the action plan: then the whole result is there.
  await expect.element(page.getByRole('heading', { level: 3, name: TEXT[lang].nextHeading })).toBeVisible();
  return { element, result };
}

async function firstStep(lang: 'nl' | 'en' = 'nl') {
  const element = await mount<MaatwerkQuickScan>(`<maatwerk-quick-scan lang="${lang}" domains="armoede-schulden" no-storage></maatwerk-quick-scan>`);
  await page.getByRole('button', { name: TEXT[lang].start }).click();
  await page.getByRole('button', { name: TEXT[lang].begin }).click();
  await expect.element(page.getByText(TEXT[lang].stepOf(1, 3)).first()).toBeVisible();
  return element;
}

const OPTIONS = ['Klopt niet', 'Klopt een beetje', 'Klopt grotendeels', 'Klopt helemaal', 'Weet ik niet'];

/** The boxes of one statement's options, in document order. */
const optionBoxes = (element: MaatwerkQuickScan, statement = 0) =>
  [...element.shadowRoot!.querySelectorAll('fieldset')[statement]!.querySelectorAll('label')].map((label) => label.getBoundingClientRect());

/** How many lines a label's text takes. */
function lines(label: HTMLLabelElement): number {
  const range = document.createRange();
  range.selectNodeContents(label.querySelector('span')!);
  return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
}

describe('answer scale', () => {
  test('is one group of radios per statement, in scale order, with "weet ik niet" last', async () => {
    await firstStep();
    const groups = page.getByRole('group');
    expect(groups.elements()).toHaveLength(3);
    const radios = groups.first().getByRole('radio');
    expect(radios.elements().map((radio) => radio.closest('label')!.textContent!.trim())).toEqual(OPTIONS);
  });

  test('works by keyboard: arrow keys move along the scale and answer, Tab goes to the next statement', async () => {
    const element = await firstStep();
    const first = page.getByRole('group').first();
    await first.getByRole('radio', { name: 'Klopt niet', exact: true }).click();
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(first.getByRole('radio', { name: 'Klopt een beetje' })).toBeChecked();
    expect(deepActive()).toBe(first.getByRole('radio', { name: 'Klopt een beetje' }).element());
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect.element(first.getByRole('radio', { name: 'Klopt helemaal' })).toBeChecked();
    await userEvent.keyboard('{ArrowUp}');
    await expect.element(first.getByRole('radio', { name: 'Klopt grotendeels' })).toBeChecked();
    await userEvent.keyboard('{Tab}');
    expect(deepActive()?.closest('fieldset')).toBe(element.shadowRoot!.querySelectorAll('fieldset')[1]);
    await userEvent.keyboard(' ');
    await expect.element(page.getByRole('group').nth(1).getByRole('radio', { name: 'Klopt niet', exact: true })).toBeChecked();
  });

  test('on a wide screen: one row, in order, every label on one line', async () => {
    await page.viewport(1280, 900);
    const element = await firstStep();
    for (let statement = 0; statement < 3; statement++) {
      const boxes = optionBoxes(element, statement);
      expect(new Set(boxes.map((box) => Math.round(box.top))).size).toBe(1);
      boxes.slice(1).forEach((box, index) => expect(box.left).toBeGreaterThan(boxes[index]!.right - 1));
    }
    for (const label of element.shadowRoot!.querySelectorAll<HTMLLabelElement>('.scale .check')) expect(lines(label), label.textContent!).toBe(1);
  });

  test('at 320px: a vertical list in scale order, 44px targets, nothing sticks out', async () => {
    await page.viewport(320, 800);
    const element = await firstStep();
    const boxes = optionBoxes(element);
    boxes.slice(1).forEach((box, index) => {
      expect(box.top).toBeGreaterThanOrEqual(boxes[index]!.bottom - 1);
      expect(Math.round(box.left)).toBe(Math.round(boxes[0]!.left));
    });
    for (const box of boxes) expect(box.height).toBeGreaterThanOrEqual(44);
    const base = element.shadowRoot!.querySelector('.base')!;
    expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth);
    await expectAccessible(element);
  });

  test('"Vergeet mijn antwoorden" lines up with the buttons and text above it', async () => {
    // With storage on: only then is there something to forget.
    const element = await mount<MaatwerkQuickScan>('<maatwerk-quick-scan domains="armoede-schulden"></maatwerk-quick-scan>');
    await page.getByRole('button', { name: nl.start }).click();
    await page.getByRole('button', { name: nl.begin }).click();
    await expect.element(page.getByRole('button', { name: nl.forget })).toBeVisible();
    const root = element.shadowRoot!;
    const textStart = (node: Element) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return range.getBoundingClientRect().left;
    };
    const forget = [...root.querySelectorAll('button')].find((button) => button.textContent === nl.forget)!;
    const back = [...root.querySelectorAll('button')].find((button) => button.textContent === nl.back)!;
    expect(Math.abs(forget.getBoundingClientRect().left - back.getBoundingClientRect().left)).toBeLessThan(1);
    expect(Math.abs(textStart(forget) - textStart(root.querySelector('h2')!))).toBeLessThanOrEqual(3); // its border only
  });

  test('in forced colours the chosen option keeps a visible frame', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    try {
      const element = await firstStep();
      expect(matchMedia('(forced-colors: active)').matches).toBe(true);
      await page.getByRole('group').first().getByRole('radio', { name: 'Klopt grotendeels' }).click();
      const [chosen, other] = [...element.shadowRoot!.querySelectorAll('fieldset')[0]!.querySelectorAll('label')].filter(
        (_, index) => index === 2 || index === 0,
      ).reverse();
      const frame = (label: Element) => getComputedStyle(label).borderInlineStartColor;
      expect(frame(chosen!)).not.toBe(frame(other!));
      await expectAccessible(element);
    } finally {
      await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'none' }] });
    }
  });
});

describe('result', () => {
  test('renders progressively: the summary and the top domain first, then the rest', async () => {
    const { element, result } = await showResult();
    const domains = () => element.shadowRoot!.querySelectorAll('.domain').length;
    element.result = null;
    await element.updateComplete;
    element.result = result;
    await element.updateComplete; // one render, before the browser had a chance to paint
    expect(domains()).toBe(1);
    expect(page.getByRole('heading', { level: 3, name: nl.planHeading(10) }).query()).toBeNull();
    expect(page.getByRole('navigation').getByRole('link').elements().length).toBe(DOMAINS.length + 2); // every link at once
    await expect.poll(domains).toBe(DOMAINS.length);
    await expect.element(page.getByRole('heading', { level: 3, name: nl.planHeading(10) })).toBeVisible();
  });

  test('prints whole: before printing every part renders at once, and nothing is left out of the printed page', async () => {
    const { element, result } = await showResult();
    const root = element.shadowRoot!;
    element.result = null;
    await element.updateComplete;
    element.result = result;
    await element.updateComplete;
    expect(root.querySelectorAll('.domain').length).toBe(1);
    window.dispatchEvent(new Event('beforeprint'));
    await element.updateComplete;
    expect(root.querySelectorAll('.domain').length).toBe(DOMAINS.length);
    expect(root.querySelectorAll('details.phase').length).toBeGreaterThan(1);
    await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
    try {
      // Domains off screen skip their layout on screen (content-visibility), never in print; closed phases print open.
      for (const domain of root.querySelectorAll('.domain')) expect(getComputedStyle(domain).contentVisibility).toBe('visible');
      for (const action of root.querySelectorAll('details:not([open]) h4')) expect(action.checkVisibility()).toBe(true);
    } finally {
      await cdp().send('Emulation.setEmulatedMedia', { media: '' });
    }
  });

  test('shows each domain as a 3x3 data table: factors across, levels down, score and word per cell, weakest link marked', async () => {
    const { result } = await showResult();
    const content = CONTENT.nl;
    for (const domain of result.domains) {
      const name = content.domains.find((candidate) => candidate.id === domain.domain)!.name;
      const table = page.getByRole('table', { name: nl.gridCaption(name) });
      await expect.element(table).toBeVisible();
      expect(table.getByRole('columnheader').elements().map((cell) => cell.textContent!.trim())).toEqual([nl.level, ...content.factors.map((f) => f.name)]);
      expect(table.getByRole('rowheader').elements().map((cell) => cell.textContent!.trim())).toEqual([...content.levels.map((l) => l.name), nl.average]);
      const rows = table.getByRole('row').elements().slice(1, 1 + content.levels.length);
      rows.forEach((row, rowIndex) => {
        const cells = [...row.querySelectorAll('td')];
        expect(cells).toHaveLength(content.factors.length);
        cells.forEach((cell, column) => {
          const level = content.levels[rowIndex]!.id;
          const factor = content.factors[column]!.id;
          const value = domain.cells.find((candidate) => candidate.level === level && candidate.factor === factor)!.score;
          const words = value === null ? ['–', nl.noScore] : [String(Math.round(value)), nl.bands[scoreBand(Math.round(value))]];
          const weakest = domain.weakestLink?.level === level && domain.weakestLink.factor === factor;
          expect(cell.textContent!.replace(/\s+/g, ' ').trim()).toBe([...words, ...(weakest ? [nl.weakestMarker] : [])].join(' '));
        });
      });
      expect(table.getByText(nl.weakestMarker).elements()).toHaveLength(domain.weakestLink ? 1 : 0);
    }
  });

  test('the summary links to every domain, the plan and the next steps, and moves focus there', async () => {
    const { element, result } = await showResult();
    const nav = page.getByRole('navigation', { name: nl.onThisPage });
    const ranked = [...result.domains].sort((a, b) => a.rank - b.rank);
    const names = ranked.map((domain) => CONTENT.nl.domains.find((candidate) => candidate.id === domain.domain)!.name);
    expect(nav.getByRole('link').elements().map((link) => link.textContent!.trim())).toEqual([...names, nl.planLink, nl.nextHeading]);
    for (const [index, name] of names.entries()) {
      await nav.getByRole('link', { name, exact: true }).click();
      expect(deepActive()?.textContent).toBe(`${nl.rank(index + 1)} ${name}`);
    }
    await nav.getByRole('link', { name: nl.planLink }).click();
    expect(deepActive()?.textContent).toBe(nl.planHeading(10));
    const top = () => deepActive()!.getBoundingClientRect().top;
    await expect.poll(top).toBeLessThan(innerHeight); // scrolled into view (smoothly, unless reduced motion)
    expect(top()).toBeGreaterThanOrEqual(0);
    await nav.getByRole('link', { name: nl.nextHeading }).click();
    expect(deepActive()?.textContent).toBe(nl.nextHeading);
    expect(location.hash).toBe(''); // the host page's address is left alone
    expect(element.shadowRoot!.querySelectorAll('[id]').length).toBe(new Set([...element.shadowRoot!.querySelectorAll('[id]')].map((e) => e.id)).size);
  });

  test.each(['nl', 'en'] as const)('every button, link, disclosure and table has a name of its own (%s)', async (lang) => {
    const { element } = await showResult(lang);
    const root = element.shadowRoot!;
    const name = (control: Element) =>
      (control.getAttribute('aria-labelledby') ? root.getElementById(control.getAttribute('aria-labelledby')!)!.textContent : control.textContent)!
        .replace(/\s+/g, ' ')
        .trim();
    for (const selector of ['button', 'a', 'summary', '[role="region"]', 'table', 'section']) {
      const names = [...root.querySelectorAll(selector)].map((control) => (selector === 'table' ? name(control.querySelector('caption')!) : name(control)));
      expect(names.length, selector).toBeGreaterThan(0);
      expect(new Set(names).size, `${selector}: ${names.join(' | ')}`).toBe(names.length);
      for (const text of names) expect(text).not.toBe('');
    }
  });

  test.each(['nl', 'en'] as const)('is accessible in every state: loaded, phases open, confirming a restart (%s)', async (lang) => {
    const { element } = await showResult(lang);
    await expectAccessible(element);
    for (const details of element.shadowRoot!.querySelectorAll('details')) details.open = true;
    await expectAccessible(element);
    await page.getByRole('button', { name: TEXT[lang].restart }).click();
    await expect.element(page.getByRole('group', { name: TEXT[lang].confirmRestart })).toBeVisible();
    await expectAccessible(element);
  });

  test('at 320px and in forced colours nothing sticks out and the weakest link keeps its frame', async () => {
    await page.viewport(320, 800);
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    try {
      const { element } = await showResult();
      for (const details of element.shadowRoot!.querySelectorAll('details')) details.open = true;
      const base = element.shadowRoot!.querySelector('.base')!;
      expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      const weakest = element.shadowRoot!.querySelector('.cell--weakest')!;
      expect(getComputedStyle(weakest).borderTopStyle).toBe('double');
      await expectAccessible(element);
    } finally {
      await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'none' }] });
    }
  });
});
