// Every word the studio shows, in Dutch and English. Field labels are looked up by the data's key
// (`display`, `peildatum`), so a new field in a schema gets a label here and nowhere else.
import type { Lang } from '@maatwerk/model';

export type DocKey = 'trajectNl' | 'trajectEn' | 'advisers' | 'contentNl' | 'contentEn';
export const DOC_KEYS: readonly DocKey[] = ['trajectNl', 'trajectEn', 'advisers', 'contentNl', 'contentEn'];

/** The file each document is saved as, in a download and in `packages/model/data/`. */
export const DOC_FILES: Record<DocKey, string> = {
  trajectNl: 'traject.nl.json',
  trajectEn: 'traject.en.json',
  advisers: 'advisers.json',
  contentNl: 'content.nl.json',
  contentEn: 'content.en.json',
};

type Pair = readonly [nl: string, en: string];

const FIELDS: Record<string, Pair> = {
  lang: ['Taal', 'Language'],
  title: ['Titel', 'Title'],
  subtitle: ['Ondertitel', 'Subtitle'],
  publisher: ['Uitgever', 'Publisher'],
  date: ['Datum van deze editie', 'Date of this edition'],
  keywords: ['Trefwoorden', 'Keywords'],
  why: ['Waarom een integrale aanpak', 'Why an integral approach'],
  what: ['Wat is het Maatwerktraject', 'What the Maatwerktraject is'],
  model: ['Het model', 'The model'],
  steps: ['Stappen', 'Steps'],
  delivers: ['Wat levert het op', 'What it delivers'],
  practice: ['Praktijkvoorbeeld', 'Practice example'],
  quote: ['Quote', 'Quote'],
  participation: ['Wie doen er mee', 'Who takes part'],
  signUp: ['Aanmelden', 'Signing up'],
  figures: ['Cijfers', 'Figures'],
  shownFigures: ['Cijfers in dit deel', 'Figures in this section'],
  heading: ['Kop', 'Heading'],
  paragraphs: ['Alinea’s', 'Paragraphs'],
  horizonMonths: ['Looptijd in maanden', 'Duration in months'],
  items: ['Onderdelen', 'Items'],
  municipality: ['Gemeente', 'Municipality'],
  text: ['Tekst', 'Text'],
  author: ['Naam', 'Name'],
  role: ['Functie', 'Role'],
  organisation: ['Organisatie', 'Organisation'],
  id: ['Code (id)', 'Code (id)'],
  value: ['Waarde (getal)', 'Value (number)'],
  display: ['Zo staat het in het kennisblad', 'As printed in the kennisblad'],
  label: ['Uitleg bij het cijfer', 'Label'],
  source: ['Bron', 'Source'],
  name: ['Naam', 'Name'],
  url: ['Webadres', 'Web address'],
  peildatum: ['Peildatum', 'Reference date (peildatum)'],
  example: ['Dit zijn voorbeeldgegevens', 'This is example data'],
  general: ['Algemeen contact', 'General contact'],
  advisers: ['Adviseurs per regio', 'Advisers per region'],
  region: ['Arbeidsmarktregio', 'Labour-market region'],
  email: ['E-mailadres', 'E-mail address'],
  phone: ['Telefoonnummer', 'Phone number'],
  photoUrl: ['Webadres van de foto', 'Photo web address'],
  version: ['Versie', 'Version'],
  intro: ['Inleiding', 'Introduction'],
  durationMinutes: ['Duur in minuten', 'Duration in minutes'],
  scale: ['Antwoordschaal', 'Answer scale'],
  question: ['Vraag', 'Question'],
  options: ['Antwoorden', 'Answers'],
  unknown: ['Antwoord “weet ik niet”', 'Answer “don’t know”'],
  factors: ['Factoren', 'Factors'],
  levels: ['Niveaus', 'Levels'],
  domains: ['Beleidsdomeinen', 'Policy domains'],
  statements: ['Stellingen', 'Statements'],
  phases: ['Fasen', 'Phases'],
  actions: ['Acties', 'Actions'],
  description: ['Beschrijving', 'Description'],
  preselected: ['Standaard gekozen', 'Selected by default'],
  domain: ['Beleidsdomein', 'Policy domain'],
  level: ['Niveau', 'Level'],
  factor: ['Factor', 'Factor'],
  help: ['Toelichting', 'Help text'],
  fromMonth: ['Vanaf maand', 'From month'],
  toMonth: ['Tot en met maand', 'To month'],
  phase: ['Fase', 'Phase'],
  advisedBelow: ['Aanraden onder score', 'Advised below score'],
};

/** What one item of a list is called: "Cijfer 3", "Adviseur 12". */
const ITEMS: Record<string, Pair> = {
  figures: ['Cijfer', 'Figure'],
  shownFigures: ['Getoond cijfer', 'Shown figure'],
  paragraphs: ['Alinea', 'Paragraph'],
  items: ['Onderdeel', 'Item'],
  keywords: ['Trefwoord', 'Keyword'],
  advisers: ['Adviseur', 'Adviser'],
  options: ['Antwoord', 'Answer'],
  factors: ['Factor', 'Factor'],
  levels: ['Niveau', 'Level'],
  domains: ['Domein', 'Domain'],
  statements: ['Stelling', 'Statement'],
  phases: ['Fase', 'Phase'],
  actions: ['Actie', 'Action'],
};

