// advise(): the 10-month action plan for the best-ranked domains.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { advise, score, type ActionPlan, type Answers, type PlannedAction, type QuickScanContent, type ScanResult } from '../src/index.ts';
import { deepFreeze, fixture, shipped } from './support.ts';

let content: QuickScanContent;

beforeAll(async () => {
  content = deepFreeze((await shipped()).content);
});

const planned = (plan: ActionPlan): PlannedAction[] => plan.phases.flatMap((phase) => phase.actions);
const cellOf = (item: PlannedAction) => `${item.action.level}/${item.action.factor}`;

/** Random answers over the real content: absent, "weet ik niet" or a scale value per statement. */
function answersArbitrary(): fc.Arbitrary<Answers> {
  const values = content.scale.options.map((option) => option.value);
  const slot = fc.oneof(
    { arbitrary: fc.constant<number | null | undefined>(undefined), weight: 1 },
    { arbitrary: fc.constant<number | null | undefined>(null), weight: 1 },
    { arbitrary: fc.constantFrom<number | null | undefined>(...values), weight: 6 },
  );
  return fc.tuple(...content.statements.map(() => slot)).map((slots) => {
    const answers: Answers = {};
    content.statements.forEach((statement, index) => {
      const value = slots[index];
      if (value !== undefined) answers[statement.id] = value;
    });
    return answers;
  });
}

function cellScore(result: ScanResult, domain: string, item: PlannedAction): number | null {
  const cell = result.domains.find((d) => d.domain === domain)!.cells.find((c) => c.level === item.action.level && c.factor === item.action.factor);
  return cell?.score ?? null;
}

describe('worked example', () => {
  it('plans the weakest links first, each action once, ordered by phase', async () => {
    const example = await fixture<QuickScanContent>('content.worked-example.json');
    const result = score(example, { a1: 4, a2: 3, a3: 1, a4: 3, a5: null, b1: 3, b2: 2, b3: 2, b4: 2 });
    const plan = advise(example, result);
    expect(plan.months).toBe(10);
    expect(plan.domains).toEqual(['werk', 'armoede']);
    const summary = plan.phases.map((phase) => [phase.phase.id, phase.actions.map((a) => `${a.domain}:${a.action.id}:${a.cellScore}:${a.belowThreshold}`)]);
    expect(summary).toEqual([
      // werk (ranked first): its three 33.3 cells, domain-specific x6 before generic ones, one per cell
      // first (x6, x1, x5), then x3 for a cell already covered. armoede: x2 for its weakest link
      // (bestuur/middelen, 0), topped up with x4 (83.3, not below its threshold): x1/x3/x5 are taken.
      ['start', ['werk:x3:33.3:true', 'armoede:x2:0:true']],
      ['opbouw', ['werk:x6:33.3:true', 'werk:x1:33.3:true']],
      ['borging', ['werk:x5:33.3:true', 'armoede:x4:83.3:false']],
    ]);
  });

  it('respects topDomains, min and max', async () => {
    const example = await fixture<QuickScanContent>('content.worked-example.json');
    const result = score(example, { a1: 4, a2: 3, a3: 1, a4: 3, a5: null, b1: 3, b2: 2, b3: 2, b4: 2 });
    const plan = advise(example, result, { topDomains: 1, min: 1, max: 2 });
    expect(plan.domains).toEqual(['werk']);
    expect(planned(plan).map((item) => item.action.id)).toEqual(['x6', 'x1']); // x6 in opbouw, x1 in opbouw
  });
});

