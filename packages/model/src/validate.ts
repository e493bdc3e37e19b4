// Node-side validation with ajv. ajv compiles schemas with `new Function`, so browsers use the
// standalone validators in ./browser-validate.ts instead (generated at build time, CSP-safe).
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import { AJV_OPTIONS } from './ajv-options.ts';
import { checkAdvisers, checkContent, checkGeography, checkTraject } from './checks.ts';
import { dataText } from './data-text.ts';
import { describeSchemaErrors, type DataIssue } from './messages.ts';
import { SCHEMA_FILES, type DataKind } from './schema-files.ts';
import type { Advisers, Geography, Lang, QuickScanContent, Traject } from './types.ts';

const addFormats = addFormatsPlugin as unknown as typeof addFormatsPlugin.default;
const schemaDir = new URL('../schemas/', import.meta.url);

export interface ValidateOptions {
  lang?: Lang;
  /** Shown with every issue, so a message says which file is wrong. */
  file?: string;
  /** For advisers: the geography whose regions they must refer to. */
  geography?: Geography;
}

export interface Validation<T> {
  valid: boolean;
  issues: DataIssue[];
  data?: T;
}

let registry: Promise<{ ajv: Ajv; ids: Map<DataKind, string> }> | undefined;

/**
 * Adds every schema once, so cross-references resolve; each is compiled only when first used
 * (compiling all of them costs a noticeable part of a cold CLI start).
 */
async function validatorFor(kind: DataKind): Promise<ValidateFunction> {
  registry ??= (async () => {
    const ajv = new Ajv(AJV_OPTIONS);
    addFormats(ajv);
    const ids = new Map<DataKind, string>();
    for (const [name, file] of Object.entries(SCHEMA_FILES) as [DataKind, string][]) {
      const schema = JSON.parse(await readFile(new URL(file, schemaDir), 'utf8'));
      ajv.addSchema(schema);
      ids.set(name, schema.$id);
    }
    return { ajv, ids };
  })();
  const { ajv, ids } = await registry;
  return ajv.getSchema(ids.get(kind)!)!;
}

/** Validates data of one kind: schema first, then the checks a schema cannot express. Never throws on bad data. */
export async function validate<T = unknown>(kind: DataKind, data: unknown, options: ValidateOptions = {}): Promise<Validation<T>> {
  const { lang = 'nl', file } = options;
  const validator = await validatorFor(kind);
  if (!validator(data)) {
    return { valid: false, issues: describeSchemaErrors(validator.errors ?? [], lang, file) };
  }
  const issues = semanticIssues(kind, data, options).map((issue) => ({ ...(file && { file }), ...issue }));
  return issues.length ? { valid: false, issues } : { valid: true, issues, data: data as T };
}

function semanticIssues(kind: DataKind, data: unknown, { lang = 'nl', geography }: ValidateOptions): DataIssue[] {
  switch (kind) {
    case 'content':
      return checkContent(data as QuickScanContent, lang);
    case 'traject':
      return checkTraject(data as Traject, lang);
    case 'municipalities':
      return checkGeography(data as Geography, lang);
    case 'advisers':
      return checkAdvisers(data as Advisers, geography, lang);
    default:
      return [];
  }
}

/** The kind of a data file from its name: `content.nl.json` -> content, `sign-up.json` -> signUp. */
export function kindOfFile(path: string): DataKind | undefined {
  const stem = basename(path).split('.')[0] ?? '';
  const kind = stem.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
  return kind in SCHEMA_FILES ? (kind as DataKind) : undefined;
}

/** Reads and validates one file; unreadable files and broken JSON become issues too. */
export async function validateFile<T = unknown>(path: string, options: Omit<ValidateOptions, 'file'> & { kind?: DataKind } = {}): Promise<Validation<T>> {
  const { lang = 'nl' } = options;
  const file = path;
  const messages = dataText(lang);
  const kind = options.kind ?? kindOfFile(path);
  if (!kind) {
    const known = Object.keys(SCHEMA_FILES).join(', ');
    return { valid: false, issues: [{ file, path: '', message: messages.unknownKindOfFile(known) }] };
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { valid: false, issues: [{ file, path: '', message: messages.unreadableFile }] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { valid: false, issues: [{ file, path: '', message: messages.invalidJson(detail) }] };
  }
  return validate<T>(kind, data, { ...options, file });
}
