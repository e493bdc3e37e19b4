// The English content and traject are translations: same ids, same structure, same values. Only
// the words differ, so a scan answered in one language scores the same in the other.
import { beforeAll, describe, expect, it } from 'vitest';
import { advise, score, type Answers } from '../src/index.ts';
import type { Dataset } from '../src/node.ts';
import { shipped } from './support.ts';

/** Keys whose string values are identifiers or data, not text: they must not be translated. */
const NOT_TRANSLATED = new Set(['id', 'version', 'domain', 'level', 'factor', 'phase', 'figures', 'peildatum', 'date', 'url', 'municipality', '$schema']);

/**
 * The shape of a JSON value with its text blanked out: objects keep their keys, arrays their
 * length, numbers and booleans their value, strings only where they are identifiers.
 */
function skeleton(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => skeleton(item, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, skeleton(v, k)]).sort(([a], [b]) => String(a).localeCompare(String(b))));
  }
  if (typeof value === 'string') return NOT_TRANSLATED.has(key) ? value : '<text>';
  return value;
}

let nl: Dataset;
let en: Dataset;
beforeAll(async () => {
  [nl, en] = await Promise.all([shipped('nl'), shipped('en')]);
});

describe('content nl/en', () => {
  it('declares its own language', () => {
    expect(nl.content.lang).toBe('nl');
    expect(en.content.lang).toBe('en');
  });

  it('has identical ids, structure and values', () => {
    const { lang: _nl, ...dutch } = nl.content;
    const { lang: _en, ...english } = en.content;
    expect(skeleton(english)).toEqual(skeleton(dutch));
  });

  it('lists the same statements for the same cells, in the same order', () => {
    const cells = (d: Dataset) => d.content.statements.map((s) => [s.id, s.domain, s.level, s.factor]);
    expect(cells(en)).toEqual(cells(nl));
    expect(en.content.scale.options.map((o) => o.value)).toEqual(nl.content.scale.options.map((o) => o.value));
    expect(en.content.actions.map((a) => [a.id, a.advisedBelow, a.phase])).toEqual(nl.content.actions.map((a) => [a.id, a.advisedBelow, a.phase]));
  });

  it('is really translated: the texts differ', () => {
    const differ = nl.content.statements.filter((s, i) => s.text !== en.content.statements[i]!.text);
    expect(differ.length).toBe(nl.content.statements.length);
    expect(en.content.title).not.toBe(nl.content.title);
  });

  it('scores and advises the same in both languages', () => {
    const answers: Answers = Object.fromEntries(nl.content.statements.map((s, i) => [s.id, i % 7 === 0 ? null : 1 + ((i * 5) % 4)]));
    const resultNl = score(nl.content, answers);
    const resultEn = score(en.content, answers);
    expect({ ...resultEn, content: null }).toEqual({ ...resultNl, content: null });
    const ids = (plan: ReturnType<typeof advise>) => plan.phases.map((p) => [p.phase.id, p.actions.map((a) => a.action.id)]);
    expect(ids(advise(en.content, resultEn))).toEqual(ids(advise(nl.content, resultNl)));
  });
});

describe('traject nl/en', () => {
  it('has identical structure, figure ids and references', () => {
    const { lang: _nl, ...dutch } = nl.traject;
    const { lang: _en, ...english } = en.traject;
    expect(skeleton(english)).toEqual(skeleton(dutch));
  });

  it('has equal figures: value, peildatum and source link', () => {
    const figures = (d: Dataset) => d.traject.figures.map((f) => ({ id: f.id, value: f.value, peildatum: f.peildatum, url: f.source.url }));
    expect(figures(en)).toEqual(figures(nl));
    expect(nl.traject.figures.length).toBeGreaterThanOrEqual(6);
  });

  it('carries the figures from the brief', () => {
    const value = (id: string) => nl.traject.figures.find((f) => f.id === id)?.value;
    expect(value('model-gemeenten-2022')).toBe(5);
    expect(value('gemeenten-gestart')).toBe(28);
    expect(value('laaggeletterden-volwassenen')).toBe(2_500_000);
    expect(value('piaac-2023-16-65-percentage')).toBe(15.9);
    expect(value('piaac-2023-66-75-percentage')).toBe(39);
    expect(nl.traject.steps.horizonMonths).toBe(10);
  });
});
