// The Dutch text of the finder's result views (result.ts): part of the finder's catalogue (locale.ts),
// kept in a file of its own so it travels in the views' chunk. English: locale.en.ts, `result`.

/** Text of the result views: the card, "no match" and an unknown fixed value, and the announcement of "no match". */
export interface FinderResultText {
  announceNotFound: (query: string, suggestions: number) => string;
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
}

/** Dutch, with the views. */
export const nl: FinderResultText = {
  announceNotFound: (query, suggestions) =>
    `Geen gemeente gevonden voor "${query}".${suggestions ? ` ${suggestions === 1 ? '1 suggestie' : `${suggestions} suggesties`} onder het zoekveld.` : ''}`,
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
};
