// What the documents show, resolved from the model's data: the PDF sections and the HTML companion
// both render these views, so the two can never disagree. Pure and browser-safe.
import {
  SCORING,
  advise,
  checkResult,
  createMunicipalityIndex,
  roundScore,
  type Adviser,
  type Advisers,
  type DataIssue,
  type Domain,
  type Factor,
  type Figure,
  type Geography,
  type Lang,
  type Level,
  type Phase,
  type QuickScanContent,
  type Region,
  type ScanResult,
  type Traject,
} from '@maatwerk/model';
import { buildAppendix, type AppendixView } from './appendix.ts';
import { LABELS, fill, formatDate, joinList, type Labels } from './locales.ts';
import { scoreBand, scoreScale, type ScoreBand } from './theme.ts';

/** Everything the documents are rendered from: the same four files `loadDataset` returns. */
export interface DocumentData {
  content: QuickScanContent;
  traject: Traject;
  geography: Geography;
  advisers: Advisers;
}

type Quote = Traject['quote'];

export interface FigureView {
  id: string;
  display: string;
  label: string;
  source: { name: string; url?: string };
  peildatum: string;
  /** The footnote number: figures are numbered in order of first appearance. */
  note: number;
  /** The footnote's full text: source and peildatum. */
  noteText: string;
  /** "lezenenschrijven.nl": short enough to print; the link has the full address. */
  sourceHost?: string;
}

export type SectionId = 'why' | 'what' | 'model' | 'steps' | 'delivers' | 'practice' | 'participation' | 'signUp';

export interface SectionView {
  id: SectionId;
  heading: string;
  paragraphs: string[];
  figures: FigureView[];
}

export interface ContactView {
  kind: 'adviser' | 'general';
  heading: string;
  name: string;
  role?: string;
  email: string;
  phone?: string;
  url?: string;
  /** Set when the advisers file is example data: shown beside the contact. */
  exampleNote?: string;
}

export type Edition = { kind: 'national' } | { kind: 'regional'; region: Region; municipalities: string[] };

export interface KennisbladView {
  companion?: Companion;
  lang: Lang;
  labels: Labels;
  title: string;
  subtitle: string;
  publisher: string;
  keywords: string[];
  /** ISO date of this edition: the PDF's creation date. */
  date: string;
  dateText: string;
  edition: Edition;
  editionText: string;
  why: SectionView;
  what: SectionView;
  model: SectionView & { factors: Factor[]; levels: Level[]; domains: Domain[]; caption: string };
  steps: SectionView & { items: { title: string; text: string }[]; horizonMonths: number; phases: Phase[] };
  delivers: SectionView & { items: string[] };
  practice: SectionView & { municipality: string; quote: Quote };
  quote: Quote;
  participation: SectionView;
  signUp: SectionView & { contact: ContactView; finder?: string; regionText?: string };
  /** Every footnote once, in number order. */
  notes: FigureView[];
}

/** Finds a region by code ("AM05", "am5", "5"), region name or municipality name. Never throws. */
export function resolveRegion(
  data: Pick<DocumentData, 'geography' | 'advisers'>,
  query: string,
): { ok: true; region: Region } | { ok: false; suggestions: Region[] } {
  const { geography } = data;
  const wanted = query.trim().toLowerCase();
  const index = createMunicipalityIndex(geography, data.advisers);
  const region = index.findRegion(query);
  if (region) return { ok: true, region };
  const found = index.lookup(query);
  if (found.found) return { ok: true, region: found.match.region };
  const suggestions = new Map<string, Region>();
  for (const region of geography.regions) if (region.name.toLowerCase().includes(wanted) && wanted) suggestions.set(region.code, region);
  for (const match of found.suggestions) suggestions.set(match.region.code, match.region);
  return { ok: false, suggestions: [...suggestions.values()].slice(0, 5) };
}

/** File names of the PDF and its HTML twin, written side by side: each document links to the other. */
export interface Companion {
  pdf: string;
  html: string;
}

export interface KennisbladOptions {
  companion?: Companion;
  /** Code of an arbeidsmarktregio: the regional edition names that region's adviser. */
  region?: string;
  /** ISO date (YYYY-MM-DD) of the edition; defaults to the traject's `date`. */
  date?: string;
}

