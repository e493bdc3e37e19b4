import type { Lang } from './types.ts';

/** One problem in a data file: where it is and what is wrong, in plain language. */
export interface DataIssue {
  /** The file the data came from, when known. */
  file?: string;
  /** Where in the data, e.g. `statements[3].domain`; empty for the whole file. */
  path: string;
  message: string;
}

/** The subset of an ajv error that the messages need (ajv and its standalone code share it). */
export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** `/statements/3/domain` -> `statements[3].domain` */
export function formatPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}

type Params = Record<string, unknown>;
const list = (values: unknown) => (Array.isArray(values) ? values.map((value) => `"${value}"`).join(', ') : String(values));

const SCHEMA_MESSAGES: Record<Lang, Record<string, (params: Params) => string>> = {
  nl: {
    required: (p) => `Het veld "${p.missingProperty}" ontbreekt.`,
    additionalProperties: (p) => `Het veld "${p.additionalProperty}" is onbekend. Controleer de spelling of haal het weg.`,
    type: (p) => `Verkeerd soort waarde: hier hoort ${typeName('nl', p.type)}.`,
    enum: (p) => `Deze waarde is niet toegestaan. Kies uit: ${list(p.allowedValues)}.`,
    const: (p) => `Deze waarde moet precies ${JSON.stringify(p.allowedValue)} zijn.`,
    pattern: () => `Deze tekst heeft niet de goede vorm.`,
    format: (p) => `Dit is geen ${formatName('nl', p.format)}.`,
    minLength: (p) => (p.limit === 1 ? `Dit veld mag niet leeg zijn.` : `Deze tekst is te kort: minstens ${p.limit} tekens.`),
    maxLength: (p) => `Deze tekst is te lang: hoogstens ${p.limit} tekens.`,
    minItems: (p) => `Deze lijst is te kort: minstens ${p.limit} onderdelen.`,
    maxItems: (p) => `Deze lijst is te lang: hoogstens ${p.limit} onderdelen.`,
    minimum: (p) => `Dit getal is te klein: minstens ${p.limit}.`,
    maximum: (p) => `Dit getal is te groot: hoogstens ${p.limit}.`,
    uniqueItems: () => `Deze lijst bevat iets dubbel.`,
    oneOf: () => `Deze waarde past bij geen van de toegestane vormen.`,
  },
  en: {
    required: (p) => `The field "${p.missingProperty}" is missing.`,
    additionalProperties: (p) => `The field "${p.additionalProperty}" is unknown. Check its spelling or remove it.`,
    type: (p) => `Wrong kind of value: this should be ${typeName('en', p.type)}.`,
    enum: (p) => `This value is not allowed. Choose one of: ${list(p.allowedValues)}.`,
    const: (p) => `This value must be exactly ${JSON.stringify(p.allowedValue)}.`,
    pattern: () => `This text is not in the expected form.`,
    format: (p) => `This is not ${formatName('en', p.format)}.`,
    minLength: (p) => (p.limit === 1 ? `This field must not be empty.` : `This text is too short: at least ${p.limit} characters.`),
    maxLength: (p) => `This text is too long: at most ${p.limit} characters.`,
    minItems: (p) => `This list is too short: at least ${p.limit} items.`,
    maxItems: (p) => `This list is too long: at most ${p.limit} items.`,
    minimum: (p) => `This number is too small: at least ${p.limit}.`,
    maximum: (p) => `This number is too large: at most ${p.limit}.`,
    uniqueItems: () => `This list contains a duplicate.`,
    oneOf: () => `This value matches none of the allowed forms.`,
  },
};

function typeName(lang: Lang, type: unknown): string {
  const names: Record<string, [string, string]> = {
    string: ['tekst', 'text'],
    number: ['een getal', 'a number'],
    integer: ['een geheel getal', 'a whole number'],
    boolean: ['true of false', 'true or false'],
    array: ['een lijst', 'a list'],
    object: ['een object met velden', 'an object with fields'],
    null: ['null', 'null'],
  };
  const types = String(type).split(',');
  return types.map((t) => names[t]?.[lang === 'nl' ? 0 : 1] ?? t).join(lang === 'nl' ? ' of ' : ' or ');
}

/** With its adjective: Dutch says "geldig" before a het-word and "geldige" before a de-word. */
function formatName(lang: Lang, format: unknown): string {
  const names: Record<string, [string, string]> = {
    email: ['geldig e-mailadres', 'a valid e-mail address'],
    date: ['geldige datum (JJJJ-MM-DD)', 'a valid date (YYYY-MM-DD)'],
    'date-time': ['geldige datum en tijd', 'a valid date and time'],
    uri: ['geldig webadres', 'a valid web address'],
  };
  return names[String(format)]?.[lang === 'nl' ? 0 : 1] ?? (lang === 'nl' ? `geldige waarde (${String(format)})` : `a valid ${String(format)}`);
}

/** Turns schema errors into plain-language issues. Drops the noise ajv adds around a failed oneOf. */
export function describeSchemaErrors(errors: readonly SchemaError[], lang: Lang = 'nl', file?: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    const describe = SCHEMA_MESSAGES[lang][error.keyword];
    const message = describe ? describe(error.params) : (error.message ?? error.keyword);
    const issue = { ...(file && { file }), path: formatPath(error.instancePath), message };
    const key = `${issue.path}\n${message}`;
    if (!seen.has(key)) issues.push(issue);
    seen.add(key);
  }
  return issues;
}

/** One line per issue, as the CLI and the kennisblad generator print them. */
export function formatIssue(issue: DataIssue, lang: Lang = 'nl'): string {
  const where = issue.path || (lang === 'nl' ? '(het hele bestand)' : '(the whole file)');
  return `${issue.file ? `${issue.file}: ` : ''}${where}: ${issue.message}`;
}

/** A validator function as ajv's standalone code exports it. */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}
