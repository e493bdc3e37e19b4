// The five data files the studio edits, their schemas, the published version they start from,
// and how each is checked: with the model's CSP-safe standalone validators, so the messages are
// the same plain Dutch the CLI prints.
import { checkAdvisersData, checkContentData, checkTrajectData } from '@maatwerk/model/browser-validate';
import type { Advisers, DataIssue, Geography, Lang, QuickScanContent, Traject } from '@maatwerk/model';
import advisersSchema from '@maatwerk/model/schemas/advisers.schema.json' with { type: 'json' };
import contentSchema from '@maatwerk/model/schemas/content.schema.json' with { type: 'json' };
import trajectSchema from '@maatwerk/model/schemas/traject.schema.json' with { type: 'json' };
import advisers from '@maatwerk/model/data/advisers.json' with { type: 'json' };
import contentEn from '@maatwerk/model/data/content.en.json' with { type: 'json' };
import contentNl from '@maatwerk/model/data/content.nl.json' with { type: 'json' };
import geographyJson from '@maatwerk/model/data/municipalities.json' with { type: 'json' };
import trajectEn from '@maatwerk/model/data/traject.en.json' with { type: 'json' };
import trajectNl from '@maatwerk/model/data/traject.nl.json' with { type: 'json' };
import { DOC_KEYS, type DocKey } from './labels.ts';

/** The subset of JSON Schema (draft-07) the model's schemas use. */
export interface JsonSchema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  minItems?: number;
  description?: string;
  required?: string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  definitions?: Record<string, JsonSchema>;
}

export type Docs = Record<DocKey, unknown>;

export const SCHEMAS: Record<DocKey, JsonSchema> = {
  trajectNl: trajectSchema as JsonSchema,
  trajectEn: trajectSchema as JsonSchema,
  advisers: advisersSchema as JsonSchema,
  contentNl: contentSchema as JsonSchema,
  contentEn: contentSchema as JsonSchema,
};

/** Municipalities and regions: not edited here, but needed to check advisers and to pick a region. */
export const geography = geographyJson as unknown as Geography;

const PUBLISHED: Docs = { trajectNl, trajectEn, advisers, contentNl, contentEn };

/** A fresh copy of the published version (today: the data shipped with @maatwerk/model). */
export function publishedDocs(): Docs {
  return structuredClone(PUBLISHED);
}

/** Every problem in one document, with paths like `figures[2].display`, in the user's language. */
export function checkDoc(key: DocKey, data: unknown, lang: Lang): DataIssue[] {
  switch (key) {
    case 'trajectNl':
    case 'trajectEn':
      return checkTrajectData(data, lang).issues;
    case 'advisers':
      return checkAdvisersData(data, geography, lang).issues;
    case 'contentNl':
    case 'contentEn':
      return checkContentData(data, lang).issues;
  }
}

export function checkAll(docs: Docs, lang: Lang): Record<DocKey, DataIssue[]> {
  return Object.fromEntries(DOC_KEYS.map((key) => [key, checkDoc(key, docs[key], lang)])) as Record<DocKey, DataIssue[]>;
}

/** The documents one edition of the kennisblad is rendered from. */
export function editionDocs(lang: Lang): DocKey[] {
  return lang === 'nl' ? ['trajectNl', 'contentNl', 'advisers'] : ['trajectEn', 'contentEn', 'advisers'];
}

/** The data the renderer needs for one edition (only call when its documents are valid). */
export function documentData(docs: Docs, lang: Lang) {
  return {
    traject: docs[lang === 'nl' ? 'trajectNl' : 'trajectEn'] as Traject,
    content: docs[lang === 'nl' ? 'contentNl' : 'contentEn'] as QuickScanContent,
    advisers: docs.advisers as Advisers,
    geography,
  };
}

// ---- paths: ['figures', 2, 'display'] <-> "figures[2].display" (the model's issue paths) ----

export type Path = readonly (string | number)[];

export function formatPath(path: Path): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '');
}

/** "figures[2].display" -> ['figures', 2, 'display'] */
export function parsePath(text: string): Path {
  return [...text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(([, key, index]) => (index !== undefined ? Number(index) : key!));
}

/** An element id for the control of a path, unique per document. */
export function fieldId(doc: DocKey, path: Path | string): string {
  const text = typeof path === 'string' ? path : formatPath(path);
  return `f-${doc}-${text.replace(/[^A-Za-z0-9]+/g, '-')}`.replace(/-$/, '');
}

export function getAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((value, part) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined), root);
}

/** Sets (or, with `undefined`, deletes) the value at a path; creates objects on the way. */
export function setAt(root: unknown, path: Path, value: unknown): void {
  let target = root as Record<string | number, unknown>;
  for (const [index, part] of path.slice(0, -1).entries()) {
    const next = path[index + 1];
    target[part] ??= typeof next === 'number' ? [] : {};
    target = target[part] as Record<string | number, unknown>;
  }
  const last = path.at(-1)!;
  if (value === undefined && !Array.isArray(target)) delete target[last];
  else target[last] = value;
}

/** Follows a local `$ref` (`#/definitions/text`). */
export function resolve(root: JsonSchema, schema: JsonSchema): JsonSchema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/definitions/', '');
  const target = root.definitions?.[name];
  if (!target) throw new Error(`Unknown schema reference ${schema.$ref}`);
  // Keep what the referring schema adds (a description) over the definition.
  const { $ref: _ref, ...rest } = schema;
  return { ...resolve(root, target), ...rest };
}

/** A new, empty value for a schema: what "add" puts in a list (required fields empty, so they show a message). */
export function emptyValue(root: JsonSchema, schema: JsonSchema): unknown {
  const resolved = resolve(root, schema);
  if (resolved.enum) return resolved.enum[0];
  switch (resolved.type) {
    case 'object':
      return Object.fromEntries((resolved.required ?? []).map((key) => [key, emptyValue(root, resolved.properties?.[key] ?? {})]));
    case 'array':
      return [];
    case 'number':
    case 'integer':
      return resolved.minimum ?? 0;
    case 'boolean':
      return false;
    default:
      return '';
  }
}
