// What the validator refuses in the kennisblad's figures beyond the display check (figures.test.ts):
// the value, a claim about the publisher sourced elsewhere, a horizon that differs from the plan's.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkHorizon, checkTraject, type QuickScanContent, type Traject } from '../src/index.ts';

const load = async <T>(name: string): Promise<T> => JSON.parse(await readFile(new URL(`../data/${name}`, import.meta.url), 'utf8')) as T;

describe('figures in the traject', () => {
  it('the shipped figures pass in both languages', async () => {
    for (const lang of ['nl', 'en']) expect(checkTraject(await load<Traject>(`traject.${lang}.json`))).toEqual([]);
  });

  it('refuses a display that does not match its value', async () => {
    const traject = await load<Traject>('traject.nl.json');
    const index = traject.figures.findIndex((figure) => figure.display === '15,9%');
    traject.figures[index] = { ...traject.figures[index]!, display: '19,5%' };
    expect(checkTraject(traject)).toEqual([{ path: `figures[${index}].display`, message: expect.stringContaining('"19,5%" past niet bij de waarde 15,9') as string }]);
  });

  it("refuses a claim about the publisher's work with a source from someone else", async () => {
    const traject = await load<Traject>('traject.nl.json');
    const index = traject.figures.findIndex((figure) => figure.source.name.startsWith('UWV'));
    traject.figures[index] = { ...traject.figures[index]!, label: "arbeidsmarktregio's. Elke regio heeft een eigen adviseur van Lezen & Schrijven." };
    expect(checkTraject(traject).map((issue) => issue.path)).toEqual([`figures[${index}].source`]);
  });

  it('refuses a horizon in the figures or the steps that differs from the plan', async () => {
    const traject = await load<Traject>('traject.nl.json');
    const content = await load<QuickScanContent>('content.nl.json');
    expect(checkHorizon(traject, content)).toEqual([]);
    const months = traject.figures.findIndex((figure) => /maanden/.test(figure.display));
    traject.figures[months] = { ...traject.figures[months]!, value: 12, display: '12 maanden' };
    expect(checkTraject(traject).map((issue) => issue.path)).toEqual([`figures[${months}].value`]);
    traject.steps.horizonMonths = 12;
    expect(checkHorizon(traject, content).map((issue) => issue.path)).toEqual(['steps.horizonMonths']);
  });
});
