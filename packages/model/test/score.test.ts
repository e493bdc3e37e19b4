// score(): the worked example from the README, computed by hand, and properties over random
// answers on the real content.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { RESULT_VERSION, SCORING, score, type Answers, type DomainResult, type QuickScanContent, type ScanResult } from '../src/index.ts';
import { validate, validateFile } from '../src/node.ts';
import { FIXTURES, deepFreeze, fixture, shipped } from './support.ts';

let content: QuickScanContent;
let values: number[];
let min: number;
let max: number;

beforeAll(async () => {
  content = deepFreeze((await shipped()).content);
  values = content.scale.options.map((option) => option.value);
  min = Math.min(...values);
  max = Math.max(...values);
});

// ---------------------------------------------------------------------------------------------
// Arbitraries: answers over the real content. Each statement is absent, "weet ik niet" (null) or a
// value on the scale, in several mixes so both sparse and complete scans are generated.
// ---------------------------------------------------------------------------------------------
const ABSENT = Symbol('absent');
type Slot = typeof ABSENT | null | number;

function toAnswers(slots: readonly Slot[]): Answers {
  const answers: Answers = {};
  content.statements.forEach((statement, index) => {
    const slot = slots[index];
    if (slot !== ABSENT && slot !== undefined) answers[statement.id] = slot;
  });
  return answers;
}

function slot(weights: { absent: number; unknown: number; value: number }): fc.Arbitrary<Slot> {
  return fc.oneof(
    { arbitrary: fc.constant<Slot>(ABSENT), weight: weights.absent },
    { arbitrary: fc.constant<Slot>(null), weight: weights.unknown },
    { arbitrary: fc.constantFrom<Slot>(...values), weight: weights.value },
  );
}

function answersArbitrary(): fc.Arbitrary<Answers> {
  const mixes = [
    { absent: 1, unknown: 1, value: 1 },
    { absent: 1, unknown: 1, value: 10 },
    { absent: 10, unknown: 2, value: 1 },
  ];
  const complete = fc.tuple(...content.statements.map(() => fc.constantFrom<Slot>(...values)));
  return fc.oneof(...mixes.map((mix) => fc.tuple(...content.statements.map(() => slot(mix)))), complete).map(toAnswers);
}

const statementIndex = () => fc.nat({ max: content.statements.length - 1 });
const normalised = (value: number) => ((value - min) / (max - min)) * 100;

/** Every score in a domain result with a name, so two results can be compared score by score. */
function scoresOf(domain: DomainResult): Map<string, number | null> {
  const scores = new Map<string, number | null>([
    ['score', domain.score],
    ['opportunity', domain.opportunity],
  ]);
  for (const [id, value] of Object.entries(domain.factors)) scores.set(`factor ${id}`, value);
  for (const [id, value] of Object.entries(domain.levels)) scores.set(`level ${id}`, value);
  for (const cell of domain.cells) scores.set(`cell ${cell.level}/${cell.factor}`, cell.score);
  return scores;
}

const byDomain = (result: ScanResult) => new Map(result.domains.map((domain) => [domain.domain, domain]));

function domainOf(result: ScanResult, id: string): DomainResult {
  const domain = result.domains.find((d) => d.domain === id);
  if (!domain) throw new Error(`No result for domain ${id}`);
  return domain;
}

