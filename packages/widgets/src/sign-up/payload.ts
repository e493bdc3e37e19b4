// From what the user typed to the sign-up payload and back to field messages. Pure functions: no DOM.
import { RESULT_TEXT, summariseResult, textIn, type DataIssue, type Lang, type MunicipalityMatch, type ResultText, type ScanResult, type SignUp } from '@maatwerk/model';
import type { FieldName, SignUpText } from './locale.ts';

/** What the form holds. Strings as typed; trimmed when the payload is built. */
export interface FormValues {
  name: string;
  role: string;
  email: string;
  phone: string;
  domains: string[];
  question: string;
  consent: boolean;
  attachResult: boolean;
}

export const EMPTY_VALUES: FormValues = {
  name: '',
  role: '',
  email: '',
  phone: '',
  domains: [],
  question: '',
  consent: false,
  attachResult: false,
};

/** The order of fields in the form, and so in the error summary. */
export const FIELD_ORDER: readonly FieldName[] = ['municipality', 'name', 'role', 'email', 'phone', 'domains', 'question', 'consent', 'attachResult'];

export const MAX_QUESTION_LENGTH = 2000;

export type CheckSignUp = (data: unknown, lang: Lang) => { valid: boolean; issues: DataIssue[] };

/**
 * The sign-up as the schema describes it. Optional fields are left out when empty. With no
 * municipality chosen, a placeholder keeps the schema from reporting it at the root (the form's own
 * "required" check names the field instead).
 */
export function buildPayload(values: FormValues, municipality: MunicipalityMatch | null, result: ScanResult | null, lang: Lang): SignUp {
  const phone = values.phone.trim();
  const question = values.question.trim();
  return {
    signUpVersion: 1,
    municipality: municipality
      ? { code: municipality.municipality.code, name: municipality.municipality.name }
      : { code: 'GM0000', name: '-' },
    name: values.name.trim(),
    role: values.role.trim(),
    email: values.email.trim(),
    ...(phone && { phone }),
    domains: [...values.domains],
    ...(question && { question }),
    consent: values.consent as true,
    lang,
    ...(values.attachResult && result && { result }),
  };
}

/** The form field a schema path points at: `email` -> email, `result.domains[0]` -> attachResult. */
export function fieldOf(path: string): FieldName | undefined {
  const head = /^[A-Za-z]+/.exec(path)?.[0];
  if (head === 'result') return 'attachResult';
  return head && (FIELD_ORDER as readonly string[]).includes(head) ? (head as FieldName) : undefined;
}

/** Whether a required field is empty (a field that is not required never is). */
function isEmptyRequired(field: FieldName, values: FormValues, municipality: MunicipalityMatch | null): boolean {
  switch (field) {
    case 'municipality':
      return !municipality;
    case 'name':
    case 'role':
    case 'email':
      return !values[field].trim();
    case 'consent':
      return !values.consent;
    default:
      return false;
  }
}

export type FieldErrors = Partial<Record<FieldName, string>>;

/** What the form holds when its fields are checked. */
export interface FormSnapshot {
  values: FormValues;
  match: MunicipalityMatch | null;
  result: ScanResult | null;
  lang: Lang;
  text: SignUpText;
}

/**
 * Field messages for the form: "required" messages for empty required fields, otherwise the
 * friendly "invalid" message of every field the schema validator points at. `check` is absent
 * when the validator could not be loaded: then only the required fields are checked here, and the
 * endpoint still validates everything.
 */
export function fieldErrors(form: FormSnapshot, check?: CheckSignUp, fields: readonly FieldName[] = FIELD_ORDER): FieldErrors {
  const { values, match, result, lang, text } = form;
  const errors: FieldErrors = {};
  for (const field of fields) if (isEmptyRequired(field, values, match)) errors[field] = text.fields[field].required ?? text.fields[field].invalid;
  // The validator only for fields that are not already known to be empty.
  if (check && fields.some((field) => !errors[field])) {
    const { issues } = check(buildPayload(values, match, result, lang), lang);
    for (const issue of issues) {
      const field = fieldOf(issue.path);
      if (field && fields.includes(field) && !errors[field]) errors[field] = text.fields[field].invalid;
    }
  }
  return errors;
}

/** The message of one field: "required" when it is empty, else "invalid" when the schema validator points at it. */
export const fieldError = (field: FieldName, form: FormSnapshot, check?: CheckSignUp): string | undefined => fieldErrors(form, check, [field])[field];

/** Errors an endpoint returned (`{ errors: [{ path, message }] }`), per field; the rest apart. */
export function serverFieldErrors(issues: readonly DataIssue[], text: SignUpText): { fields: FieldErrors; other: string[] } {
  const fields: FieldErrors = {};
  const other: string[] = [];
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    // The endpoint's own words explain rules the form does not know; the form's words when it has none.
    const message = typeof issue.message === 'string' && issue.message.trim() ? issue.message.trim().slice(0, 300) : undefined;
    if (field) fields[field] ??= message ?? text.fields[field].invalid;
    else if (message) other.push(message);
  }
  return { fields, other };
}

/** Reads `{ errors: [{ path, message }] }` from an endpoint's answer, ignoring anything else. */
export function issuesFrom(body: unknown): DataIssue[] {
  const errors = body && typeof body === 'object' ? (body as { errors?: unknown }).errors : undefined;
  if (!Array.isArray(errors)) return [];
  return errors
    .filter((error): error is { path: unknown; message: unknown } => !!error && typeof error === 'object')
    .map((error) => ({ path: typeof error.path === 'string' ? error.path : '', message: typeof error.message === 'string' ? error.message : '' }));
}

/** The names of the result's most promising domains (at most three). */
export function topDomains(result: ScanResult, names: ReadonlyMap<string, string>, count = 3): string[] {
  return result.ranking.slice(0, count).map((id) => names.get(id) ?? id);
}

/** The plain-text e-mail: every field of the payload, and a short summary of an attached result. */
export function mailBody(
  payload: SignUp,
  text: SignUpText,
  names: ReadonlyMap<string, string>,
  greeting = text.mail.greeting,
  resultText: ResultText = textIn(RESULT_TEXT, payload.lang ?? 'nl'),
): string {
  const { lines, none } = text.mail;
  const line = (label: string, value: string | undefined) => `${label}: ${value || none}`;
  const parts = [
    greeting,
    '',
    line(lines.municipality, `${payload.municipality.name} (${payload.municipality.code})`),
    line(lines.name, payload.name),
    line(lines.role, payload.role),
    line(lines.email, payload.email),
    line(lines.phone, payload.phone),
    line(lines.domains, payload.domains.map((id) => names.get(id) ?? id).join(', ')),
    line(lines.consent, text.mail.consentGiven),
  ];
  if (payload.question) parts.push('', `${lines.question}:`, payload.question);
  if (payload.result) {
    // The same words and numbers as the screen and the report: the model's summary.
    const domains = [...names].map(([id, name]) => ({ id, name }));
    const summary = summariseResult(payload.result, { lang: payload.lang ?? 'nl', domains, factors: [], levels: [] }, resultText);
    parts.push('', `${lines.result}:`, ...summary.domains.slice(0, 3).map((domain) => domain.sentences.line), summary.sentences.coveragePercent);
  }
  return parts.join('\n');
}