export function buildKennisblad(data: DocumentData, options: KennisbladOptions = {}): KennisbladView {
  const { content, traject, geography, advisers } = data;
  const lang = traject.lang;
  const labels = LABELS[lang];
  const date = options.date ?? traject.date;
  const notes = new NoteBook(traject, lang);

  let edition: Edition = { kind: 'national' };
  if (options.region) {
    const resolved = resolveRegion(data, options.region);
    if (!resolved.ok) throw new Error(`Unknown region "${options.region}"`);
    const region = resolved.region;
    const municipalities = geography.municipalities
      .filter((municipality) => municipality.region === region.code)
      .map((municipality) => municipality.name)
      .sort((a, b) => a.localeCompare(b, 'nl'));
    edition = { kind: 'regional', region, municipalities };
  }

  const section = (id: SectionId, source: { heading: string; paragraphs: string[]; figures?: string[] }): SectionView => ({
    id,
    heading: source.heading,
    paragraphs: source.paragraphs,
    figures: notes.resolve(source.figures),
  });

  const why = section('why', traject.why);
  const what = section('what', traject.what);
  const model = {
    ...section('model', traject.model),
    factors: content.factors,
    levels: content.levels,
    domains: content.domains,
    caption: fill(labels.modelCaption, { factors: content.factors.length, levels: content.levels.length }),
  };
  const steps = {
    ...section('steps', traject.steps),
    items: traject.steps.items,
    horizonMonths: traject.steps.horizonMonths,
    phases: content.phases,
  };
  const delivers = { ...section('delivers', traject.delivers), items: traject.delivers.items };
  const practice = { ...section('practice', traject.practice), municipality: traject.practice.municipality, quote: traject.practice.quote };
  const participation = section('participation', traject.participation);

  const adviser = edition.kind === 'regional' ? advisers.advisers.find((candidate) => candidate.region === edition.region.code) : undefined;
  const contact =
    edition.kind === 'regional' && adviser ? adviserContact(adviser, edition.region, data, labels) : generalContact(data, labels);
  const signUp = {
    ...section('signUp', traject.signUp),
    contact,
    ...(edition.kind === 'national' &&
      advisers.general.url && { finder: fill(labels.contactFinder, { url: advisers.general.url, name: advisers.general.name }) }),
    ...(edition.kind === 'regional' && {
      regionText: fill(labels.regionMunicipalities, { region: edition.region.name, municipalities: joinList(edition.municipalities, lang) }),
    }),
  };

  const dateText = formatDate(date, lang);
  return {
    lang,
    labels,
    ...(options.companion && { companion: options.companion }),
    title: traject.title,
    subtitle: traject.subtitle,
    publisher: traject.publisher,
    keywords: traject.keywords ?? [],
    date,
    dateText,
    edition,
    editionText: edition.kind === 'regional' ? fill(labels.editionRegional, { region: edition.region.name }) : labels.editionNational,
    why,
    what,
    model,
    steps,
    delivers,
    practice,
    quote: traject.quote,
    participation,
    signUp,
    notes: notes.all(),
  };
}

/** Numbers figures in order of first appearance and writes their footnotes. */
class NoteBook {
  private readonly _byId: Map<string, Figure>;
  private readonly _numbered = new Map<string, FigureView>();

  constructor(
    traject: Traject,
    private readonly _lang: Lang,
  ) {
    this._byId = new Map(traject.figures.map((figure) => [figure.id, figure]));
  }

  resolve(ids: readonly string[] = []): FigureView[] {
    return ids.map((id) => {
      const known = this._numbered.get(id);
      if (known) return known;
      const figure = this._byId.get(id);
      if (!figure) throw new Error(`Figure "${id}" is not in the figures list`);
      const note = this._numbered.size + 1;
      const noteText = fill(LABELS[this._lang].sourceNote, { source: figure.source.name, date: formatDate(figure.peildatum, this._lang) });
      const view: FigureView = {
        id: figure.id,
        display: figure.display,
        label: figure.label,
        source: figure.source,
        peildatum: figure.peildatum,
        note,
        noteText,
        ...(figure.source.url && { sourceHost: hostOf(figure.source.url) }),
      };
      this._numbered.set(id, view);
      return view;
    });
  }

  all(): FigureView[] {
    return [...this._numbered.values()];
  }
}

/** "https://www.lezenenschrijven.nl/over/..." -> "lezenenschrijven.nl". */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function exampleNote(advisers: Advisers, labels: Labels): string | undefined {
  return advisers.example ? fill(labels.exampleData, { source: advisers.source.replace(/\.$/, '') }) : undefined;
}

