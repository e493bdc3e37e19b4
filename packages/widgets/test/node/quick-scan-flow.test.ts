import { describe, expect, test } from 'vitest';
import content from '@maatwerk/model/data/content.nl.json' with { type: 'json' };
import type { QuickScanContent } from '@maatwerk/model';
import { back, defaultDomains, domainFilter, next, offeredDomains, resumeStep, stepsOf, toggleDomain } from '../../src/quick-scan/flow.ts';

const scan = content as unknown as QuickScanContent;
const ids = scan.domains.map((domain) => domain.id);

describe('the quick scan flow (pure)', () => {
  test('one step per chosen domain and level, in content order, each with that cell\'s statements', () => {
    const steps = stepsOf(scan, [ids[1]!, ids[0]!]);
    expect(steps).toHaveLength(2 * scan.levels.length);
    expect(steps.map((step) => step.domain.id)).toEqual([...Array(scan.levels.length).fill(ids[0]), ...Array(scan.levels.length).fill(ids[1])]);
    for (const step of steps) {
      expect(step.statements.length).toBeGreaterThan(0);
      expect(step.statements.every((s) => s.domain === step.domain.id && s.level === step.level.id)).toBe(true);
    }
    expect(stepsOf(scan, [])).toEqual([]);
  });

  test('the domains attribute: known ids limit and preselect, unknown ids are reported', () => {
    expect(domainFilter(scan, `${ids[2]}, nope ${ids[0]}`)).toEqual({ known: [ids[0], ids[2]], unknown: ['nope'] });
    expect(offeredDomains(scan, `${ids[2]}`).map((d) => d.id)).toEqual([ids[2]]);
    expect(offeredDomains(scan, 'nope')).toHaveLength(scan.domains.length);
    expect(defaultDomains(scan, `${ids[2]}`)).toEqual([ids[2]]);
    const preselected = scan.domains.filter((d) => d.preselected).map((d) => d.id);
    expect(defaultDomains(scan, undefined)).toEqual(preselected.length ? preselected : [ids[0]]);
  });

  test('ticking keeps content order; unticking removes', () => {
    expect(toggleDomain(scan, [ids[2]!], ids[0]!, true)).toEqual([ids[0], ids[2]]);
    expect(toggleDomain(scan, [ids[0]!, ids[2]!], ids[0]!, false)).toEqual([ids[2]]);
  });

  test('Next warns once on an empty step, then goes on; the last step finishes', () => {
    const steps = stepsOf(scan, [ids[0]!]);
    expect(next(steps, 0, {}, new Set())).toEqual({ kind: 'warn-empty' });
    expect(next(steps, 0, {}, new Set([0]))).toEqual({ kind: 'step', step: 1 });
    const answered = { [steps[0]!.statements[0]!.id]: null };
    expect(next(steps, 0, answered, new Set())).toEqual({ kind: 'step', step: 1 });
    const last = steps.length - 1;
    expect(next(steps, last, { [steps[last]!.statements[0]!.id]: 2 }, new Set())).toEqual({ kind: 'finish' });
  });

  test('Back: step to step, first step to the domain choice, domain choice to the intro', () => {
    expect(back('step', 2)).toEqual({ view: 'step', step: 1 });
    expect(back('step', 0)).toEqual({ view: 'domains', step: 0 });
    expect(back('domains', 0)).toEqual({ view: 'intro', step: 0 });
  });

  test('resume lands on the saved step, never past the last', () => {
    const steps = stepsOf(scan, [ids[0]!]);
    expect(resumeStep(steps, 1)).toBe(1);
    expect(resumeStep(steps, 99)).toBe(steps.length - 1);
    expect(resumeStep([], 3)).toBe(0);
  });
});
