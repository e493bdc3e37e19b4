// The report's appendix: what lies behind each cell of a domain's grid (the statements that feed it
// and the answers given) and how the weakest link is chosen when cells tie. The statements and the
// tie rule come from the model (`cellStatements`, `lowestCells`), the functions `score()` itself
// uses, so the explanation cannot drift from the scoring. Pure and browser-safe.
import { SCORING, cellStatements, lowestCells, type QuickScanContent, type ScanResult } from '@maatwerk/model';
import { joinList, type Labels } from './labels.ts';

export interface AppendixRow {
  /** "Bestuur · middelen": the cell a statement feeds. */
  cell: string;
  statement: string;
  /** The answer in the scale's words, "weet ik niet" or "niet beantwoord". */
  answer: string;
  /** The cell's score as the result records it (0-100, one decimal: the precision ties are judged
   * at), formatted for the document's language; empty when nothing in the cell was answered. */
  score: string;
  /** True on the rows of the cell that is the domain's weakest link. */
  weakest: boolean;
}

export interface AppendixDomain {
  domain: string;
  heading: string;
  caption: string;
  rows: AppendixRow[];
  /** Only when cells tie for the lowest score: which cells, and which one counts. */
  tie?: string;
}

export interface AppendixView {
  heading: string;
  intro: string;
  /** How ties for the weakest link are broken, with this content's levels and factors in order. */
  tieRule: string;
  columns: { cell: string; statement: string; answer: string; score: string };
  domains: AppendixDomain[];
}

/** The appendix of a result's report: every assessed domain, in the report's order. */
export function buildAppendix(content: QuickScanContent, result: ScanResult, labels: Labels): AppendixView {
  const a = labels.report.appendix;
  const lower = (text: string) => text.toLocaleLowerCase(labels.locale);
  const nameOf = (items: readonly { id: string; name: string }[], id: string) => items.find((item) => item.id === id)?.name ?? id;
  const cellName = (level: string, factor: string) => a.cellName({ level: nameOf(content.levels, level), factor: lower(nameOf(content.factors, factor)) });
  const values = content.scale.options.map((option) => option.value);
  const number = new Intl.NumberFormat(labels.locale, { maximumFractionDigits: SCORING.decimals });
  const scoreText = (score: number | null | undefined) => (score === null || score === undefined ? '' : number.format(score));
  const answerText = (id: string) => {
    if (!(id in result.answers)) return a.notAnswered;
    const value = result.answers[id];
    if (value === null || value === undefined) return content.scale.unknown.label;
    return content.scale.options.find((option) => option.value === value)?.label ?? String(value);
  };

  const domains = [...result.domains]
    .sort((x, y) => x.rank - y.rank)
    .filter((domain) => domain.score !== null)
    .map((domain): AppendixDomain => {
      const name = nameOf(content.domains, domain.domain);
      const tied = lowestCells(content, domain.cells);
      const weakest = tied[0];
      const rows = content.levels.flatMap((level) =>
        content.factors.flatMap((factor) => {
          const cell = domain.cells.find((candidate) => candidate.level === level.id && candidate.factor === factor.id);
          return cellStatements(content, domain.domain, level.id, factor.id).map((statement) => ({
            cell: cellName(level.id, factor.id),
            statement: statement.text,
            answer: answerText(statement.id),
            score: scoreText(cell?.score),
            weakest: weakest !== undefined && weakest.level === level.id && weakest.factor === factor.id,
          }));
        }),
      );
      return {
        domain: domain.domain,
        heading: name,
        caption: a.caption({ domain: name }),
        rows,
        ...(tied.length > 1 &&
          weakest && {
            tie: a.tie({
              cells: joinList(tied.map((cell) => cellName(cell.level, cell.factor)), content.lang),
              score: scoreText(weakest.score),
              weakest: cellName(weakest.level, weakest.factor),
            }),
          }),
      };
    });

  return {
    heading: a.heading,
    intro: a.intro({
      lowest: content.scale.options.find((option) => option.value === Math.min(...values))?.label ?? '',
      highest: content.scale.options.find((option) => option.value === Math.max(...values))?.label ?? '',
      unknown: content.scale.unknown.label,
    }),
    tieRule: a.tieRule({
      levels: joinList(content.levels.map((level) => lower(level.name)), content.lang),
      factors: joinList(content.factors.map((factor) => lower(factor.name)), content.lang),
    }),
    columns: { cell: a.cell, statement: a.statement, answer: a.answer, score: a.score },
    domains,
  };
}
