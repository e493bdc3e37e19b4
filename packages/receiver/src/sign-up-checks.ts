// Checks on a sign-up that the JSON Schema cannot express: text that looks empty or reorders itself
// on screen, and a municipality that must exist and match its code. Run after the schema passed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { normalise, type DataIssue, type Geography, type Lang, type SignUp } from '@maatwerk/model';

const geography = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@maatwerk/model/data/municipalities.json'), 'utf8')) as Geography;
const municipalities = new Map(geography.municipalities.map((municipality) => [municipality.code, municipality]));

/** Bidirectional embedding, override and isolate controls: they make text read differently than it is stored. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;
/** Something a reader can see: a letter or a digit. */
const VISIBLE = /[\p{L}\p{N}]/u;

const SAY = {
  nl: {
    invisible: 'Deze tekst bestaat alleen uit onzichtbare tekens of leestekens.',
    bidi: 'Deze tekst bevat tekens die de leesrichting omdraaien. Typ de tekst opnieuw.',
    unknownCode: 'Deze gemeentecode bestaat niet. Kies de gemeente uit de lijst.',
    nameMismatch: (name: string) => `Deze naam hoort niet bij de gemeentecode: die code is van gemeente ${name}.`,
  },
  en: {
    invisible: 'This text consists only of invisible characters or punctuation.',
    bidi: 'This text contains characters that reverse the reading direction. Please type it again.',
    unknownCode: 'This municipality code does not exist. Choose the municipality from the list.',
    nameMismatch: (name: string) => `This name does not belong to the municipality code: that code is the municipality of ${name}.`,
  },
};

export function signUpIssues(signUp: SignUp, lang: Lang): DataIssue[] {
  const say = SAY[lang];
  const issues: DataIssue[] = [];
  for (const field of ['name', 'role'] as const) if (!VISIBLE.test(signUp[field])) issues.push({ path: field, message: say.invisible });
  for (const field of ['name', 'role', 'question'] as const) if (BIDI_CONTROLS.test(signUp[field] ?? '')) issues.push({ path: field, message: say.bidi });
  const municipality = municipalities.get(signUp.municipality.code);
  if (!municipality) {
    issues.push({ path: 'municipality.code', message: say.unknownCode });
  } else {
    const names = [municipality.name, ...(municipality.aliases ?? []).map((alias) => alias.name)].map(normalise);
    if (!names.includes(normalise(signUp.municipality.name))) issues.push({ path: 'municipality.name', message: say.nameMismatch(municipality.name) });
  }
  return issues;
}

/** Counts the values in parsed JSON, stopping at `limit`: a cheap guard before schema validation. */
export function exceedsSize(data: unknown, limit: number): boolean {
  let count = 0;
  const stack: unknown[] = [data];
  while (stack.length) {
    const value = stack.pop();
    if (++count > limit) return true;
    if (value && typeof value === 'object') for (const item of Object.values(value)) stack.push(item);
  }
  return false;
}
