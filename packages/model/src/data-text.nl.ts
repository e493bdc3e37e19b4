// What the model says about data it checks (schema errors, file reading, the checks a schema cannot
// make, scan results), in Dutch; data-text.en.ts has the English. The catalogue: DATA_TEXT in
// data-text.ts. Values in the messages are quoted as they stand in the data.

/** The things a data file lists, by id. */
export type Thing = 'factor' | 'level' | 'domain' | 'statement' | 'phase' | 'action' | 'scaleValue' | 'figure' | 'regionCode' | 'municipalityCode' | 'municipalityName' | 'adviserRegion';
/** What a reference can point at. */
export type Reference = 'domain' | 'level' | 'factor' | 'phase';

type Params = Record<string, unknown>;

export interface DataText {
  /** A schema error per ajv keyword, from its params. */
  schema: Record<string, (params: Params) => string>;
  /** JSON types in words ("tekst", "een lijst"), joined with `or` when there are more. */
  types: Record<string, string>;
  or: string;
  /** String formats in words, with the article or adjective they need. */
  formats: Record<string, string>;
  otherFormat: (format: string) => string;
  /** The path shown for an issue about the whole file. */
  wholeFile: string;
  unknownKindOfFile: (known: string) => string;
  unreadableFile: string;
  invalidJson: (detail: string) => string;
  duplicate: (thing: Thing, value: string) => string;
  unknown: (reference: Reference, value: string) => string;
  missingStatement: (domain: string, level: string, factor: string) => string;
  phaseEndsBeforeStart: string;
  figureSourceNotPublisher: (publisher: string, source: string) => string;
  figureMonths: (value: number, horizon: number) => string;
  figureNotListed: (id: string) => string;
  figureDisplayMismatch: (display: string, value: string, shown: string) => string;
  figureDisplayNoNumber: (display: string, value: string) => string;
  municipalityRegionUnknown: (municipality: string, region: string) => string;
  aliasIsOtherMunicipality: (alias: string, other: string) => string;
  regionWithoutMunicipalities: (code: string, name: string) => string;
  unknownRegion: (region: string) => string;
  horizonMismatch: (horizon: number, end: number) => string;
  notAResult: string;
  otherQuickScan: (result: string, data: string) => string;
  noDomains: string;
}

/** `["a", "b"]` -> `"a", "b"`. */
export const list = (values: unknown) => (Array.isArray(values) ? values.map((value) => `"${value}"`).join(', ') : String(values));

const THINGS: Record<Thing, string> = {
  factor: 'De factor',
  level: 'Het niveau',
  domain: 'Het domein',
  statement: 'De stelling',
  phase: 'De fase',
  action: 'De actie',
  scaleValue: 'De schaalwaarde',
  figure: 'Het cijfer',
  regionCode: 'De regiocode',
  municipalityCode: 'De gemeentecode',
  municipalityName: 'De gemeentenaam',
  adviserRegion: 'De adviseur voor regio',
};

// Dutch says "onbekend" before a het-word and "onbekende" before a de-word.
const UNKNOWN: Record<Reference, string> = { domain: 'Onbekend domein', level: 'Onbekend niveau', factor: 'Onbekende factor', phase: 'Onbekende fase' };

