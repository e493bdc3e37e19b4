// The cells of the model's grid (domain x level x factor): which statements feed a cell, and which
// cell is a domain's weakest link. `score()` uses both, and so does everything that explains a
// result (the report's appendix), so the explanation cannot drift from the scoring.
import type { CellResult, QuickScanContent, Statement } from './types.ts';

type Grid = Pick<QuickScanContent, 'levels' | 'factors'>;

/** The statements that feed one cell, in content order: the cell scores the mean of their answers. */
export function cellStatements(content: Pick<QuickScanContent, 'statements'>, domain: string, level: string, factor: string): Statement[] {
  return content.statements.filter((statement) => statement.domain === domain && statement.level === level && statement.factor === factor);
}

/**
 * The lowest-scoring cells of a domain, in content order; the first is the weakest link. Scores
 * are compared as the result reports them (rounded to `SCORING.decimals`), so cells that read the
 * same in the grid tie. A tie goes to the cell that comes first in content order: by level (in the
 * order of `content.levels`: bestuur, beleid, uitvoering), then by factor (`content.factors`).
 * Cells without a score (nothing answered) never count. Empty when no cell has a score.
 */
export function lowestCells<T extends Pick<CellResult, 'level' | 'factor' | 'score'>>(content: Grid, cells: readonly T[]): (T & { score: number })[] {
  const position = (cell: T) =>
    content.levels.findIndex((level) => level.id === cell.level) * content.factors.length +
    content.factors.findIndex((factor) => factor.id === cell.factor);
  const scored = cells.filter((cell): cell is T & { score: number } => cell.score !== null);
  if (scored.length === 0) return [];
  const lowest = Math.min(...scored.map((cell) => cell.score));
  return scored.filter((cell) => cell.score === lowest).sort((a, b) => position(a) - position(b));
}
