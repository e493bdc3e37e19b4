// The document's own words: labels, captions and sentence templates in Dutch and English.
// Facts (figures, names, contact details, section texts) never live here: they come from the
// model's data. `{name}` in a template is filled by `fill()`.
import type { Lang } from '@maatwerk/model';

export interface Labels {
  /** BCP 47 tag for the PDF catalog and the HTML `lang` attribute. */
  locale: string;
  kicker: string;
  editionNational: string;
  editionRegional: string;
  editionDate: string;
  page: string;
  notesHeading: string;
  sourceNote: string;
  sourceLink: string;
  figureNote: string;
  modelCaption: string;
  modelFactors: string;
  modelLevels: string;
  modelPerDomain: string;
  modelCell: string;
  domainsHeading: string;
  keyFigures: string;
  horizonHeading: string;
  month: string;
  monthRange: string;
  /** Under the PDF's masthead, a link to the HTML twin: "{file}". */
  webVersion: string;
  /** In the HTML twin, a link to the PDF: "{file}". */
  pdfLink: string;
  /** Marks the phases as this project's proposal: "{months}". */
  proposalPhases: string;
  /** Marks the list of policy domains as this project's proposal: "{count}". */
  proposalDomains: string;
  /** Alternative text of the drawn timeline: "{months}" and "{phases}" (name and months of each). */
  horizonAlt: string;
  quoteBy: string;
  contactHeading: string;
  contactRegional: string;
  contactGeneral: string;
  contactFinder: string;
  regionMunicipalities: string;
  email: string;
  phone: string;
  website: string;
  exampleData: string;
  skipLink: string;
  contents: string;
  pdfVersion: string;
  report: {
    kicker: string;
    title: string;
    subtitleFor: string;
    subtitleGeneric: string;
    intro: string;
    completed: string;
    rankingHeading: string;
    rankingIntro: string;
    rank: string;
    domain: string;
    opportunity: string;
    answered: string;
    unknown: string;
    notAssessed: string;
    pictureHeading: string;
    pictureIntro: string;
    domainHeading: string;
    gridCaption: string;
    noAnswer: string;
    weakestLink: string;
    noWeakestLink: string;
    certainty: string;
    legend: string;
    bands: Record<'weak' | 'fair' | 'strong', string>;
    bandRange: string;
    planHeading: string;
    planIntro: string;
    planEmpty: string;
    actionFor: string;
    contactHeading: string;
    contactAdviser: string;
    contactGeneral: string;
    disclaimer: string;
    appendix: {
      heading: string;
      /** "{lowest}", "{highest}": the scale's end points; "{unknown}": its don't-know label. */
      intro: string;
      /** "{levels}", "{factors}": the content's levels and factors, in order. */
      tieRule: string;
      caption: string;
      /** A cell's name: "{level}", "{factor}". */
      cellName: string;
      cell: string;
      statement: string;
      answer: string;
      score: string;
      notAnswered: string;
      /** "{cells}" tie at "{score}"; "{weakest}" counts. */
      tie: string;
      weakestMark: string;
    };
  };
}

