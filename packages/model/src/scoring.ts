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
} as const;

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