describe('worked example (README), computed by hand', () => {
  // Scale 1..4 maps to 0, 33.3, 66.7, 100. See packages/model/README.md, "Worked example".
  const answers: Answers = { a1: 4, a2: 3, a3: 1, a4: 3, a5: null, b1: 3, b2: 2, b3: 2, b4: 2 };
  let example: QuickScanContent;
  let result: ScanResult;

  beforeAll(async () => {
    example = await fixture<QuickScanContent>('content.worked-example.json');
    expect((await validateFile(`${FIXTURES}content.worked-example.json`)).issues).toEqual([]);
    result = score(example, answers);
  });

  it('scores the cells, factors, levels and the domain of "armoede"', () => {
    expect(domainOf(result, 'armoede')).toEqual({
      domain: 'armoede',
      rank: 2,
      score: 50, // (83.33 + 0 + 66.67) / 3: the unknown cell is left out
      opportunity: 37.5, // 0.75 x 50 + 0.25 x 0
      coverage: 0.8, // 4 of 5 statements answered with a value
      unknown: 1,
      factors: { betrokkenheid: 75, middelen: 0 },
      levels: { bestuur: 41.7, uitvoering: 66.7 },
      cells: [
        { level: 'bestuur', factor: 'betrokkenheid', score: 83.3, answered: 2, total: 2 }, // (100 + 66.67) / 2
        { level: 'bestuur', factor: 'middelen', score: 0, answered: 1, total: 1 },
        { level: 'uitvoering', factor: 'betrokkenheid', score: 66.7, answered: 1, total: 1 },
        { level: 'uitvoering', factor: 'middelen', score: null, answered: 0, total: 1 },
      ],
      weakestLink: { level: 'bestuur', factor: 'middelen', score: 0 },
    });
  });

  it('scores "werk" lower on average, but more balanced', () => {
    expect(domainOf(result, 'werk')).toEqual({
      domain: 'werk',
      rank: 1,
      score: 41.7, // (66.67 + 33.33 + 33.33 + 33.33) / 4 = 41.67
      opportunity: 39.6, // 0.75 x 41.67 + 0.25 x 33.33 = 39.58
      coverage: 1,
      unknown: 0,
      factors: { betrokkenheid: 50, middelen: 33.3 },
      levels: { bestuur: 50, uitvoering: 33.3 },
      cells: [
        { level: 'bestuur', factor: 'betrokkenheid', score: 66.7, answered: 1, total: 1 },
        { level: 'bestuur', factor: 'middelen', score: 33.3, answered: 1, total: 1 },
        { level: 'uitvoering', factor: 'betrokkenheid', score: 33.3, answered: 1, total: 1 },
        { level: 'uitvoering', factor: 'middelen', score: 33.3, answered: 1, total: 1 },
      ],
      // three cells tie at 33.3: the first in content order (levels, then factors) is the weakest link
      weakestLink: { level: 'bestuur', factor: 'middelen', score: 33.3 },
    });
  });

  it('ranks by opportunity, not by average, and reports overall coverage', () => {
    expect(result.ranking).toEqual(['werk', 'armoede']);
    expect(result.coverage).toBe(0.8889); // 8 of 9
    expect(result.answers).toEqual(answers);
    expect(result.content).toEqual({ id: 'worked-example', version: '1.0.0', lang: 'nl' });
    expect(result.resultVersion).toBe(RESULT_VERSION);
  });

  it('uses the weights in SCORING', () => {
    expect(SCORING.opportunityWeights).toEqual({ average: 0.75, weakestFactor: 0.25 });
    expect(SCORING.decimals).toBe(1);
  });

  it('scores only the chosen domains, and adds municipality and completedAt only when given', () => {
    const only = score(example, answers, {
      domains: ['armoede'],
      municipality: { code: 'GM0141', name: 'Almelo' },
      completedAt: '2026-01-15T10:00:00.000Z',
    });
    expect(only.ranking).toEqual(['armoede']);
    expect(only.coverage).toBe(0.8);
    expect(only.answers).toEqual({ a1: 4, a2: 3, a3: 1, a4: 3, a5: null });
    expect(only.municipality).toEqual({ code: 'GM0141', name: 'Almelo' });
    expect(only.completedAt).toBe('2026-01-15T10:00:00.000Z');
    expect(result).not.toHaveProperty('municipality');
    expect(result).not.toHaveProperty('completedAt');
  });

  it('scores an empty scan as unknown, not as zero', () => {
    const empty = score(example, {});
    expect(empty.coverage).toBe(0);
    for (const domain of empty.domains) {
      expect(domain).toMatchObject({ score: null, opportunity: null, coverage: 0, unknown: 0, weakestLink: null });
      expect(Object.values(domain.factors)).toEqual([null, null]);
    }
    expect(empty.ranking).toEqual(['armoede', 'werk']); // content order when nothing is known
  });

  it('ignores answers that are not on the scale or not in the content', () => {
    const noisy = score(example, { ...answers, a3: 7, b4: 2.5, unknown: 3 } as Answers);
    const { a3: _a3, b4: _b4, ...rest } = answers;
    expect(noisy).toEqual(score(example, rest));
  });
});

