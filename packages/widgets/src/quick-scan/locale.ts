// User-facing text of `<maatwerk-quick-scan>`. Questions, domains and actions come from the content
// data; this file holds only the interface text around them. Dutch is in the entry; the English
// text (locale.en.ts) is a chunk loaded only for lang="en", together with the English content.
import type { Catalogue } from '@maatwerk/model';

export const nl = {
  loading: 'De vragen worden geladen…',
  // intro
  start: 'Start de scan',
  duration: (minutes: number) => `Het invullen duurt ongeveer ${minutes} minuten.`,
  privacy: 'Uw antwoorden blijven in uw browser. Er gaat niets naar buiten, tenzij u het zelf verstuurt.',
  storageOn: 'We bewaren uw antwoorden in deze browser, zodat u later verder kunt. U kunt ze altijd laten vergeten.',
  storageOff: 'We bewaren uw antwoorden niet. Als u de pagina sluit, zijn ze weg.',
  source: 'Over de stellingen',
  // domain choice
  domainsHeading: 'Kies de beleidsdomeinen',
  domainsIntro: (perDomain: number) => `Kies een of meer domeinen. Per domein beantwoordt u ${perDomain} stellingen.`,
  domainsLegend: 'Beleidsdomeinen',
  domainsError: 'Kies minstens één beleidsdomein.',
  begin: 'Begin met de vragen',
  back: 'Vorige',
  next: 'Volgende',
  toResult: 'Bekijk het resultaat',
  // steps
  stepOf: (step: number, total: number) => `Stap ${step} van ${total}`,
  stepHeading: (domain: string, level: string) => `${domain}: ${level}`,
  emptyStep: 'U heeft op deze pagina nog niets ingevuld. Dat mag: klik nog een keer op Volgende om door te gaan. Of kies bij een stelling "Weet ik niet".',
  // saved progress
  resumeHeading: 'Verder waar u was?',
  resumeText: (answers: number, date: string) =>
    `U bent deze scan eerder begonnen in deze browser: ${answers} ${answers === 1 ? 'antwoord' : 'antwoorden'}, bewaard op ${date}.`,
  resume: 'Verder waar u was',
  startFresh: 'Opnieuw beginnen',
  storageCorrupt: 'Uw bewaarde antwoorden konden we niet lezen. We hebben ze gewist. U begint opnieuw.',
  storageVersion: 'De vragen zijn veranderd sinds u uw antwoorden bewaarde. De oude antwoorden passen er niet meer bij. U begint opnieuw.',
  forget: 'Vergeet mijn antwoorden',
  forgotten: 'Uw antwoorden zijn uit deze browser gewist. Wat u nu nog invult, bewaren we niet.',
  // notes about attributes
  municipality: (name: string) => `Gemeente: ${name}`,
  municipalityMissing: (query: string, suggestions: string[]) =>
    `We vinden geen gemeente "${query}". U kunt de scan gewoon invullen.${suggestions.length ? ` Bedoelt u ${suggestions.join(' of ')}?` : ''}`,
  invalidResult: 'Het meegegeven resultaat heeft niet de goede vorm. We tonen het niet.',
  // content-src error
  errorHeading: 'De vragen konden niet worden geladen',
  errorNetwork: (url: string) => `Het bestand ${url} is niet bereikbaar.`,
  errorHttp: (url: string, status: number) => `Het bestand ${url} gaf een foutmelding (HTTP ${status}).`,
  errorJson: (url: string) => `Het bestand ${url} is geen geldig JSON-bestand.`,
  errorInvalid: (url: string) => `Het bestand ${url} heeft niet de goede vorm. Dit is er mis:`,
  wholeFile: '(het hele bestand)',
  moreIssues: (count: number) => `En nog ${count} ${count === 1 ? 'ander probleem' : 'andere problemen'}.`,
  builtInHint: 'U kunt de scan wel invullen met de standaardvragen.',
  useBuiltIn: 'Ga verder met de standaardvragen',
  // result
  resultHeading: 'Uw resultaat',
  ranking: 'Beleidsdomeinen, van meest naar minst kansrijk',
  rank: (rank: number) => `${rank}.`,
  noScore: 'geen antwoord',
  bands: { weak: 'zwak', fair: 'redelijk', strong: 'sterk' },
  bandLegend: 'Betekenis van de kleuren',
  bandRange: (band: string, from: number, to: number) => `${band}: ${from} tot en met ${to}`,
  weakestMarker: 'zwakste schakel',
  gridCaption: (domain: string) => `Score per factor en niveau in ${domain}, van 0 (zwak) tot 100 (sterk)`,
  summaryHeading: 'In het kort',
  onThisPage: 'Op deze pagina',
  opportunityShort: (score: number | null) => (score === null ? '(kansrijkheid onbekend)' : `(kansrijkheid ${score})`),
  planLink: 'Uw actieplan',
  planIntro: 'De acties zijn gericht op de zwakste schakels van de meest kansrijke domeinen. Kies samen met de adviseur wat past.',
  actionCount: (count: number) => `${count} ${count === 1 ? 'actie' : 'acties'}`,
  level: 'Niveau',
  average: 'Gemiddeld',
  planHeading: (months: number) => `Uw actieplan voor de komende ${months} maanden`,
  phaseHeading: (name: string, from: number, to: number) => `${name}: maand ${from} tot en met ${to}`,
  planFor: (domain: string, factor: string, level: string) => `Voor ${domain}: ${factor}, ${level}`,
  noPlan: 'Voor een actieplan zijn er te weinig antwoorden. Vul meer stellingen in.',
  resultFailed: 'Het resultaat kon niet worden geladen. Uw antwoorden zijn bewaard.',
  retry: 'Probeer het opnieuw',
  // next steps
  nextHeading: 'Volgende stappen',
  municipalityLabel: 'Uw gemeente',
  municipalityHint: 'Naam of CBS-code, bijvoorbeeld Utrecht of GM0344.',
  chooseMunicipality: 'Kies gemeente',
  municipalitySet: (name: string) => `Gemeente ingesteld: ${name}.`,
  findAdviser: 'Vind uw adviseur',
  adviserIs: (name: string, region: string) => `Uw adviseur in regio ${region} is ${name}:`,
  contactGeneral: 'Vind de adviseur in uw regio',
  mailAdviser: 'Mail uw adviseur',
  signUp: 'Meld uw gemeente aan voor het Maatwerktraject',
  download: 'Download het resultaat (JSON)',
  downloaded: 'Het resultaat is gedownload.',
  fileName: 'quickscan',
  print: 'Print het resultaat',
  restart: 'Opnieuw beginnen',
  confirmRestart: 'Weet u het zeker? Al uw antwoorden worden gewist.',
  confirmYes: 'Ja, wis alles',
  confirmNo: 'Nee, ga terug',
};

export type QuickScanText = typeof nl;

/** Dutch in the entry; English a chunk, loaded for lang="en". */
export const QUICK_SCAN_TEXT: Catalogue<QuickScanText> = { nl, en: () => import('./locale.en.ts').then((module) => module.en) };
