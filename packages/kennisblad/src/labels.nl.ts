// The kennisblad's and the report's own words in Dutch: labels, captions and sentences (labels.en.ts
// has the English; the catalogue is LABELS in labels.ts). Facts (figures, names, contact details,
// section texts) never live here: they come from the model's data. A sentence with values is a
// function of them.

export interface Labels {
  /** BCP 47 tag for the PDF catalog and the HTML `lang` attribute. */
  locale: string;
  kicker: string;
  editionNational: string;
  editionRegional: (values: { region: string | number }) => string;
  editionDate: (values: { date: string | number }) => string;
  page: (values: { page: string | number; total: string | number }) => string;
  notesHeading: string;
  sourceNote: (values: { source: string | number; date: string | number }) => string;
  sourceLink: string;
  figureNote: (values: { note: string | number }) => string;
  modelCaption: (values: { factors: string | number; levels: string | number }) => string;
  modelFactors: string;
  modelLevels: string;
  modelPerDomain: string;
  modelCell: (values: { factor: string | number; level: string | number }) => string;
  domainsHeading: string;
  keyFigures: string;
  horizonHeading: string;
  month: string;
  monthRange: (values: { from: string | number; to: string | number }) => string;
  /** Under the PDF's masthead, a link to the HTML twin, by its file name. */
  webVersion: (values: { file: string | number }) => string;
  /** In the HTML twin, a link to the PDF, by its file name. */
  pdfLink: (values: { file: string | number }) => string;
  /** Marks the phases as this project's proposal. */
  proposalPhases: (values: { months: string | number }) => string;
  /** Marks the list of policy domains as this project's proposal. */
  proposalDomains: (values: { count: string | number }) => string;
  /** Alternative text of the drawn timeline; `phases` names each phase with its months. */
  horizonAlt: (values: { months: string | number; phases: string | number }) => string;
  quoteBy: (values: { author: string | number; role: string | number; organisation: string | number }) => string;
  contactHeading: string;
  contactRegional: (values: { region: string | number }) => string;
  contactGeneral: string;
  contactFinder: (values: { url: string | number; name: string | number }) => string;
  regionMunicipalities: (values: { region: string | number; municipalities: string | number }) => string;
  email: string;
  phone: string;
  website: string;
  exampleData: (values: { source: string | number }) => string;
  skipLink: string;
  contents: string;
  pdfVersion: string;
  report: {
    kicker: string;
    title: string;
    subtitleFor: (values: { municipality: string | number }) => string;
    subtitleGeneric: string;
    intro: (values: { months: string | number }) => string;
    completed: (values: { date: string | number }) => string;
    rankingHeading: string;
    rankingIntro: (values: { average: string | number; weakest: string | number }) => string;
    rank: string;
    domain: string;
    opportunity: string;
    answered: string;
    unknown: string;
    notAssessed: string;
    pictureHeading: string;
    pictureIntro: string;
    domainHeading: (values: { rank: string | number; domain: string | number }) => string;
    gridCaption: (values: { domain: string | number }) => string;
    noAnswer: string;
    weakestLink: (values: { factor: string | number; level: string | number; score: string | number }) => string;
    noWeakestLink: string;
    certainty: (values: { answered: string | number; total: string | number; unknown: string | number }) => string;
    legend: string;
    bands: Record<'weak' | 'fair' | 'strong', string>;
    bandRange: (values: { band: string | number; from: string | number; to: string | number }) => string;
    planHeading: (values: { months: string | number }) => string;
    planIntro: (values: { count: string | number }) => string;
    planEmpty: string;
    actionFor: (values: { domain: string | number; factor: string | number; level: string | number }) => string;
    contactHeading: string;
    contactAdviser: (values: { publisher: string | number; region: string | number }) => string;
    contactGeneral: (values: { publisher: string | number }) => string;
    disclaimer: (values: { source: string | number }) => string;
    appendix: {
      heading: string;
      /** `lowest`, `highest`: the scale's end points; `unknown`: its don't-know label. */
      intro: (values: { lowest: string | number; highest: string | number; unknown: string | number }) => string;
      /** `levels`, `factors`: the content's levels and factors, in order. */
      tieRule: (values: { levels: string | number; factors: string | number }) => string;
      caption: (values: { domain: string | number }) => string;
      /** A cell's name. */
      cellName: (values: { level: string | number; factor: string | number }) => string;
      cell: string;
      statement: string;
      answer: string;
      score: string;
      notAnswered: string;
      /** `cells` tie at `score`; `weakest` counts. */
      tie: (values: { cells: string | number; score: string | number; weakest: string | number }) => string;
      weakestMark: string;
    };
  };
}

