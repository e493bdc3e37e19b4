// What the personalised report shows, resolved from the model's data and a scan result: the PDF
// sections and the HTML companion both render this view. Pure and browser-safe.
import {
  SCORING,
  advise,
  checkResult,
  createMunicipalityIndex,
  roundScore,
  type DataIssue,
  type Factor,
  type Lang,
  type Level,
  type Phase,
  type QuickScanContent,
  type ScanResult,
} from '@maatwerk/model';
import { buildAppendix, type AppendixView } from './appendix.ts';
import { formatDate, labelsIn, type Labels } from './labels.ts';
import { scoreBand, scoreScale, type ScoreBand } from './theme.ts';
import { adviserContact, generalContact, type Companion, type ContactView, type DocumentData } from './view.ts';

export interface ReportRow {
  rank: number;
  domain: string;
  name: string;
  /** Rounded 0-100, or null when the domain was not assessed. */
  opportunity: number | null;
  answered: number;
  total: number;
  unknown: number;
}

export interface ReportCell {
  level: string;
  factor: string;
  score: number | null;
  band: ScoreBand | null;
  answered: number;
  total: number;
}

export interface ReportDomain {
  domain: string;
  name: string;
  rank: number;
  heading: string;
  caption: string;
  /** rows = levels, columns = factors, in content order. */
  grid: ReportCell[][];
  /** The weakest cell as the model found it (first lowest in content order). */
  weakest: { level: string; factor: string } | null;
  weakestLink: string;
  certainty: string;
}

export interface ReportAction {
  id: string;
  title: string;
  description: string;
  context: string;
}

export interface ReportView {
  companion?: Companion;
  lang: Lang;
  labels: Labels;
  title: string;
  subtitle: string;
  kicker: string;
  publisher: string;
  keywords: string[];
  /** ISO date: the scan's completion date, or the edition date. */
  date: string;
  dateText: string;
  completedText?: string;
  intro: string;
  municipality?: { code: string; name: string };
  factors: Factor[];
  levels: Level[];
  ranking: ReportRow[];
  rankingIntro: string;
  domains: ReportDomain[];
  legend: { band: ScoreBand; fill: string; text: string }[];
  plan: { heading: string; intro: string; months: number; /** Domain ids the plan covers. */ domains: string[]; phases: (Phase & { range: string; actions: ReportAction[] })[] };
  horizonMonths: number;
  contact: ContactView & { intro: string };
  disclaimer: string;
  /** What lies behind each cell, and how ties for the weakest link are broken. */
  appendix: AppendixView;
}

/** Whether a result belongs to this content: the model's `checkResult`, issues only. */
export function resultIssues(content: QuickScanContent, result: ScanResult, lang: Lang = 'nl', file?: string): DataIssue[] {
  return checkResult(result, { content, lang, ...(file && { file }) }).issues;
}

export interface ReportOptions {
  companion?: Companion;
  /** ISO date used when the result has no `completedAt`; defaults to the traject's `date`. */
  date?: string;
}