function adviserContact(adviser: Adviser, region: Region, data: Pick<DocumentData, 'advisers'>, labels: Labels): ContactView {
  const note = exampleNote(data.advisers, labels);
  return {
    kind: 'adviser',
    heading: fill(labels.contactRegional, { region: region.name }),
    name: adviser.name,
    role: adviser.role,
    email: adviser.email,
    ...(adviser.phone && { phone: adviser.phone }),
    ...(note && { exampleNote: note }),
  };
}

function generalContact(data: Pick<DocumentData, 'advisers'>, labels: Labels): ContactView {
  const { general } = data.advisers;
  const note = exampleNote(data.advisers, labels);
  return {
    kind: 'general',
    heading: labels.contactGeneral,
    name: general.name,
    email: general.email,
    ...(general.phone && { phone: general.phone }),
    ...(general.url && { url: general.url }),
    ...(note && { exampleNote: note }),
  };
}

// ---------------------------------------------------------------------------------------------
// The personalised report

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
  const labels = LABELS[lang];
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
        heading: fill(r.domainHeading, { rank: domain.rank, domain: name }),
        caption: fill(r.gridCaption, { domain: name }),
        grid,
        weakest: weak && { level: weak.level, factor: weak.factor },
        weakestLink: weak
          ? fill(r.weakestLink, { factor: lower(nameOf(content.factors, weak.factor)), level: lower(nameOf(content.levels, weak.level)), score: Math.round(weak.score) })
          : r.noWeakestLink,
        certainty: fill(r.certainty, { answered: row.answered, total: row.total, unknown: row.unknown }),
      };
    });

  const advice = advise(content, result);
  const plan = {
    heading: fill(r.planHeading, { months: advice.months }),
    intro: advice.phases.length ? fill(r.planIntro, { count: advice.domains.length }) : r.planEmpty,
    months: advice.months,
    domains: advice.domains,
    phases: advice.phases.map(({ phase, actions }) => ({
      ...phase,
      range: fill(labels.monthRange, { from: phase.fromMonth, to: phase.toMonth }),
      actions: actions.map(({ action, domain }) => ({
        id: action.id,
        title: action.title,
        description: action.description,
        context: fill(r.actionFor, {
          domain: nameOf(content.domains, domain),
          factor: nameOf(content.factors, action.factor),
          level: nameOf(content.levels, action.level),
        }),
      })),
    })),
  };

  // The adviser of the municipality's region, found by CBS code and else by name.
  let contact: ReportView['contact'] = { ...generalContact(data, labels), intro: fill(r.contactGeneral, { publisher: traject.publisher }) };
  if (result.municipality) {
    const index = createMunicipalityIndex(geography, advisers);
    const municipality = index.byCode(result.municipality.code);
    const match = municipality ? { region: index.region(municipality.region), adviser: index.adviserFor(municipality.region) } : undefined;
    const found = match ?? (() => {
      const lookup = index.lookup(result.municipality!.name);
      return lookup.found ? { region: lookup.match.region, adviser: lookup.match.adviser } : undefined;
    })();
    if (found?.region && found.adviser) {
      contact = {
        ...adviserContact(found.adviser, found.region, data, labels),
        intro: fill(r.contactAdviser, { publisher: traject.publisher, region: found.region.name }),
      };
    }
  }

  const weights = SCORING.opportunityWeights;
  let from = 0;
  const legend = scoreScale.map((band) => {
    const entry = { band: band.key, fill: band.fill, text: fill(r.bandRange, { band: r.bands[band.key], from, to: band.upTo === 100 ? 100 : band.upTo - 1 }) };
    from = band.upTo;
    return entry;
  });

  return {
    lang,
    labels,
    ...(options.companion && { companion: options.companion }),
    kicker: r.kicker,
    title: r.title,
    subtitle: result.municipality ? fill(r.subtitleFor, { municipality: result.municipality.name }) : r.subtitleGeneric,
    publisher: traject.publisher,
    keywords: traject.keywords ?? [],
    date,
    dateText: formatDate(date, lang),
    ...(completed && { completedText: fill(r.completed, { date: formatDate(completed, lang) }) }),
    intro: fill(r.intro, { months: advice.months }),
    ...(result.municipality && { municipality: result.municipality }),
    factors: content.factors,
    levels: content.levels,
    ranking,
    rankingIntro: fill(r.rankingIntro, { average: Math.round(weights.average * 100), weakest: Math.round(weights.weakestFactor * 100) }),
    domains,
    legend,
    plan,
    horizonMonths: advice.months,
    contact,
    disclaimer: fill(r.disclaimer, { source: content.source }),
    appendix: buildAppendix(content, result, labels),
  };
}
