// The grid's cells: which statements feed a cell, and how the weakest link is chosen when cells tie.
import { describe, expect, it } from 'vitest';
import { cellStatements, lowestCells, score, type QuickScanContent } from '../src/index.ts';
import { shipped } from './support.ts';

const grid = {
  levels: [{ id: 'bestuur' }, { id: 'beleid' }, { id: 'uitvoering' }],
  factors: [{ id: 'betrokkenheid' }, { id: 'middelen' }, { id: 'ondersteuning' }],
} as unknown as Pick<QuickScanContent, 'levels' | 'factors'>;
const cell = (level: string, factor: string, score: number | null) => ({ level, factor, score });

describe('lowestCells: the weakest link and its ties', () => {
  it('breaks a tie by level first, then by factor, in content order, whatever the order of the cells', () => {
    const cells = [cell('uitvoering', 'betrokkenheid', 25), cell('beleid', 'ondersteuning', 25), cell('beleid', 'middelen', 25), cell('bestuur', 'betrokkenheid', 80)];
    const expected = [cell('beleid', 'middelen', 25), cell('beleid', 'ondersteuning', 25), cell('uitvoering', 'betrokkenheid', 25)];
    expect(lowestCells(grid, cells)).toEqual(expected);
    expect(lowestCells(grid, [...cells].reverse())).toEqual(expected);
  });

  it('returns the one lowest cell when there is no tie, and nothing when no cell has a score', () => {
    expect(lowestCells(grid, [cell('bestuur', 'middelen', 40), cell('uitvoering', 'middelen', 39.9)])).toEqual([cell('uitvoering', 'middelen', 39.9)]);
    expect(lowestCells(grid, [cell('bestuur', 'middelen', null)])).toEqual([]);
  });

  it('is what score() names as the weakest link: scores that read the same in the grid tie', async () => {
    const content = (await shipped()).content;
    const domain = content.domains[0]!.id;
    const [low] = content.levels;
    const [first, second] = content.factors;
    // Two cells of the first level answer the lowest option; every other statement the highest.
    const answers = Object.fromEntries(
      content.statements
        .filter((statement) => statement.domain === domain)
        .map((statement) => {
          const lowCell = statement.level === low!.id && (statement.factor === first!.id || statement.factor === second!.id);
          const values = content.scale.options.map((option) => option.value);
          return [statement.id, lowCell ? Math.min(...values) : Math.max(...values)];
        }),
    );
    const result = score(content, answers, { domains: [domain] }).domains[0]!;
    const tied = lowestCells(content, result.cells);
    expect(tied.map((entry) => entry.factor)).toEqual([first!.id, second!.id]);
    expect(result.weakestLink).toEqual({ level: low!.id, factor: first!.id, score: 0 });
  });
});

describe('cellStatements', () => {
  it('gives every statement to exactly one cell, in content order', async () => {
    const content = (await shipped()).content;
    const fed = content.domains.flatMap((domain) =>
      content.levels.flatMap((level) => content.factors.flatMap((factor) => cellStatements(content, domain.id, level.id, factor.id))),
    );
    expect(fed.map((statement) => statement.id).sort()).toEqual(content.statements.map((statement) => statement.id).sort());
    for (const statement of fed) {
      expect(cellStatements(content, statement.domain, statement.level, statement.factor)).toContain(statement);
    }
  });
});