export function buildReport(data: DocumentData, result: ScanResult, options: ReportOptions = {}): ReportView {
  const { content, traject, geography, advisers } = data;
  const lang = content.lang;
  const labels = labelsIn(lang);
  const r = labels.report;
  const nameOf = <T extends { id: string; name: string }>(items: readonly T[], id: string) => items.find((item) => item.id === id)?.name ?? id;
  const lower = (text: string) => text.toLocaleLowerCase(labels.locale);
  const rounded = roundScore; // the model's rounding: the same numbers as the screen and the e-mail

  const completed = result.completedAt?.slice(0, 10);
  const date = completed ?? options.date ?? traject.date;
  const sorted = [...result.domains].sort((a, b) => a.rank - b.rank);

  const ranking: ReportRow[] = sorted.map((domain) => ({
    rank: domain.rank,
    domain: domain.domain,
    name: nameOf(content.domains, domain.domain),
    opportunity: rounded(domain.opportunity),
    answered: domain.cells.reduce((sum, cell) => sum + cell.answered, 0),
    total: domain.cells.reduce((sum, cell) => sum + cell.total, 0),
    unknown: domain.unknown,
  }));

  const domains: ReportDomain[] = sorted
    .filter((domain) => domain.score !== null)
    .map((domain) => {
      const name = nameOf(content.domains, domain.domain);
      const row = ranking.find((entry) => entry.domain === domain.domain)!;
      const grid = content.levels.map((level) =>
        content.factors.map((factor) => {
          const cell = domain.cells.find((candidate) => candidate.level === level.id && candidate.factor === factor.id);
          const score = rounded(cell?.score ?? null);
          return {
            level: level.id,
            factor: factor.id,
            score,
            band: score === null ? null : scoreBand(score),
            answered: cell?.answered ?? 0,
            total: cell?.total ?? 0,
          };
        }),
      );
      const weak = domain.weakestLink;
      return {
        domain: domain.domain,
        name,
        rank: domain.rank,
        heading: r.domainHeading({ rank: domain.rank, domain: name }),
        caption: r.gridCaption({ domain: name }),
        grid,
        weakest: weak && { level: weak.level, factor: weak.factor },
        weakestLink: weak
          ? r.weakestLink({ factor: lower(nameOf(content.factors, weak.factor)), level: lower(nameOf(content.levels, weak.level)), score: Math.round(weak.score) })
          : r.noWeakestLink,
        certainty: r.certainty({ answered: row.answered, total: row.total, unknown: row.unknown }),
      };
    });

  const advice = advise(content, result);
  const plan = {
    heading: r.planHeading({ months: advice.months }),
    intro: advice.phases.length ? r.planIntro({ count: advice.domains.length }) : r.planEmpty,
    months: advice.months,
    domains: advice.domains,
    phases: advice.phases.map(({ phase, actions }) => ({
      ...phase,
      range: labels.monthRange({ from: phase.fromMonth, to: phase.toMonth }),
      actions: actions.map(({ action, domain }) => ({
        id: action.id,
        title: action.title,
        description: action.description,
        context: r.actionFor({
          domain: nameOf(content.domains, domain),
          factor: nameOf(content.factors, action.factor),
          level: nameOf(content.levels, action.level),
        }),
      })),
    })),
  };

  // The adviser of the municipality's region, found by CBS code and else by name.
  let contact: ReportView['contact'] = { ...generalContact(data, labels), intro: r.contactGeneral({ publisher: traject.publisher }) };
  if (result.municipality) {
    const index = createMunicipalityIndex(geography, advisers);
    const municipality = index.byCode(result.municipality.code);
    const lookup = municipality ? undefined : index.lookup(result.municipality.name);
    const found = municipality
      ? { region: index.region(municipality.region), adviser: index.adviserFor(municipality.region) }
      : lookup?.found
        ? { region: lookup.match.region, adviser: lookup.match.adviser }
        : undefined;
    if (found?.region && found.adviser) {
      contact = {
        ...adviserContact(found.adviser, found.region, data, labels),
        intro: r.contactAdviser({ publisher: traject.publisher, region: found.region.name }),
      };
    }
  }

  const weights = SCORING.opportunityWeights;
  let from = 0;
  const legend = scoreScale.map((band) => {
    const entry = { band: band.key, fill: band.fill, text: r.bandRange({ band: r.bands[band.key], from, to: band.upTo === 100 ? 100 : band.upTo - 1 }) };
    from = band.upTo;
    return entry;
  });

  return {
    lang,
    labels,
    ...(options.companion && { companion: options.companion }),
    kicker: r.kicker,
    title: r.title,
    subtitle: result.municipality ? r.subtitleFor({ municipality: result.municipality.name }) : r.subtitleGeneric,
    publisher: traject.publisher,
    keywords: traject.keywords ?? [],
    date,
    dateText: formatDate(date, lang),
    ...(completed && { completedText: r.completed({ date: formatDate(completed, lang) }) }),
    intro: r.intro({ months: advice.months }),
    ...(result.municipality && { municipality: result.municipality }),
    factors: content.factors,
    levels: content.levels,
    ranking,
    rankingIntro: r.rankingIntro({ average: Math.round(weights.average * 100), weakest: Math.round(weights.weakestFactor * 100) }),
    domains,
    legend,
    plan,
    horizonMonths: advice.months,
    contact,
    disclaimer: r.disclaimer({ source: content.source }),
    appendix: buildAppendix(content, result, labels),
  };
}
