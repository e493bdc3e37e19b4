// Forms generated from the model's JSON Schemas: every property becomes a labelled control, every
// object a group, every list a numbered list whose items can be added, moved and removed. The
// schema decides the control (text, long text, number, date, e-mail, choice, yes/no); the labels
// come from labels.ts; the messages come from the same validators the CLI uses.
import { html, nothing, type TemplateResult } from 'lit';
import { emptyValue, fieldId, formatPath, getAt, resolve, type JsonSchema, type Path } from './documents.ts';
import { labelKey, type DocKey, type Labels } from './labels.ts';

export interface Choice {
  value: string;
  label: string;
}

export interface FormContext {
  doc: DocKey;
  root: JsonSchema;
  data: unknown;
  labels: Labels;
  /** Messages per issue path (`figures[2].display`). */
  issues: Map<string, string[]>;
  /** A fixed list of values for a field (figure ids, regions, domain ids), or undefined. */
  choices(path: Path, key: string): Choice[] | undefined;
  edit(path: Path, value: unknown): void;
  list(path: Path, op: ListOp, index?: number): void;
}

export type ListOp = 'add' | 'remove' | 'up' | 'down';

/** Keys whose text runs to sentences: a textarea instead of a one-line field. */
const LONG_TEXT = new Set(['text', 'label', 'description', 'intro', 'help', 'paragraphs', 'items', 'question']);
const HIDDEN = new Set(['$schema']);

export function renderDocument(ctx: FormContext): TemplateResult {
  const root = resolve(ctx.root, ctx.root);
  return html`${messages(ctx, [])}${properties(ctx, root, [], 1)}`;
}

function properties(ctx: FormContext, schema: JsonSchema, path: Path, depth: number): TemplateResult[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {})
    .filter(([key]) => !HIDDEN.has(key))
    .map(([key, child]) => value(ctx, child, [...path, key], key, required.has(key), depth));
}

function value(ctx: FormContext, raw: JsonSchema, path: Path, key: string, required: boolean, depth: number): TemplateResult {
  const schema = resolve(ctx.root, raw);
  if (schema.type === 'object') return group(ctx, ctx.labels.field(key), path, depth, properties(ctx, schema, path, depth + 1));
  if (schema.type === 'array') return list(ctx, schema, path, labelKey(path), depth);
  return field(ctx, schema, path, key, ctx.labels.field(key), required);
}

/** A group of fields. Top-level groups carry an h2, so a screen reader user can jump between them. */
function group(ctx: FormContext, label: string, path: Path, depth: number, content: unknown, tools: unknown = nothing): TemplateResult {
  const id = fieldId(ctx.doc, path);
  const legend = depth === 1 ? html`<h2>${label}</h2>` : html`<span>${label}</span>`;
  return html`<fieldset class="group depth-${Math.min(depth, 3)}" id=${id} tabindex="-1">
    <legend>${legend}</legend>${tools}${messages(ctx, path)}${content}
  </fieldset>`;
}

function list(ctx: FormContext, schema: JsonSchema, path: Path, key: string, depth: number): TemplateResult {
  const items = (getAt(ctx.data, path) as unknown[] | undefined) ?? [];
  const itemSchema = resolve(ctx.root, schema.items ?? {});
  const noun = ctx.labels.item(key);
  const rows = items.map((item, index) => {
    const itemPath = [...path, index];
    const name = `${noun} ${index + 1}`;
    const tools = html`<div class="item-tools" role="group" aria-label=${name}>
      <button type="button" ?disabled=${index === 0} @click=${() => ctx.list(path, 'up', index)} aria-label=${`${name}: ${ctx.labels.ui('up')}`}>↑ ${ctx.labels.ui('up')}</button>
      <button type="button" ?disabled=${index === items.length - 1} @click=${() => ctx.list(path, 'down', index)} aria-label=${`${name}: ${ctx.labels.ui('down')}`}>↓ ${ctx.labels.ui('down')}</button>
      <button type="button" class="remove" @click=${() => ctx.list(path, 'remove', index)} aria-label=${`${name}: ${ctx.labels.ui('remove')}`}>✕ ${ctx.labels.ui('remove')}</button>
    </div>`;
    if (itemSchema.type === 'object') {
      return html`<li>${group(ctx, itemTitle(name, item), itemPath, depth + 1, properties(ctx, itemSchema, itemPath, depth + 2), tools)}</li>`;
    }
    return html`<li class="item-scalar">${field(ctx, itemSchema, itemPath, key, name, true)}${tools}</li>`;
  });
  const content = html`<ol class="items">${rows}</ol>
    <button type="button" class="add" @click=${() => ctx.list(path, 'add')}>+ ${ctx.labels.ui('add', { item: ctx.labels.lang === 'en' ? noun.toLocaleLowerCase('en') : noun })}</button>`;
  return group(ctx, ctx.labels.field(key), path, depth, content);
}

/** "Cijfer 3 (gemeenten-gestart)": the item's own id or name helps to find it in a long list. */
function itemTitle(name: string, item: unknown): string {
  if (!item || typeof item !== 'object') return name;
  const record = item as Record<string, unknown>;
  const tag = [record.id, record.region, record.name, record.title].find((part) => typeof part === 'string' && part.trim());
  return tag ? `${name} (${String(tag).slice(0, 60)})` : name;
}