// Property runs take a few seconds on a busy machine.
describe('score on the real content (properties)', { timeout: 30_000 }, () => {
  it('stays within bounds: scores 0..100 or null, coverage 0..1', () => {
    fc.assert(
      fc.property(answersArbitrary(), (answers) => {
        const result = score(content, answers);
        expect(result.coverage).toBeGreaterThanOrEqual(0);
        expect(result.coverage).toBeLessThanOrEqual(1);
        for (const domain of result.domains) {
          for (const [name, value] of scoresOf(domain)) {
            if (value === null) continue;
            expect(value, name).toBeGreaterThanOrEqual(0);
            expect(value, name).toBeLessThanOrEqual(100);
          }
          expect(domain.coverage).toBeGreaterThanOrEqual(0);
          expect(domain.coverage).toBeLessThanOrEqual(1);
          for (const cell of domain.cells) expect(cell.answered).toBeLessThanOrEqual(cell.total);
          // nothing answered with a value <=> no score
          expect(domain.score === null).toBe(domain.cells.every((cell) => cell.answered === 0));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('matches a direct computation: coverage is the share answered, the score the mean answered value', () => {
    // The real content has one statement per cell, so a domain's score is the mean of its answers.
    const perCell = new Set(content.statements.map((s) => `${s.domain}/${s.level}/${s.factor}`));
    expect(perCell.size).toBe(content.statements.length);
    fc.assert(
      fc.property(answersArbitrary(), (answers) => {
        const result = score(content, answers);
        const answered = Object.values(answers).filter((value) => value !== null).length;
        expect(result.coverage).toBeCloseTo(answered / content.statements.length, 4);
        for (const domain of content.domains) {
          const given = content.statements
            .filter((s) => s.domain === domain.id)
            .map((s) => answers[s.id])
            .filter((value): value is number => typeof value === 'number');
          const expected = given.length ? given.reduce((sum, value) => sum + normalised(value), 0) / given.length : null;
          const actual = domainOf(result, domain.id).score;
          if (expected === null) expect(actual).toBeNull();
          else expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(0.05 + 1e-9);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic and leaves its input alone', () => {
    fc.assert(
      fc.property(answersArbitrary(), (answers) => {
        const frozen = deepFreeze({ ...answers });
        const first = score(content, frozen);
        expect(score(content, frozen)).toStrictEqual(first);
        expect(score(structuredClone(content), structuredClone(frozen))).toStrictEqual(first);
      }),
    );
  });

  it('does not depend on the order of the answers', () => {
    fc.assert(
      fc.property(
        answersArbitrary().chain((answers) =>
          fc.tuple(fc.constant(answers), fc.shuffledSubarray(Object.entries(answers), { minLength: Object.keys(answers).length })),
        ),
        ([answers, shuffled]) => {
          const reordered = Object.fromEntries(shuffled);
          const a = score(content, answers);
          const b = score(content, reordered);
          expect(b).toStrictEqual(a);
          expect(JSON.stringify(b)).toBe(JSON.stringify(a));
        },
      ),
    );
  });

  it('is monotone: raising one answer never lowers any score or opportunity', () => {
    fc.assert(
      fc.property(
        answersArbitrary(),
        statementIndex(),
        fc.tuple(fc.nat(), fc.nat()),
        (answers, index, [i, j]) => {
          const low = values[i % values.length]!;
          const high = values[j % values.length]!;
          fc.pre(low < high);
          const id = content.statements[index]!.id;
          const before = byDomain(score(content, { ...answers, [id]: low }));
          const after = byDomain(score(content, { ...answers, [id]: high }));
          for (const [domainId, domain] of before) {
            const raised = scoresOf(after.get(domainId)!);
            for (const [name, value] of scoresOf(domain)) {
              const next = raised.get(name);
              if (value === null) expect(next, `${domainId} ${name}`).toBeNull();
              else expect(next, `${domainId} ${name}`).toBeGreaterThanOrEqual(value);
            }
            expect(after.get(domainId)!.coverage).toBe(domain.coverage);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is strictly higher where the raised answer counts', () => {
    fc.assert(
      fc.property(answersArbitrary(), statementIndex(), (answers, index) => {
        const statement = content.statements[index]!;
        const low = score(content, { ...answers, [statement.id]: min });
        const high = score(content, { ...answers, [statement.id]: max });
        const cell = (result: ScanResult) =>
          domainOf(result, statement.domain).cells.find((c) => c.level === statement.level && c.factor === statement.factor)!.score!;
        expect(cell(high)).toBeGreaterThan(cell(low));
        expect(domainOf(high, statement.domain).score!).toBeGreaterThan(domainOf(low, statement.domain).score!);
      }),
    );
  });

  it('"weet ik niet" lowers coverage, but never scores as the lowest value', () => {
    fc.assert(
      fc.property(answersArbitrary(), statementIndex(), (answers, index) => {
        const statement = content.statements[index]!;
        const unknown = score(content, { ...answers, [statement.id]: null });
        const lowest = score(content, { ...answers, [statement.id]: min });
        expect(unknown.coverage).toBeLessThan(lowest.coverage);
        const u = domainOf(unknown, statement.domain);
        const l = domainOf(lowest, statement.domain);
        expect(u.coverage).toBeLessThan(l.coverage);
        expect(u.unknown).toBe(l.unknown + 1);
        const lowestScores = scoresOf(l);
        for (const [name, value] of scoresOf(u)) {
          const withLowest = lowestScores.get(name)!;
          // Left out: either the score of what remains (never below), or unknown when nothing remains.
          if (value !== null) expect(value, name).toBeGreaterThanOrEqual(withLowest);
          else if (withLowest !== null) expect(withLowest, name).toBe(0);
        }
        // The domain score is then the mean of the remaining cells.
        const remaining = u.cells.filter((cell) => cell.score !== null).map((cell) => cell.score!);
        if (remaining.length === 0) expect(u.score).toBeNull();
        else expect(Math.abs(u.score! - remaining.reduce((a, b) => a + b, 0) / remaining.length)).toBeLessThanOrEqual(0.1);
        // ... and other domains are not touched at all.
        for (const other of unknown.domains.filter((d) => d.domain !== statement.domain)) {
          expect({ ...other, rank: 0 }).toEqual({ ...domainOf(lowest, other.domain), rank: 0 });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('"weet ik niet" counts the same as skipping for the score', () => {
    fc.assert(
      fc.property(answersArbitrary(), statementIndex(), (answers, index) => {
        const id = content.statements[index]!.id;
        const { [id]: _, ...skipped } = answers;
        const unknown = score(content, { ...answers, [id]: null });
        const skip = score(content, skipped);
        expect(unknown.domains.map((d) => [d.domain, d.score, d.opportunity, d.coverage])).toEqual(
          skip.domains.map((d) => [d.domain, d.score, d.opportunity, d.coverage]),
        );
      }),
    );
  });

  it('ranks consistently: ranking follows rank, sorted by opportunity, unknown domains last', () => {
    fc.assert(
      fc.property(answersArbitrary(), (answers) => {
        const result = score(content, answers);
        expect([...result.ranking].sort()).toEqual(content.domains.map((d) => d.id).sort());
        expect(result.ranking).toEqual(result.domains.map((d) => d.domain));
        expect(result.domains.map((d) => d.rank)).toEqual(result.domains.map((_, index) => index + 1));
        const order = content.domains.map((d) => d.id);
        for (let index = 1; index < result.domains.length; index++) {
          const a = result.domains[index - 1]!;
          const b = result.domains[index]!;
          const oa = a.opportunity ?? -1;
          const ob = b.opportunity ?? -1;
          expect(oa).toBeGreaterThanOrEqual(ob);
          if (oa === ob) {
            expect(a.coverage).toBeGreaterThanOrEqual(b.coverage);
            if (a.coverage === b.coverage) expect(order.indexOf(a.domain)).toBeLessThan(order.indexOf(b.domain));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('names the lowest cell as the weakest link', () => {
    fc.assert(
      fc.property(answersArbitrary(), (answers) => {
        for (const domain of score(content, answers).domains) {
          const scored = domain.cells.filter((cell) => cell.score !== null);
          if (scored.length === 0) {
            expect(domain.weakestLink).toBeNull();
            continue;
          }
          const lowest = Math.min(...scored.map((cell) => cell.score!));
          const first = scored.find((cell) => cell.score === lowest)!;
          expect(domain.weakestLink).toEqual({ level: first.level, factor: first.factor, score: lowest });
        }
      }),
    );
  });

  it('blends the average with the weakest factor as SCORING says', () => {
    fc.assert(
      fc.property(answersArbitrary(), (answers) => {
        for (const domain of score(content, answers).domains) {
          if (domain.score === null) continue;
          const weakestFactor = Math.min(...Object.values(domain.factors).filter((v): v is number => v !== null));
          const expected = SCORING.opportunityWeights.average * domain.score + SCORING.opportunityWeights.weakestFactor * weakestFactor;
          // inputs are rounded to 0.1 in the result: allow for that
          expect(Math.abs(domain.opportunity! - expected)).toBeLessThanOrEqual(0.11);
          expect(domain.opportunity!).toBeLessThanOrEqual(domain.score);
        }
      }),
    );
  });

  it('returns a result that validates against the result schema and survives a JSON round trip', async () => {
    await fc.assert(
      fc.asyncProperty(answersArbitrary(), fc.boolean(), async (answers, withMunicipality) => {
        const result = score(content, answers, withMunicipality ? { municipality: { code: 'GM0363', name: 'Amsterdam' }, completedAt: '2026-01-15T10:00:00.000Z' } : {});
        const validation = await validate('result', result);
        expect(validation.issues).toEqual([]);
        expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
      }),
      { numRuns: 150 },
    );
  });
});