export const nl: DataText = {
  schema: {
    required: (p) => `Het veld "${p.missingProperty}" ontbreekt.`,
    additionalProperties: (p) => `Het veld "${p.additionalProperty}" is onbekend. Controleer de spelling of haal het weg.`,
    type: (p) => `Verkeerd soort waarde: hier hoort ${typeNames(nl, p.type)}.`,
    enum: (p) => `Deze waarde is niet toegestaan. Kies uit: ${list(p.allowedValues)}.`,
    const: (p) => `Deze waarde moet precies ${JSON.stringify(p.allowedValue)} zijn.`,
    pattern: () => `Deze tekst heeft niet de goede vorm.`,
    format: (p) => `Dit is geen ${formatName(nl, p.format)}.`,
    minLength: (p) => (p.limit === 1 ? `Dit veld mag niet leeg zijn.` : `Deze tekst is te kort: minstens ${p.limit} tekens.`),
    maxLength: (p) => `Deze tekst is te lang: hoogstens ${p.limit} tekens.`,
    minItems: (p) => `Deze lijst is te kort: minstens ${p.limit} onderdelen.`,
    maxItems: (p) => `Deze lijst is te lang: hoogstens ${p.limit} onderdelen.`,
    minimum: (p) => `Dit getal is te klein: minstens ${p.limit}.`,
    maximum: (p) => `Dit getal is te groot: hoogstens ${p.limit}.`,
    uniqueItems: () => `Deze lijst bevat iets dubbel.`,
    oneOf: () => `Deze waarde past bij geen van de toegestane vormen.`,
  },
  types: {
    string: 'tekst',
    number: 'een getal',
    integer: 'een geheel getal',
    boolean: 'true of false',
    array: 'een lijst',
    object: 'een object met velden',
    null: 'null',
  },
  or: ' of ',
  // With its adjective: Dutch says "geldig" before a het-word and "geldige" before a de-word.
  formats: {
    email: 'geldig e-mailadres',
    date: 'geldige datum (JJJJ-MM-DD)',
    'date-time': 'geldige datum en tijd',
    uri: 'geldig webadres',
  },
  otherFormat: (format) => `geldige waarde (${format})`,
  wholeFile: '(het hele bestand)',
  unknownKindOfFile: (known) => `Onbekend soort bestand. De naam moet beginnen met een van: ${known}; of geef het soort aan met --kind.`,
  unreadableFile: 'Dit bestand bestaat niet of kan niet worden gelezen.',
  invalidJson: (detail) => `Dit is geen geldige JSON (${detail}). Let op komma's en aanhalingstekens.`,
  duplicate: (thing, value) => `${THINGS[thing]} "${value}" komt twee keer voor.`,
  unknown: (reference, value) => `${UNKNOWN[reference]} "${value}".`,
  missingStatement: (domain, level, factor) => `Er is geen stelling voor domein "${domain}", niveau "${level}", factor "${factor}".`,
  phaseEndsBeforeStart: 'De fase eindigt voordat hij begint.',
  figureSourceNotPublisher: (publisher, source) =>
    `Het cijfer zegt iets over ${publisher}, maar de bron (${source}) is niet van ${publisher}. Gebruik een bron die dit zegt, of haal die bewering uit de tekst.`,
  figureMonths: (value, horizon) => `Het cijfer noemt ${value} maanden, maar de termijn van het traject (steps.horizonMonths) is ${horizon}.`,
  figureNotListed: (id) => `Het cijfer "${id}" staat niet in de lijst "figures".`,
  figureDisplayMismatch: (display, value, shown) => `De weergave "${display}" past niet bij de waarde ${value}: er staat ${shown}. Pas de waarde of de weergave aan.`,
  figureDisplayNoNumber: (display, value) => `In de weergave "${display}" staat geen getal. Schrijf de waarde ${value} in cijfers, bijvoorbeeld "${value}".`,
  municipalityRegionUnknown: (municipality, region) => `Gemeente ${municipality} hoort bij regio "${region}", maar die regio staat niet in "regions".`,
  aliasIsOtherMunicipality: (alias, other) => `De andere naam "${alias}" is de naam van een andere gemeente (${other}).`,
  regionWithoutMunicipalities: (code, name) => `Regio ${code} (${name}) heeft geen gemeenten.`,
  unknownRegion: (region) => `Onbekende arbeidsmarktregio "${region}".`,
  horizonMismatch: (horizon, end) => `De termijn is ${horizon} maanden, maar de fasen van het actieplan lopen tot maand ${end}.`,
  notAResult: 'Dit is geen uitkomst van de quickscan (of een versie die we niet kennen).',
  otherQuickScan: (result, data) => `Deze uitkomst hoort bij quickscan "${result}", maar de data is quickscan "${data}".`,
  noDomains: 'De uitkomst bevat geen domeinen.',
};

/** `string,null` -> "tekst of null". */
export function typeNames(text: DataText, type: unknown): string {
  return String(type)
    .split(',')
    .map((name) => text.types[name] ?? name)
    .join(text.or);
}

export function formatName(text: DataText, format: unknown): string {
  return text.formats[String(format)] ?? text.otherFormat(String(format));
}