const nl: Labels = {
  locale: 'nl-NL',
  kicker: 'Kennisblad',
  editionNational: 'Landelijke editie',
  editionRegional: 'Editie arbeidsmarktregio {region}',
  editionDate: 'Editie {date}',
  page: 'Pagina {page} van {total}',
  notesHeading: 'Bronnen',
  sourceNote: '{source}. Peildatum {date}.',
  sourceLink: 'Bron',
  figureNote: 'bron {note}',
  modelCaption: 'Figuur: het model. Per beleidsdomein {factors} factoren op {levels} niveaus.',
  modelFactors: 'Factoren',
  modelLevels: 'Niveaus',
  modelPerDomain: 'voor elk beleidsdomein',
  modelCell: '{factor} bij {level}',
  domainsHeading: 'De beleidsdomeinen',
  keyFigures: 'In cijfers',
  horizonHeading: 'Van start tot resultaat',
  month: 'Maand',
  monthRange: 'maand {from}–{to}',
  webVersion: 'Toegankelijke webversie: {file}, in dezelfde map als deze pdf',
  pdfLink: 'Download de pdf: {file}',
  proposalPhases:
    'De termijn van {months} maanden komt van Lezen & Schrijven. De indeling in fasen is een voorstel van dit project; de adviseur maakt de planning samen met jouw gemeente.',
  proposalDomains: 'Deze {count} zijn een voorstel van dit project; jouw gemeente kiest zelf haar beleidsdomein.',
  horizonAlt: 'Tijdlijn van {months} maanden in fasen: {phases}.',
  quoteBy: '{author}, {role}, {organisation}',
  contactHeading: 'Contact',
  contactRegional: 'Jouw adviseur in arbeidsmarktregio {region}',
  contactGeneral: 'Algemeen contact',
  contactFinder: 'Welke adviseur hoort bij jouw gemeente? Kijk op {url} of neem contact op met {name}.',
  regionMunicipalities: 'Deze editie is voor de gemeenten in arbeidsmarktregio {region}: {municipalities}.',
  email: 'E-mail',
  phone: 'Telefoon',
  website: 'Website',
  exampleData: 'Let op: de contactgegevens zijn voorbeeldgegevens. {source}.',
  skipLink: 'Naar de inhoud',
  contents: 'Inhoud',
  pdfVersion: 'Dit is de toegankelijke webversie van het kennisblad. De inhoud is gelijk aan de pdf.',
  report: {
    kicker: 'Rapport quickscan',
    title: 'Integrale aanpak laaggeletterdheid',
    subtitleFor: 'De uitkomst voor gemeente {municipality}',
    subtitleGeneric: 'De uitkomst van jouw quickscan',
    intro:
      'Dit rapport laat zien welke beleidsdomeinen het meest kansrijk zijn voor een integrale aanpak van laaggeletterdheid, waar per domein de zwakste schakel zit, en welke acties je de komende {months} maanden kunt oppakken. Het is een eerste beeld: bespreek het met de adviseur.',
    completed: 'Ingevuld op {date}',
    rankingHeading: 'Kansrijke beleidsdomeinen',
    rankingIntro:
      'De kansrijkheid telt voor {average}% de gemiddelde score van een domein en voor {weakest}% de zwakste factor: een integrale aanpak heeft alle factoren tegelijk nodig. Scores lopen van 0 (zwak) tot 100 (sterk).',
    rank: 'Plaats',
    domain: 'Beleidsdomein',
    opportunity: 'Kansrijkheid',
    answered: 'Beantwoord',
    unknown: 'Weet ik niet',
    notAssessed: 'niet ingevuld',
    pictureHeading: 'Het beeld per domein',
    pictureIntro: 'Per domein de score voor elke factor op elk niveau. Hoe lager de score, hoe meer daar te winnen is.',
    domainHeading: '{rank}. {domain}',
    gridCaption: 'Score per factor en niveau in {domain} (0 = zwak, 100 = sterk)',
    noAnswer: 'geen antwoord',
    weakestLink: 'Zwakste schakel: {factor} bij {level} (score {score}).',
    noWeakestLink: 'Er zijn te weinig antwoorden om een zwakste schakel te bepalen.',
    certainty: '{answered} van {total} stellingen beantwoord, {unknown} keer “weet ik niet”.',
    legend: 'Kleur van de score',
    bands: { weak: 'zwak', fair: 'redelijk', strong: 'sterk' },
    bandRange: '{band} ({from}–{to})',
    planHeading: 'Actieplan voor {months} maanden',
    planIntro: 'Acties voor de {count} meest kansrijke domeinen, gericht op de zwakste schakels. Kies samen met de adviseur wat past.',
    planEmpty: 'Er zijn nog te weinig antwoorden voor een actieplan. Vul de quickscan verder in of bespreek de uitkomst met de adviseur.',
    actionFor: '{domain} · {factor} · {level}',
    contactHeading: 'Verder praten?',
    contactAdviser: 'De adviseur van {publisher} in arbeidsmarktregio {region} helpt je graag verder.',
    contactGeneral: 'Neem contact op met {publisher}. Zij brengen je in contact met de adviseur in jouw regio.',
    disclaimer: 'Over deze quickscan: {source}',
    appendix: {
      heading: 'Bijlage: wat achter elke cel zit',
      intro:
        'Elke cel in de tabellen is het gemiddelde van de antwoorden op de uitspraken van die cel, omgerekend naar 0 tot 100: “{lowest}” telt als 0, “{highest}” als 100. “{unknown}” en uitspraken zonder antwoord tellen niet mee. Hieronder staat per beleidsdomein elke uitspraak met jouw antwoord en de score van de cel, met één decimaal.',
      tieRule:
        'De zwakste schakel is de cel met de laagste score. Scoren meer cellen even laag (met één decimaal), dan telt de cel die het eerst komt: eerst op niveau ({levels}), dan op factor ({factors}).',
      caption: 'De uitspraken en antwoorden achter elke cel van {domain}',
      cellName: '{level} · {factor}',
      cell: 'Cel',
      statement: 'Uitspraak',
      answer: 'Jouw antwoord',
      score: 'Score cel',
      notAnswered: 'niet beantwoord',
      tie: 'Gelijke stand: {cells} scoren allemaal {score}. {weakest} komt het eerst en is de zwakste schakel.',
      weakestMark: 'zwakste schakel',
    },
  },
};

