import { dataText } from './data-text.ts';
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

/** Turns schema errors into plain-language issues. Drops the noise ajv adds around a failed oneOf. */
export function describeSchemaErrors(errors: readonly SchemaError[], lang: Lang = 'nl', file?: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    const describe = dataText(lang).schema[error.keyword];
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
  const where = issue.path || dataText(lang).wholeFile;
  return `${issue.file ? `${issue.file}: ` : ''}${where}: ${issue.message}`;
}

/** A validator function as ajv's standalone code exports it. */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}