export const nl: Labels = {
  locale: 'nl-NL',
  kicker: 'Kennisblad',
  editionNational: 'Landelijke editie',
  editionRegional: ({ region }) => `Editie arbeidsmarktregio ${region}`,
  editionDate: ({ date }) => `Editie ${date}`,
  page: ({ page, total }) => `Pagina ${page} van ${total}`,
  notesHeading: 'Bronnen',
  sourceNote: ({ source, date }) => `${source}. Peildatum ${date}.`,
  sourceLink: 'Bron',
  figureNote: ({ note }) => `bron ${note}`,
  modelCaption: ({ factors, levels }) => `Figuur: het model. Per beleidsdomein ${factors} factoren op ${levels} niveaus.`,
  modelFactors: 'Factoren',
  modelLevels: 'Niveaus',
  modelPerDomain: 'voor elk beleidsdomein',
  modelCell: ({ factor, level }) => `${factor} bij ${level}`,
  domainsHeading: 'De beleidsdomeinen',
  keyFigures: 'In cijfers',
  horizonHeading: 'Van start tot resultaat',
  month: 'Maand',
  monthRange: ({ from, to }) => `maand ${from}–${to}`,
  webVersion: ({ file }) => `Toegankelijke webversie: ${file}, in dezelfde map als deze pdf`,
  pdfLink: ({ file }) => `Download de pdf: ${file}`,
  proposalPhases: ({ months }) =>
    `De termijn van ${months} maanden komt van Lezen & Schrijven. De indeling in fasen is een voorstel van dit project; de adviseur maakt de planning samen met jouw gemeente.`,
  proposalDomains: ({ count }) => `Deze ${count} zijn een voorstel van dit project; jouw gemeente kiest zelf haar beleidsdomein.`,
  horizonAlt: ({ months, phases }) => `Tijdlijn van ${months} maanden in fasen: ${phases}.`,
  quoteBy: ({ author, role, organisation }) => `${author}, ${role}, ${organisation}`,
  contactHeading: 'Contact',
  contactRegional: ({ region }) => `Jouw adviseur in arbeidsmarktregio ${region}`,
  contactGeneral: 'Algemeen contact',
  contactFinder: ({ url, name }) => `Welke adviseur hoort bij jouw gemeente? Kijk op ${url} of neem contact op met ${name}.`,
  regionMunicipalities: ({ region, municipalities }) => `Deze editie is voor de gemeenten in arbeidsmarktregio ${region}: ${municipalities}.`,
  email: 'E-mail',
  phone: 'Telefoon',
  website: 'Website',
  exampleData: ({ source }) => `Let op: de contactgegevens zijn voorbeeldgegevens. ${source}.`,
  skipLink: 'Naar de inhoud',
  contents: 'Inhoud',
  pdfVersion: 'Dit is de toegankelijke webversie van het kennisblad. De inhoud is gelijk aan de pdf.',
  report: {
    kicker: 'Rapport quickscan',
    title: 'Integrale aanpak laaggeletterdheid',
    subtitleFor: ({ municipality }) => `De uitkomst voor gemeente ${municipality}`,
    subtitleGeneric: 'De uitkomst van jouw quickscan',
    intro: ({ months }) =>
      `Dit rapport laat zien welke beleidsdomeinen het meest kansrijk zijn voor een integrale aanpak van laaggeletterdheid, waar per domein de zwakste schakel zit, en welke acties je de komende ${months} maanden kunt oppakken. Het is een eerste beeld: bespreek het met de adviseur.`,
    completed: ({ date }) => `Ingevuld op ${date}`,
    rankingHeading: 'Kansrijke beleidsdomeinen',
    rankingIntro: ({ average, weakest }) =>
      `De kansrijkheid telt voor ${average}% de gemiddelde score van een domein en voor ${weakest}% de zwakste factor: een integrale aanpak heeft alle factoren tegelijk nodig. Scores lopen van 0 (zwak) tot 100 (sterk).`,
    rank: 'Plaats',
    domain: 'Beleidsdomein',
    opportunity: 'Kansrijkheid',
    answered: 'Beantwoord',
    unknown: 'Weet ik niet',
    notAssessed: 'niet ingevuld',
    pictureHeading: 'Het beeld per domein',
    pictureIntro: 'Per domein de score voor elke factor op elk niveau. Hoe lager de score, hoe meer daar te winnen is.',
    domainHeading: ({ rank, domain }) => `${rank}. ${domain}`,
    gridCaption: ({ domain }) => `Score per factor en niveau in ${domain} (0 = zwak, 100 = sterk)`,
    noAnswer: 'geen antwoord',
    weakestLink: ({ factor, level, score }) => `Zwakste schakel: ${factor} bij ${level} (score ${score}).`,
    noWeakestLink: 'Er zijn te weinig antwoorden om een zwakste schakel te bepalen.',
    certainty: ({ answered, total, unknown }) => `${answered} van ${total} stellingen beantwoord, ${unknown} keer “weet ik niet”.`,
    legend: 'Kleur van de score',
    bands: { weak: 'zwak', fair: 'redelijk', strong: 'sterk' },
    bandRange: ({ band, from, to }) => `${band} (${from}–${to})`,
    planHeading: ({ months }) => `Actieplan voor ${months} maanden`,
    planIntro: ({ count }) =>
      `Acties voor de ${count} meest kansrijke domeinen, gericht op de zwakste schakels. Kies samen met de adviseur wat past.`,
    planEmpty: 'Er zijn nog te weinig antwoorden voor een actieplan. Vul de quickscan verder in of bespreek de uitkomst met de adviseur.',
    actionFor: ({ domain, factor, level }) => `${domain} · ${factor} · ${level}`,
    contactHeading: 'Verder praten?',
    contactAdviser: ({ publisher, region }) => `De adviseur van ${publisher} in arbeidsmarktregio ${region} helpt je graag verder.`,
    contactGeneral: ({ publisher }) => `Neem contact op met ${publisher}. Zij brengen je in contact met de adviseur in jouw regio.`,
    disclaimer: ({ source }) => `Over deze quickscan: ${source}`,
    appendix: {
      heading: 'Bijlage: wat achter elke cel zit',
      intro: ({ lowest, highest, unknown }) =>
        `Elke cel in de tabellen is het gemiddelde van de antwoorden op de uitspraken van die cel, omgerekend naar 0 tot 100: “${lowest}” telt als 0, “${highest}” als 100. “${unknown}” en uitspraken zonder antwoord tellen niet mee. Hieronder staat per beleidsdomein elke uitspraak met jouw antwoord en de score van de cel, met één decimaal.`,
      tieRule: ({ levels, factors }) =>
        `De zwakste schakel is de cel met de laagste score. Scoren meer cellen even laag (met één decimaal), dan telt de cel die het eerst komt: eerst op niveau (${levels}), dan op factor (${factors}).`,
      caption: ({ domain }) => `De uitspraken en antwoorden achter elke cel van ${domain}`,
      cellName: ({ level, factor }) => `${level} · ${factor}`,
      cell: 'Cel',
      statement: 'Uitspraak',
      answer: 'Jouw antwoord',
      score: 'Score cel',
      notAnswered: 'niet beantwoord',
      tie: ({ cells, score, weakest }) => `Gelijke stand: ${cells} scoren allemaal ${score}. ${weakest} komt het eerst en is de zwakste schakel.`,
      weakestMark: 'zwakste schakel',
    },
  },
};
