import type { Answers, CellResult, DomainResult, QuickScanContent, ScanResult } from './types.ts';
import { cellStatements, lowestCells } from './cells.ts';
import { RESULT_VERSION, SCORING, mean, round } from './scoring.ts';

export interface ScoreOptions {
  /** Domains to score, in any order; defaults to every domain in the content. */
  domains?: readonly string[];
  municipality?: ScanResult['municipality'];
  /** ISO timestamp of completion; left out unless given, so score() stays deterministic. */
  completedAt?: string;
}

/**
 * Scores a quick scan. Pure and deterministic: the same content and answers always give the same
 * result, whatever the order of the answers.
 *
 * - An answer on the scale maps linearly to 0-100 (lowest option 0, highest 100).
 * - A cell (domain x level x factor) scores the mean of its answered statements.
 * - Factor, level and domain scores are the mean of their answered cells.
 * - "Weet ik niet" and unanswered statements are left out of every mean and lower coverage instead.
 */
export function score(content: QuickScanContent, answers: Answers, options: ScoreOptions = {}): ScanResult {
  const values = content.scale.options.map((option) => option.value);
  const min = Math.min(...values);
  const span = Math.max(...values) - min || 1;
  const normalise = (value: number) => ((value - min) / span) * 100;

  const selected = new Set(options.domains ?? content.domains.map((domain) => domain.id));
  const domains = content.domains.filter((domain) => selected.has(domain.id));
  const used: Answers = {};
  let answeredTotal = 0;
  let statementTotal = 0;

  const domainResults = domains.map((domain) => {
    const statements = content.statements.filter((statement) => statement.domain === domain.id);
    let unknown = 0;
    const cells: CellResult[] = [];
    for (const level of content.levels) {
      for (const factor of content.factors) {
        const scores: number[] = [];
        const feeding = cellStatements(content, domain.id, level.id, factor.id);
        const total = feeding.length;
        for (const statement of feeding) {
          if (!(statement.id in answers)) continue;
          const answer = answers[statement.id] ?? null;
          if (answer !== null && !values.includes(answer)) continue; // not on this scale: ignored
          used[statement.id] = answer;
          if (answer === null) unknown++;
          else scores.push(normalise(answer));
        }
        if (total === 0) continue;
        const cellMean = mean(scores);
        cells.push({ level: level.id, factor: factor.id, score: cellMean, answered: scores.length, total });
      }
    }
    const answered = cells.reduce((sum, cell) => sum + cell.answered, 0);
    answeredTotal += answered;
    statementTotal += statements.length;

    const scored = cells.filter((cell): cell is CellResult & { score: number } => cell.score !== null);
    const byDimension = (key: 'factor' | 'level', ids: readonly string[]) =>
      Object.fromEntries(
        ids.map((id) => {
          const value = mean(scored.filter((cell) => cell[key] === id).map((cell) => cell.score));
          return [id, value];
        }),
      );
    const factors = byDimension('factor', content.factors.map((factor) => factor.id));
    const levels = byDimension('level', content.levels.map((level) => level.id));
    const average = mean(scored.map((cell) => cell.score));
    const factorScores = Object.values(factors).filter((value): value is number => value !== null);
    const opportunity =
      average === null
        ? null
        : SCORING.opportunityWeights.average * average +
          SCORING.opportunityWeights.weakestFactor * Math.min(...factorScores);

    const rounded = cells.map((cell) => ({ ...cell, score: roundOrNull(cell.score) }));
    const weakest = lowestCells(content, rounded)[0];

    return {
      domain: domain.id,
      rank: 0,
      score: roundOrNull(average),
      opportunity: roundOrNull(opportunity),
      coverage: statements.length ? round4(answered / statements.length) : 0,
      unknown,
      factors: roundMap(factors),
      levels: roundMap(levels),
      cells: rounded,
      weakestLink: weakest ? { level: weakest.level, factor: weakest.factor, score: weakest.score } : null,
    } satisfies DomainResult;
  });

  const order = new Map(content.domains.map((domain, index) => [domain.id, index]));
  const ranked = [...domainResults].sort(
    (a, b) =>
      (b.opportunity ?? -1) - (a.opportunity ?? -1) ||
      b.coverage - a.coverage ||
      (order.get(a.domain) ?? 0) - (order.get(b.domain) ?? 0),
  );
  ranked.forEach((result, index) => (result.rank = index + 1));

  const result: ScanResult = {
    resultVersion: RESULT_VERSION as 1,
    content: { id: content.id, version: content.version, lang: content.lang },
    ...(options.municipality && { municipality: options.municipality }),
    ...(options.completedAt && { completedAt: options.completedAt }),
    answers: sortKeys(used),
    domains: ranked,
    ranking: ranked.map((result) => result.domain),
    coverage: statementTotal ? round4(answeredTotal / statementTotal) : 0,
  };
  return result;
}

function roundOrNull(value: number | null): number | null {
  return value === null ? null : round(value);
}

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function roundMap(map: Record<string, number | null>): Record<string, number | null> {
  return Object.fromEntries(Object.entries(map).map(([key, value]) => [key, roundOrNull(value)]));
}

function sortKeys(answers: Answers): Answers {
  return Object.fromEntries(Object.entries(answers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