const en: Labels = {
  locale: 'en-GB',
  kicker: 'Knowledge sheet',
  editionNational: 'National edition',
  editionRegional: 'Edition for labour-market region {region}',
  editionDate: 'Edition {date}',
  page: 'Page {page} of {total}',
  notesHeading: 'Sources',
  sourceNote: '{source}. Reference date {date}.',
  sourceLink: 'Source',
  figureNote: 'source {note}',
  modelCaption: 'Figure: the model. For each policy domain, {factors} factors at {levels} levels.',
  modelFactors: 'Factors',
  modelLevels: 'Levels',
  modelPerDomain: 'for each policy domain',
  modelCell: '{factor} at {level}',
  domainsHeading: 'The policy domains',
  keyFigures: 'In figures',
  horizonHeading: 'From start to result',
  month: 'Month',
  monthRange: 'month {from}–{to}',
  webVersion: 'Accessible web version: {file}, in the same folder as this PDF',
  pdfLink: 'Download the PDF: {file}',
  proposalPhases:
    'The {months}-month horizon comes from Lezen & Schrijven. The division into phases is a proposal of this project; the adviser plans the work together with your municipality.',
  proposalDomains: 'These {count} are a proposal of this project; your municipality chooses its own policy domain.',
  horizonAlt: 'Timeline of {months} months in phases: {phases}.',
  quoteBy: '{author}, {role}, {organisation}',
  contactHeading: 'Contact',
  contactRegional: 'Your adviser in labour-market region {region}',
  contactGeneral: 'General contact',
  contactFinder: 'Which adviser works with your municipality? See {url} or contact {name}.',
  regionMunicipalities: 'This edition is for the municipalities in labour-market region {region}: {municipalities}.',
  email: 'E-mail',
  phone: 'Phone',
  website: 'Website',
  // The advisers file's own note is Dutch: the English edition says the same in English.
  exampleData: 'Note: the contact details are example data, to be replaced by the real list of advisers of Stichting Lezen & Schrijven.',
  skipLink: 'Skip to content',
  contents: 'Contents',
  pdfVersion: 'This is the accessible web version of the knowledge sheet. Its content is the same as the PDF.',
  report: {
    kicker: 'Quick scan report',
    title: 'Integrated approach to low literacy',
    subtitleFor: 'The result for the municipality of {municipality}',
    subtitleGeneric: 'The result of your quick scan',
    intro:
      'This report shows which policy domains are most promising for an integrated approach to low literacy, where the weakest link is in each domain, and which actions you can take in the next {months} months. It is a first picture: discuss it with the adviser.',
    completed: 'Completed on {date}',
    rankingHeading: 'Promising policy domains',
    rankingIntro:
      'Promise counts a domain’s average score for {average}% and its weakest factor for {weakest}%: an integrated approach needs every factor at once. Scores run from 0 (weak) to 100 (strong).',
    rank: 'Rank',
    domain: 'Policy domain',
    opportunity: 'Promise',
    answered: 'Answered',
    unknown: 'Don’t know',
    notAssessed: 'not assessed',
    pictureHeading: 'The picture per domain',
    pictureIntro: 'For each domain the score of every factor at every level. The lower the score, the more there is to gain.',
    domainHeading: '{rank}. {domain}',
    gridCaption: 'Score per factor and level in {domain} (0 = weak, 100 = strong)',
    noAnswer: 'no answer',
    weakestLink: 'Weakest link: {factor} at {level} (score {score}).',
    noWeakestLink: 'Too few answers to find a weakest link.',
    certainty: '{answered} of {total} statements answered, {unknown} times “don’t know”.',
    legend: 'Score colour',
    bands: { weak: 'weak', fair: 'fair', strong: 'strong' },
    bandRange: '{band} ({from}–{to})',
    planHeading: 'Action plan for {months} months',
    planIntro: 'Actions for the {count} most promising domains, aimed at the weakest links. Choose with the adviser what fits.',
    planEmpty: 'There are too few answers for an action plan yet. Complete more of the quick scan or discuss the result with the adviser.',
    actionFor: '{domain} · {factor} · {level}',
    contactHeading: 'Want to talk it through?',
    contactAdviser: 'The {publisher} adviser in labour-market region {region} is happy to help.',
    contactGeneral: 'Contact {publisher}: they will put you in touch with the adviser in your region.',
    disclaimer: 'About this quick scan: {source}',
    appendix: {
      heading: 'Appendix: what lies behind each cell',
      intro:
        'Each cell in the tables is the mean of the answers to that cell’s statements, converted to 0–100: “{lowest}” counts as 0, “{highest}” as 100. “{unknown}” and unanswered statements do not count. Below, for each policy domain, every statement with your answer and the cell’s score, to one decimal.',
      tieRule:
        'The weakest link is the cell with the lowest score. When several cells score equally low (to one decimal), the cell that comes first counts: first by level ({levels}), then by factor ({factors}).',
      caption: 'The statements and answers behind each cell of {domain}',
      cellName: '{level} · {factor}',
      cell: 'Cell',
      statement: 'Statement',
      answer: 'Your answer',
      score: 'Cell score',
      notAnswered: 'not answered',
      tie: 'A tie: {cells} all score {score}. {weakest} comes first and is the weakest link.',
      weakestMark: 'weakest link',
    },
  },
};

export const LABELS: Record<Lang, Labels> = { nl, en };

/** Fills `{name}` placeholders; a missing value leaves the placeholder visible so tests catch it. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** "1 januari 2026" / "1 January 2026"; dates are calendar dates, so always read in UTC. */
export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return new Intl.DateTimeFormat(LABELS[lang].locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** "A, B en C" / "A, B and C". */
export function joinList(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(LABELS[lang].locale, { style: 'long', type: 'conjunction' }).format(items);
}