/** Short help under a field. */
const HINTS: Record<string, Pair> = {
  display: ['Moet hetzelfde getal laten zien als de waarde, bijvoorbeeld 15,9% bij 15.9.', 'Must show the same number as the value, e.g. 15.9% for 15.9.'],
  value: ['Het getal zelf, zonder punt voor duizendtallen. Een komma of punt mag voor decimalen.', 'The number itself, without thousands separators.'],
  peildatum: ['De datum waarop het cijfer klopte. Komt in de voetnoot.', 'The date the figure refers to. Shown in the footnote.'],
  url: ['Begint met https://', 'Starts with https://'],
  phone: ['Bijvoorbeeld +31 30 000 00 00', 'For example +31 30 000 00 00'],
};

const DOCS: Record<DocKey, Pair> = {
  trajectNl: ['Teksten en cijfers (Nederlands)', 'Texts and figures (Dutch)'],
  trajectEn: ['Teksten en cijfers (Engels)', 'Texts and figures (English)'],
  advisers: ['Adviseurs', 'Advisers'],
  contentNl: ['Quickscan (Nederlands)', 'Quick scan (Dutch)'],
  contentEn: ['Quickscan (Engels)', 'Quick scan (English)'],
};

const UI = {
  title: ['Kennisblad-studio', 'Kennisblad studio'],
  intro: [
    'Pas de teksten, cijfers en adviseurs van het kennisblad aan. Rechts (op een smal scherm: onder het formulier) zie je meteen het resultaat. Je werk blijft in deze browser bewaard tot je het weggooit.',
    'Edit the texts, figures and advisers of the kennisblad. The preview beside the form (below it on a narrow screen) follows as you type. Your work stays in this browser until you discard it.',
  ],
  switchLanguage: ['English', 'Nederlands'],
  switchLanguageLabel: ['Switch to English', 'Schakel naar Nederlands'],
  files: ['Wat wil je aanpassen?', 'What do you want to edit?'],
  form: ['Formulier', 'Form'],
  preview: ['Voorbeeld', 'Preview'],
  edition: ['Editie', 'Edition'],
  national: ['Landelijk', 'National'],
  editionLang: ['Taal van het kennisblad', 'Language of the kennisblad'],
  dutch: ['Nederlands', 'Dutch'],
  english: ['Engels', 'English'],
  previewKind: ['Toon', 'Show'],
  pdf: ['Pdf', 'PDF'],
  html: ['Webversie (html)', 'Web version (HTML)'],
  pdfFrame: ['Voorbeeld van de pdf', 'Preview of the PDF'],
  htmlFrame: ['Voorbeeld van de webversie', 'Preview of the web version'],
  pdfPage: ['Pagina {page} van {pages}', 'Page {page} of {pages}'],
  rendering: ['Voorbeeld wordt bijgewerkt…', 'Updating the preview…'],
  rendered: ['Voorbeeld bijgewerkt.', 'Preview updated.'],
  previewBlocked: ['Geen voorbeeld: eerst de fouten oplossen (zie de lijst hierboven).', 'No preview: fix the errors first (see the list above).'],
  previewFailed: ['Het voorbeeld kon niet worden gemaakt: {error}', 'The preview could not be made: {error}'],
  add: ['{item} toevoegen', 'Add {item}'],
  remove: ['Verwijder', 'Remove'],
  up: ['Omhoog', 'Up'],
  down: ['Omlaag', 'Down'],
  itemActions: ['{item} {n}', '{item} {n}'],
  empty: ['(leeg)', '(empty)'],
  none: ['(geen)', '(none)'],
  yes: ['ja', 'yes'],
  no: ['nee', 'no'],
  errorsOne: ['Er is 1 fout', 'There is 1 error'],
  errorsMany: ['Er zijn {n} fouten', 'There are {n} errors'],
  errorsIntro: ['Los deze eerst op. Klik op een fout om naar het veld te gaan.', 'Fix these first. Select an error to go to its field.'],
  changes: ['Wat is er veranderd?', 'What changed?'],
  changesIntro: ['Vergeleken met de gepubliceerde versie.', 'Compared with the published version.'],
  noChanges: ['Nog niets veranderd ten opzichte van de gepubliceerde versie.', 'Nothing changed yet compared with the published version.'],
  changed: ['{where}: van {before} naar {after}', '{where}: from {before} to {after}'],
  textChanged: ['{where}: tekst aangepast', '{where}: text edited'],
  added: ['{where}: toegevoegd', '{where}: added'],
  removed: ['{where}: verwijderd', '{where}: removed'],
  moved: ['{where}: verplaatst van plek {from} naar {to}', '{where}: moved from position {from} to {to}'],
  save: ['Opslaan en downloaden', 'Save and download'],
  downloadZip: ['Download alles (zip)', 'Download everything (zip)'],
  downloadPdf: ['Download pdf', 'Download PDF'],
  downloadHtml: ['Download webversie', 'Download web version'],
  downloadBlocked: ['Downloaden kan pas als alles klopt. Los eerst op:', 'You can download once everything is right. Fix first:'],
  downloadWaiting: ['Even wachten: het voorbeeld wordt bijgewerkt.', 'Please wait: the preview is being updated.'],
  open: ['Open een eerdere download', 'Open an earlier download'],
  openHint: ['Een zip uit deze studio, of een los gegevensbestand (.json).', 'A zip from this studio, or a single data file (.json).'],
  opened: ['{file} geopend.', 'Opened {file}.'],
  openFailed: ['{file} kon niet worden geopend: {error}', '{file} could not be opened: {error}'],
  openNothing: ['Er staat geen bekend gegevensbestand in (zoals traject.nl.json).', 'It holds no known data file (such as traject.nl.json).'],
  openBadJson: ['{name} is geen geldige JSON.', '{name} is not valid JSON.'],
  draft: ['Concept', 'Draft'],
  draftSaved: ['Concept bewaard in deze browser.', 'Draft kept in this browser.'],
  draftRestored: ['Je concept van {time} is teruggezet.', 'Your draft of {time} was restored.'],
  discard: ['Gooi concept weg', 'Discard draft'],
  discardConfirm: ['Weet je het zeker? Al je wijzigingen gaan verloren.', 'Are you sure? All your changes will be lost.'],
  discarded: ['Concept weggegooid: je ziet weer de gepubliceerde versie.', 'Draft discarded: you see the published version again.'],
  skip: ['Naar het formulier', 'Skip to the form'],
  publishHeading: ['Publiceren op de website', 'Publish on the website'],
  publishOffline: [
    'Publiceren kan hier niet: deze studio is niet via de ontvanger geopend. Download de zip en stuur die naar wie de website beheert.',
    'Publishing is not available here: this studio was not opened through the receiver. Download the zip and send it to whoever runs the website.',
  ],
  publishLogin: ['Log in als coördinator om te publiceren', 'Log in as a coordinator to publish'],
  publishAdviser: ['Je bent ingelogd als {name}. Alleen een coördinator kan het kennisblad publiceren.', 'You are logged in as {name}. Only a coordinator can publish the kennisblad.'],
  publishAs: ['Ingelogd als {name} (coördinator). Op de website staat versie {version}.', 'Logged in as {name} (coordinator). The website shows version {version}.'],
  publishButton: ['Publiceer als versie {version}', 'Publish as version {version}'],
  publishNothing: ['Er is niets veranderd ten opzichte van versie {version}: er valt niets te publiceren.', 'Nothing changed since version {version}: there is nothing to publish.'],
  publishBlocked: ['Publiceren kan pas als alles klopt: los eerst de fouten op (zie de lijst hierboven).', 'You can publish once everything is right: fix the errors first (see the list above).'],
  publishing: ['Bezig met publiceren…', 'Publishing…'],
  published: ['Versie {version} staat op de website. Het kennisblad staat op {url}.', 'Version {version} is on the website. The kennisblad is at {url}.'],
  publishRefused: ['Niet gepubliceerd:', 'Not published:'],
  history: ['Eerdere versies', 'Earlier versions'],
  historyItem: ['Versie {version}, {time}, door {who}', 'Version {version}, {time}, by {who}'],
  restoreButton: ['Zet versie {version} terug', 'Restore version {version}'],
  restoreConfirm: ['Versie {version} opnieuw publiceren? Dat wordt een nieuwe versie; niets gaat verloren.', 'Publish version {version} again? That becomes a new version; nothing is lost.'],
  restored: ['Versie {from} staat weer op de website, als versie {version}.', 'Version {from} is on the website again, as version {version}.'],
} satisfies Record<string, Pair>;

export type UiKey = keyof typeof UI;

export interface Labels {
  lang: Lang;
  ui(key: UiKey, values?: Record<string, string | number>): string;
  field(key: string): string;
  item(listKey: string): string;
  hint(key: string): string | undefined;
  doc(key: DocKey): string;
}

/** The label key of a field: a section's `figures` lists ids of figures it shows, not figures. */
export function labelKey(path: readonly (string | number)[]): string {
  const key = String(path.at(-1));
  return key === 'figures' && path.length > 1 ? 'shownFigures' : key;
}

const pick = (pair: Pair, lang: Lang) => pair[lang === 'nl' ? 0 : 1];
const fill = (text: string, values: Record<string, string | number> = {}) => text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));

export function labelsFor(lang: Lang): Labels {
  return {
    lang,
    ui: (key, values) => fill(pick(UI[key], lang), values),
    field: (key) => (FIELDS[key] ? pick(FIELDS[key], lang) : key),
    item: (listKey) => (ITEMS[listKey] ? pick(ITEMS[listKey], lang) : lang === 'nl' ? 'Onderdeel' : 'Item'),
    hint: (key) => (HINTS[key] ? pick(HINTS[key], lang) : undefined),
    doc: (key) => pick(DOCS[key], lang),
  };
}
