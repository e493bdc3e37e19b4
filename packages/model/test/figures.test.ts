// A figure's display text must show its value: `value: 15.9` with `display: "19,5%"` is refused.
import { describe, expect, it } from 'vitest';
import { checkTrajectData } from '../src/browser-validate.ts';
import { displayedNumber, displayMatchesValue, figureDisplayIssue } from '../src/figures.ts';
import { validate } from '../src/node.ts';
import { rawData, shipped } from './support.ts';

describe('reading the number in a display text', () => {
  it.each([
    ['2,5 miljoen', 'nl', 2_500_000],
    ['15,9%', 'nl', 15.9],
    ['1.250', 'nl', 1250],
    ['10 maanden', 'nl', 10],
    ['2.5 million', 'en', 2_500_000],
    ['1,250', 'en', 1250],
    ['3 miljard', 'nl', 3e9],
  ] as const)('%s (%s) is %d', (display, lang, value) => {
    expect(displayedNumber(display, lang)?.value).toBeCloseTo(value, 6);
  });

  it('has no number when there are no digits', () => {
    expect(displayedNumber('een kwart', 'nl')).toBeUndefined();
  });

  it('allows the rounding the text shows, and no more', () => {
    expect(displayMatchesValue({ value: 2_460_000, display: '2,5 miljoen' }, 'nl')).toBe(true);
    expect(displayMatchesValue({ value: 2_400_000, display: '2,5 miljoen' }, 'nl')).toBe(false);
    expect(displayMatchesValue({ value: 15.94, display: '15,9%' }, 'nl')).toBe(true);
    expect(displayMatchesValue({ value: 28, display: '41' }, 'nl')).toBe(false);
  });
});

describe('the traject check', () => {
  it('accepts every shipped figure in both languages', async () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const figure of (await shipped(lang)).traject.figures) expect(figureDisplayIssue(figure, 'x', lang), figure.id).toBeUndefined();
    }
  });

  it('refuses value 15.9 with display "19,5%" in Node and in the browser, with the same plain-Dutch message', async () => {
    const traject = await rawData('traject.nl.json');
    const figures = traject.figures as { id: string; display: string }[];
    const index = figures.findIndex((figure) => figure.id === 'piaac-2023-16-65-percentage');
    figures[index]!.display = '19,5%';
    const expected = {
      path: `figures[${index}].display`,
      message: 'De weergave "19,5%" past niet bij de waarde 15,9: er staat 19,5. Pas de waarde of de weergave aan.',
    };
    const node = await validate('traject', traject);
    expect(node.valid).toBe(false);
    expect(node.issues).toEqual([expected]);
    const browser = checkTrajectData(traject);
    expect(browser.valid).toBe(false);
    expect(browser.issues).toEqual([expected]);
  });

  it('explains a display without digits in English too', async () => {
    const traject = await rawData('traject.en.json');
    (traject.figures as { display: string }[])[4]!.display = 'five';
    const checked = checkTrajectData(traject, 'en');
    expect(checked.issues.map((issue) => issue.message)).toEqual(['The display "five" contains no number. Write the value 5 in digits, for example "5".']);
  });
});
