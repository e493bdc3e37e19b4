// Browser-side validation for data a host page supplies at run time (content-src, advisers-src)
// for the sign-up form, and for the kennisblad studio's forms. Uses ajv's standalone code generated at build time: no `new Function`,
// so it works under a strict Content Security Policy.
import { validate as validateAdvisersSchema } from './generated/validate-advisers.js';
import { validate as validateContentSchema } from './generated/validate-content.js';
import { validate as validateSignUpSchema } from './generated/validate-sign-up.js';
import { validate as validateTrajectSchema } from './generated/validate-traject.js';
import { checkAdvisers, checkContent, checkTraject } from './checks.ts';
import { describeSchemaErrors, type DataIssue, type SchemaValidator } from './messages.ts';
import type { Advisers, Geography, Lang, QuickScanContent, SignUp, Traject } from './types.ts';

export type Checked<T> = { valid: true; data: T; issues: [] } | { valid: false; issues: DataIssue[] };

function run<T>(validator: SchemaValidator, data: unknown, lang: Lang, semantic?: (data: T) => DataIssue[]): Checked<T> {
  if (!validator(data)) return { valid: false, issues: describeSchemaErrors(validator.errors ?? [], lang) };
  const issues = semantic?.(data as T) ?? [];
  return issues.length ? { valid: false, issues } : { valid: true, data: data as T, issues: [] };
}

export function checkContentData(data: unknown, lang: Lang = 'nl'): Checked<QuickScanContent> {
  return run<QuickScanContent>(validateContentSchema, data, lang, (content) => checkContent(content, lang));
}

export function checkAdvisersData(data: unknown, geography: Geography, lang: Lang = 'nl'): Checked<Advisers> {
  return run<Advisers>(validateAdvisersSchema, data, lang, (advisers) => checkAdvisers(advisers, geography, lang));
}

/** The kennisblad's text and figures (the studio checks them as the user types). */
export function checkTrajectData(data: unknown, lang: Lang = 'nl'): Checked<Traject> {
  return run<Traject>(validateTrajectSchema, data, lang, (traject) => checkTraject(traject, lang));
}

export function checkSignUp(data: unknown, lang: Lang = 'nl'): Checked<SignUp> {
  return run<SignUp>(validateSignUpSchema, data, lang);
}