describe('advise on the real content', { timeout: 30_000 }, () => {
  it('has a library big enough for 3-5 actions in each of 3 domains', () => {
    for (const domain of content.domains) {
      const fitting = content.actions.filter((action) => action.domain === undefined || action.domain === domain.id);
      expect(fitting.length, domain.id).toBeGreaterThanOrEqual(15);
    }
  });

  it('plans nothing when nothing is known', () => {
    const plan = advise(content, score(content, {}));
    expect(plan.domains).toEqual([]);
    expect(plan.phases).toEqual([]);
  });

  it('addresses the weakest link first', () => {
    // Everything "klopt helemaal", except bestuur x middelen in gezondheid.
    const answers: Answers = Object.fromEntries(content.statements.map((s) => [s.id, 4]));
    const weak = content.statements.filter((s) => s.domain === 'gezondheid' && s.level === 'bestuur' && s.factor === 'middelen');
    for (const s of weak) answers[s.id] = 1;
    const result = score(content, answers, { domains: ['gezondheid'] });
    const plan = advise(content, result);
    expect(plan.domains).toEqual(['gezondheid']);
    const items = planned(plan);
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.filter((item) => item.belowThreshold).map(cellOf)).toContain('bestuur/middelen');
    // The only cell below any threshold is the weak one; the rest tops the plan up.
    for (const item of items) expect(item.belowThreshold).toBe(cellOf(item) === 'bestuur/middelen');
  });

  it('still gives a strong domain a plan of at least 3 actions', () => {
    const answers: Answers = Object.fromEntries(content.statements.map((s) => [s.id, 4]));
    const plan = advise(content, score(content, answers));
    expect(plan.domains).toHaveLength(3);
    for (const domain of plan.domains) {
      const items = planned(plan).filter((item) => item.domain === domain);
      expect(items.length).toBeGreaterThanOrEqual(3);
      expect(items.every((item) => !item.belowThreshold)).toBe(true);
    }
  });

  it('keeps every rule for random answers (property)', () => {
    const phaseOrder = content.phases.map((phase) => phase.id);
    fc.assert(
      fc.property(answersArbitrary(), fc.integer({ min: 1, max: 7 }), (answers, topDomains) => {
        const result = deepFreeze(score(content, answers));
        const plan = advise(content, result, { topDomains });
        const items = planned(plan);
        const ids = items.map((item) => item.action.id);

        // no duplicates; every action is the library's own record
        expect(new Set(ids).size).toBe(ids.length);
        for (const item of items) expect(content.actions).toContain(item.action);

        // the best-ranked domains that have a score, in rank order
        const scored = result.domains.filter((d) => d.score !== null).map((d) => d.domain);
        expect(plan.domains).toEqual(scored.slice(0, topDomains));
        expect(plan.months).toBe(10);

        // ordered by phase: phases in plan order, each action in its own phase, no empty phase
        expect(plan.phases.map((p) => phaseOrder.indexOf(p.phase.id))).toEqual(
          [...plan.phases.map((p) => phaseOrder.indexOf(p.phase.id))].sort((a, b) => a - b),
        );
        for (const phase of plan.phases) {
          expect(phase.actions.length).toBeGreaterThan(0);
          for (const item of phase.actions) expect(item.action.phase).toBe(phase.phase.id);
        }

        const taken = new Set<string>();
        for (const domain of plan.domains) {
          const mine = items.filter((item) => item.domain === domain);
          // 3-5 actions per domain (the library always allows 3 here)
          expect(mine.length).toBeGreaterThanOrEqual(3);
          expect(mine.length).toBeLessThanOrEqual(5);
          for (const item of mine) {
            // only actions for this domain or generic ones
            expect([undefined, domain]).toContain(item.action.domain);
            // the reported cell score and threshold are the result's
            expect(item.cellScore).toBe(cellScore(result, domain, item));
            expect(item.belowThreshold).toBe(item.cellScore !== null && item.cellScore < item.action.advisedBelow);
          }

          // weakest cells first: no weaker, unaddressed cell with an advised action was passed over
          const available = content.actions
            .filter((action) => (action.domain === undefined || action.domain === domain) && !taken.has(action.id))
            .map((action) => ({ action, domain, cellScore: null, belowThreshold: false }) as PlannedAction)
            .map((item) => ({ ...item, cellScore: cellScore(result, domain, item) }))
            .filter((item) => item.cellScore !== null && item.cellScore < item.action.advisedBelow);
          const advised = mine.filter((item) => item.belowThreshold);
          const addressed = new Set(advised.map(cellOf));
          const strongestAddressed = Math.max(...advised.map((item) => item.cellScore!));
          if (available.length > 0) {
            expect(advised.length).toBeGreaterThan(0);
            expect(Math.min(...advised.map((item) => item.cellScore!))).toBe(Math.min(...available.map((item) => item.cellScore!)));
          }
          for (const skipped of available.filter((item) => !addressed.has(cellOf(item)))) {
            expect(skipped.cellScore!).toBeGreaterThanOrEqual(strongestAddressed);
          }
          // several weak links rather than many actions for one: one action per weak cell first
          expect(addressed.size).toBe(Math.min(new Set(available.map(cellOf)).size, 5));
          // a filler (not below its threshold) only when the advised actions do not reach 3
          if (mine.some((item) => !item.belowThreshold)) expect(advised.length).toBeLessThan(3);
          for (const item of mine) taken.add(item.action.id);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('prefers an action for the domain itself over a generic one for the same cell', () => {
    const specific = content.actions.find((action) => action.domain !== undefined)!;
    // Only the cell of the domain-specific action is weak.
    const answers: Answers = Object.fromEntries(content.statements.map((s) => [s.id, 4]));
    for (const s of content.statements) {
      if (s.domain === specific.domain && s.level === specific.level && s.factor === specific.factor) answers[s.id] = 1;
    }
    const result = score(content, answers, { domains: [specific.domain!] });
    const plan = advise(content, result);
    expect(plan.domains).toEqual([specific.domain]);
    const advised = planned(plan).filter((item) => item.belowThreshold);
    // the weak cell is addressed, and by the domain's own action
    expect(advised.map((item) => item.action.id)).toContain(specific.id);
    expect(advised.every((item) => cellOf(item) === `${specific.level}/${specific.factor}`)).toBe(true);
    // with room for one action only, it is the domain's own
    expect(planned(advise(content, result, { min: 1, max: 1 })).map((item) => item.action.id)).toEqual([specific.id]);
  });
});
