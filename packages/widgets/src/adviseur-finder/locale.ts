// All user-facing text of `<maatwerk-adviseur-finder>`: Dutch here, English in locale.en.ts (loaded on demand).
import type { Lang } from '@maatwerk/model';

/** Why custom advisers data (`advisers-src`) could not be used. */
export type DataProblem =
  | { kind: 'url' }
  | { kind: 'network' }
  | { kind: 'http'; status: number }
  | { kind: 'json' }
  | { kind: 'invalid'; first: string; more: number };

export interface AdviseurFinderText {
  fieldLabel: string;
  fieldHint: string;
  loading: string;
  dataError: (source: string, problem: DataProblem) => string;
  dataFallback: string;
  region: (name: string) => string;
  regionHeading: (name: string) => string;
  province: (name: string) => string;
  merged: (former: string, date: string | undefined, current: string) => string;
  yourAdviser: string;
  contact: string;
  email: string;
  phone: string;
  website: string;
  example: string;
  noAdviser: string;
  cta: string;
  ctaMail: (name: string) => string;
  mailSubject: (municipality: string | undefined) => string;
  mailBody: (adviser: string, municipality: string | undefined) => string;
  noMatchHeading: string;
  noMatch: (query: string) => string;
  didYouMean: string;
  suggestion: (name: string, province: string) => string;
  generalContact: (name: string) => string;
  invalidMunicipalityHeading: string;
  invalidMunicipality: (value: string) => string;
  invalidRegionHeading: string;
  invalidRegion: (value: string) => string;
  announceFound: (place: string, adviser: string) => string;
  announceNotFound: (query: string, suggestions: number) => string;
}

/** Dutch, built in. */
export const nl: AdviseurFinderText = {
  fieldLabel: 'Uw gemeente',
  fieldHint: 'Typ de naam of de CBS-code van uw gemeente. Een oude gemeentenaam werkt ook.',
  loading: 'De gegevens van de adviseurs worden geladen…',
  dataError: (source, problem) =>
    `De adviseursgegevens van ${source} zijn niet te gebruiken: ${
      problem.kind === 'url'
        ? 'dit is geen geldig webadres'
        : problem.kind === 'network'
          ? 'het adres is niet bereikbaar'
          : problem.kind === 'http'
            ? `de server antwoordt met foutcode ${problem.status}`
            : problem.kind === 'json'
              ? 'het bestand is geen geldige JSON'
              : `${problem.first}${problem.more ? ` (en nog ${problem.more} ${problem.more === 1 ? 'fout' : 'fouten'})` : ''}`
    }`,
  dataFallback: 'Daarom ziet u hieronder de ingebouwde gegevens.',
  region: (name) => `Arbeidsmarktregio ${name}`,
  regionHeading: (name) => `Arbeidsmarktregio ${name}`,
  province: (name) => `Provincie ${name}`,
  merged: (former, date, current) => (date ? `${former} is per ${date} opgegaan in ${current}.` : `${former} is opgegaan in ${current}.`),
  yourAdviser: 'Uw adviseur',
  contact: 'Contact',
  email: 'E-mail',
  phone: 'Telefoon',
  website: 'Website',
  example: 'Voorbeeldgegevens: deze naam en contactgegevens zijn verzonnen.',
  noAdviser: 'Voor deze regio is nog geen adviseur bekend. U kunt terecht bij:',
  cta: 'Aanmelden voor het Maatwerktraject',
  ctaMail: (name) => `Dit opent een e-mail aan ${name}.`,
  mailSubject: (municipality) => (municipality ? `Aanmelding Maatwerktraject: gemeente ${municipality}` : 'Aanmelding Maatwerktraject'),
  mailBody: (adviser, municipality) =>
    `Beste ${adviser},\n\nGraag meld ik ${municipality ? `gemeente ${municipality}` : 'onze gemeente'} aan voor het Maatwerktraject integrale aanpak laaggeletterdheid.\n\nNaam:\nFunctie:\nTelefoon:\n\nMet vriendelijke groet,\n`,
  noMatchHeading: 'Geen gemeente gevonden',
  noMatch: (query) => `We vinden geen gemeente die past bij "${query}". Kijk of de naam goed gespeld is, of typ alleen het begin van de naam.`,
  didYouMean: 'Bedoelt u een van deze gemeenten?',
  suggestion: (name, province) => `${name}, ${province}`,
  generalContact: (name) => `Komt u er niet uit? Neem contact op met ${name}.`,
  invalidMunicipalityHeading: 'Gemeente niet gevonden',
  invalidMunicipality: (value) =>
    `Deze pagina toont de adviseur van gemeente "${value}", maar die gemeente kennen we niet. Voor de beheerder van de website: zet in municipality="${value}" de CBS-code (bijvoorbeeld GM0363) of de precieze naam.`,
  invalidRegionHeading: 'Regio niet gevonden',
  invalidRegion: (value) =>
    `Deze pagina toont de adviseur van arbeidsmarktregio "${value}", maar die regio kennen we niet. Voor de beheerder van de website: zet in region="${value}" een regiocode (bijvoorbeeld AM18) of de naam van de regio.`,
  announceFound: (place, adviser) => `Gevonden: ${place}. Uw adviseur is ${adviser}.`,
  announceNotFound: (query, suggestions) =>
    `Geen gemeente gevonden voor "${query}".${suggestions ? ` ${suggestions === 1 ? '1 suggestie' : `${suggestions} suggesties`} onder het zoekveld.` : ''}`,
};

/** The text in a language: Dutch is built in, English is a chunk loaded on demand. */
export function loadFinderText(lang: Lang): Promise<AdviseurFinderText> {
  return lang === 'en' ? import('./locale.en.ts').then((module) => module.en) : Promise.resolve(nl);
}

/** "2022-03-23" (the last day a former municipality existed) -> "24 maart 2022" (the day it merged). */
export function formatMergeDate(until: string | undefined, lang: Lang): string | undefined {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(until ?? '');
  if (!parts) return undefined;
  const date = new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]) + 1));
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
