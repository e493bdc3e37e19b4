/**
 * The scoring rules in one place. Change a number here and the scan, the report and the
 * kennisblad follow; the package README documents the formula with a worked example.
 */
export const SCORING = {
  /** A domain's opportunity (kansrijkheid) blends its average with its weakest factor, because an
   * integral approach needs commitment, resources and support together: a domain that is strong
   * on average but lacks one factor is less promising than a balanced one. Weights sum to 1. */
  opportunityWeights: { average: 0.75, weakestFactor: 0.25 },
  /** Scores are rounded to this many decimals, so results are stable when serialised. */
  decimals: 1,
  /** How a score reads in words, weak to strong: a score below `upTo` (and not in an earlier band)
   * is in the band; the last band runs to 100 inclusive. The quick scan's grid and the report's
   * heat table both name and colour a cell by these. */
  bands: [
    { key: 'weak', upTo: 40 },
    { key: 'fair', upTo: 70 },
    { key: 'strong', upTo: 100 },
  ],
} as const;

export type ScoreBand = (typeof SCORING.bands)[number]['key'];

/** The band of a score from 0 to 100: `weak`, `fair` or `strong`. */
export function scoreBand(score: number): ScoreBand {
  return (SCORING.bands.find((band) => score < band.upTo) ?? SCORING.bands[SCORING.bands.length - 1]!).key;
}

export const RESULT_VERSION = 1;

export function round(value: number): number {
  const factor = 10 ** SCORING.decimals;
  return Math.round(value * factor) / factor;
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}