function field(ctx: FormContext, schema: JsonSchema, path: Path, key: string, label: string, required: boolean): TemplateResult {
  const id = fieldId(ctx.doc, path);
  const current = getAt(ctx.data, path);
  const errors = ctx.issues.get(formatPath(path)) ?? [];
  const hint = ctx.labels.hint(key);
  const describedBy = [hint ? `${id}-hint` : '', errors.length ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
  const invalid = errors.length ? 'true' : nothing;
  const choices = ctx.choices(path, key) ?? schema.enum?.map((option) => ({ value: String(option), label: String(option) }));
  // Empty optional fields are left out of the data; empty required ones stay, so their message shows.
  const store = (text: string) => ctx.edit(path, text === '' && !required ? undefined : text);
  let control: TemplateResult;
  if (schema.type === 'boolean') {
    return html`<div class="field checkbox">
      <input type="checkbox" id=${id} .checked=${current === true} aria-describedby=${describedBy} aria-invalid=${invalid}
        @change=${(event: Event) => ctx.edit(path, (event.target as HTMLInputElement).checked)} />
      <label for=${id}>${label}</label>${hintAndErrors(id, hint, errors)}
    </div>`;
  } else if (choices) {
    const known = choices.some((choice) => choice.value === current);
    control = html`<select id=${id} aria-describedby=${describedBy} aria-invalid=${invalid} @change=${(event: Event) => store((event.target as HTMLSelectElement).value)}>
      ${required ? nothing : html`<option value="" ?selected=${current === undefined}>${ctx.labels.ui('none')}</option>`}
      ${!known && current !== undefined ? html`<option value=${String(current)} selected>${String(current)}</option>` : nothing}
      ${choices.map((choice) => html`<option value=${choice.value} ?selected=${choice.value === current}>${choice.label}</option>`)}
    </select>`;
  } else if (schema.type === 'number' || schema.type === 'integer') {
    control = html`<input id=${id} type="text" inputmode="decimal" autocomplete="off" .value=${current === undefined ? '' : String(current)}
      aria-describedby=${describedBy} aria-invalid=${invalid} @input=${(event: Event) => ctx.edit(path, parseNumber((event.target as HTMLInputElement).value))} />`;
  } else if (LONG_TEXT.has(key) && (schema.maxLength ?? Infinity) > 200) {
    const text = typeof current === 'string' ? current : '';
    control = html`<textarea id=${id} rows=${Math.min(8, Math.ceil(text.length / 70) + 1)} .value=${text}
      aria-describedby=${describedBy} aria-invalid=${invalid} @input=${(event: Event) => store((event.target as HTMLTextAreaElement).value)}></textarea>`;
  } else {
    const type = schema.format === 'date' ? 'date' : schema.format === 'email' ? 'email' : schema.format === 'uri' ? 'url' : 'text';
    control = html`<input id=${id} type=${type} .value=${current === undefined ? '' : String(current)} autocomplete="off"
      aria-describedby=${describedBy} aria-invalid=${invalid} @input=${(event: Event) => store((event.target as HTMLInputElement).value)} />`;
  }
  return html`<div class="field">
    <label for=${id}>${label}${required ? nothing : html` <span class="optional">(${ctx.labels.lang === 'nl' ? 'mag leeg' : 'optional'})</span>`}</label>
    ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
    ${control}${errorList(id, errors)}
  </div>`;
}

function hintAndErrors(id: string, hint: string | undefined, errors: string[]): TemplateResult {
  return html`${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}${errorList(id, errors)}`;
}

function errorList(id: string, errors: string[]): TemplateResult | typeof nothing {
  return errors.length ? html`<p class="message" id=${`${id}-error`}>${errors.join(' ')}</p>` : nothing;
}

/** Messages about a whole group or list (a missing field, a duplicate id) at its top. */
function messages(ctx: FormContext, path: Path): TemplateResult | typeof nothing {
  const errors = ctx.issues.get(formatPath(path)) ?? [];
  return errors.length ? html`<p class="message" id=${`${fieldId(ctx.doc, path)}-error`}>${errors.join(' ')}</p>` : nothing;
}

/** "15,9" and "15.9" are 15.9; "2500000" stays whole. Anything else stays text, so the schema says what is wrong. */
export function parseNumber(text: string): number | string {
  const trimmed = text.trim();
  if (/^-?\d+(?:[.,]\d+)?$/.test(trimmed)) return Number(trimmed.replace(',', '.'));
  return text;
}

/** Adds, removes or moves an item of the list at `path` (in place). */
export function applyListOp(root: JsonSchema, listSchema: JsonSchema, items: unknown[], op: ListOp, index = items.length): number {
  switch (op) {
    case 'add':
      items.push(emptyValue(root, listSchema.items ?? {}));
      return items.length - 1;
    case 'remove':
      items.splice(index, 1);
      return Math.min(index, items.length - 1);
    case 'up':
    case 'down': {
      const to = op === 'up' ? index - 1 : index + 1;
      if (to < 0 || to >= items.length) return index;
      [items[index], items[to]] = [items[to], items[index]];
      return to;
    }
  }
}

/** The schema of the value at a path (for list operations). */
export function schemaAt(root: JsonSchema, path: Path): JsonSchema {
  let schema = resolve(root, root);
  for (const part of path) {
    schema = resolve(root, typeof part === 'number' ? (schema.items ?? {}) : (schema.properties?.[part] ?? {}));
  }
  return schema;
}
