// A scan result in words and numbers, once for every view: the screen, the sign-up e-mail, the PDF
// report and its HTML twin, the advisers' inbox. Each view picks from this summary, so a domain's
// number is the same everywhere: its opportunity score (kansrijkheid), rounded to a whole number.
import { textIn, type Catalogue } from './catalogue.ts';
import { en } from './result-text.en.ts';
import { nl, type ResultText } from './result-text.nl.ts';
import type { Lang, ScanResult } from './types.ts';

export type { ResultText } from './result-text.nl.ts';

export const RESULT_TEXT: Catalogue<ResultText> = { nl, en };

/** How sure the picture is, from the share of statements answered: 0 very unsure .. 3 sure. */
export type Certainty = 0 | 1 | 2 | 3;

export interface DomainSummary {
  domain: string;
  name: string;
  rank: number;
  /** The domain's number in every view: the opportunity score 0-100, rounded; null when too little was answered. */
  opportunity: number | null;
  weakest: { factor: string; factorName: string; level: string; levelName: string; score: number } | null;
  answered: number;
  total: number;
  unknown: number;
  certainty: Certainty;
  /** The sentences about the domain, in the summary's language. */
  sentences: { opportunity: string; weakest: string | null; coverage: string; line: string };
}

export interface ResultSummary {
  lang: Lang;
  municipality?: { code: string; name: string };
  /** `YYYY-MM-DD`, when the result says when it was completed. */
  completed?: string;
  /** Most promising first. */
  domains: DomainSummary[];
  answered: number;
  total: number;
  unknown: number;
  /** Share of statements answered with a value, as a whole percentage. */
  coveragePercent: number;
  certainty: Certainty;
  sentences: { mostPromising: string | null; coverage: string; coveragePercent: string };
}

/** A score as every view shows it: a whole number, or null. */
export const roundScore = (score: number | null | undefined): number | null => (score == null ? null : Math.round(score));

export const certaintyOf = (share: number): Certainty => (share >= 0.9 ? 3 : share >= 0.6 ? 2 : share >= 0.3 ? 1 : 0);

/**
 * Summarises a result with the names from `content` (the content it was made with, in the
 * language to show). `text` defaults to the content's language; a browser passes the text it loaded.
 */
/** The names a summary needs: those of the content the result was made with. */
export interface ResultNames {
  lang: Lang;
  domains: readonly Named[];
  factors: readonly Named[];
  levels: readonly Named[];
}
type Named = { id: string; name: string };

export function summariseResult(result: ScanResult, content: ResultNames, text: ResultText = textIn(RESULT_TEXT, content.lang)): ResultSummary {
  const nameOf = (items: readonly Named[], id: string) => items.find((item) => item.id === id)?.name ?? id;
  const sum = (cells: ScanResult['domains'][number]['cells'], key: 'answered' | 'total') => cells.reduce((total, cell) => total + cell[key], 0);
  const domains = [...result.domains]
    .sort((a, b) => a.rank - b.rank)
    .map((domain): DomainSummary => {
      const name = nameOf(content.domains, domain.domain);
      const opportunity = roundScore(domain.opportunity);
      const weak = domain.weakestLink;
      const weakest = weak && {
        factor: weak.factor,
        factorName: nameOf(content.factors, weak.factor),
        level: weak.level,
        levelName: nameOf(content.levels, weak.level),
        score: Math.round(weak.score),
      };
      const answered = sum(domain.cells, 'answered');
      const total = sum(domain.cells, 'total');
      const certainty = certaintyOf(domain.coverage);
      return {
        domain: domain.domain,
        name,
        rank: domain.rank,
        opportunity,
        weakest,
        answered,
        total,
        unknown: domain.unknown,
        certainty,
        sentences: {
          opportunity: text.opportunity(opportunity),
          weakest: weakest && text.weakest(weakest.factorName.toLowerCase(), text.levelPhrase(weakest.level, weakest.levelName.toLowerCase()), weakest.score),
          coverage: text.coverage(text.certainty[certainty], answered, total, domain.unknown),
          line: text.line(domain.rank, name, opportunity),
        },
      };
    });
  const answered = domains.reduce((total, domain) => total + domain.answered, 0);
  const total = domains.reduce((total, domain) => total + domain.total, 0);
  const unknown = domains.reduce((total, domain) => total + domain.unknown, 0);
  const certainty = certaintyOf(result.coverage);
  const coveragePercent = Math.round(result.coverage * 100);
  const top = domains[0];
  return {
    lang: content.lang,
    ...(result.municipality && { municipality: result.municipality }),
    ...(result.completedAt && { completed: result.completedAt.slice(0, 10) }),
    domains,
    answered,
    total,
    unknown,
    coveragePercent,
    certainty,
    sentences: {
      mostPromising: top && top.opportunity !== null ? text.mostPromising(top.name) : null,
      coverage: text.coverage(text.certainty[certainty], answered, total, unknown),
      coveragePercent: text.coveragePercent(coveragePercent),
    },
  };
}
