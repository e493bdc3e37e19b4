// What the kennisblad shows, resolved from the model's data, and what both documents share (the
// data they are made from, figures, contacts): the PDF sections and the HTML companion both render
// these views, so the two can never disagree. The report's view: report-view.ts. Pure and
// browser-safe.
import {
  createMunicipalityIndex,
  type Adviser,
  type Advisers,
  type Domain,
  type Factor,
  type Figure,
  type Geography,
  type Lang,
  type Level,
  type Phase,
  type QuickScanContent,
  type Region,
  type Traject,
} from '@maatwerk/model';
import { formatDate, joinList, labelsIn, type Labels } from './labels.ts';

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
  const labels = labelsIn(lang);
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
    caption: labels.modelCaption({ factors: content.factors.length, levels: content.levels.length }),
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
      advisers.general.url && { finder: labels.contactFinder({ url: advisers.general.url, name: advisers.general.name }) }),
    ...(edition.kind === 'regional' && {
      regionText: labels.regionMunicipalities({ region: edition.region.name, municipalities: joinList(edition.municipalities, lang) }),
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
    editionText: edition.kind === 'regional' ? labels.editionRegional({ region: edition.region.name }) : labels.editionNational,
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
      const noteText = labelsIn(this._lang).sourceNote({ source: figure.source.name, date: formatDate(figure.peildatum, this._lang) });
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
  return advisers.example ? labels.exampleData({ source: advisers.source.replace(/\.$/, '') }) : undefined;
}

export function adviserContact(adviser: Adviser, region: Region, data: Pick<DocumentData, 'advisers'>, labels: Labels): ContactView {
  const note = exampleNote(data.advisers, labels);
  return {
    kind: 'adviser',
    heading: labels.contactRegional({ region: region.name }),
    name: adviser.name,
    role: adviser.role,
    email: adviser.email,
    ...(adviser.phone && { phone: adviser.phone }),
    ...(note && { exampleNote: note }),
  };
}

export function generalContact(data: Pick<DocumentData, 'advisers'>, labels: Labels): ContactView {
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
