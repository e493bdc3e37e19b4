// Generated from packages/model/schemas by `pnpm --filter @maatwerk/model generate`. Do not edit.

/**
 * 0-100, or null when nothing in it was answered.
 */
export type Score = number | null;
/**
 * Share of statements answered with a value (not 'weet ik niet', not skipped).
 */
export type Coverage = number;

/**
 * The versioned outcome of a quick scan, as returned by score(). Widgets, the sign-up and the report generator exchange it.
 */
export interface ScanResult {
  resultVersion: 1;
  content: {
    id: string;
    version: string;
    lang: 'nl' | 'en';
  };
  municipality?: {
    code: string;
    name: string;
  };
  completedAt?: string;
  /**
   * Statement id -> scale value, or null for 'weet ik niet'. Unanswered statements are absent.
   */
  answers: {
    [k: string]: number | null;
  };
  domains: {
    domain: string;
    rank: number;
    score: Score;
    opportunity: Score;
    coverage: Coverage;
    /**
     * How many statements were answered with 'weet ik niet'.
     */
    unknown: number;
    factors: ScoreMap;
    levels: ScoreMap;
    cells: {
      level: string;
      factor: string;
      score: Score;
      answered: number;
      total: number;
    }[];
    weakestLink: null | {
      level: string;
      factor: string;
      score: number;
    };
  }[];
  /**
   * Domain ids, most kansrijk first.
   */
  ranking: string[];
  coverage: Coverage;
}
export interface ScoreMap {
  [k: string]: Score;
}
