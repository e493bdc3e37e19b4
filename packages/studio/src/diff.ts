// "What changed": a readable list of differences between the draft and the published version,
// in the words of the form ("Cijfer 6 (gemeenten-gestart) › Waarde: van 28 naar 41"). Lists of
// records with an id (figures, advisers, actions) are matched by id, so a new figure reads as
// "added" and not as every later figure changing.
import { fieldId, type Path } from './documents.ts';
import { labelKey, type DocKey, type Labels } from './labels.ts';

export interface Change {
  doc: DocKey;
  path: Path;
  /** The sentence shown to the user. */
  text: string;
  /** Id of the form control (or group) it is about, to link to. */
  target: string;
}

const LONG = 60;
const KEYS = ['id', 'region'] as const;

type Json = unknown;
const isRecord = (value: Json): value is Record<string, Json> => !!value && typeof value === 'object' && !Array.isArray(value);

/** The key that identifies records in a list, when every record has a distinct one. */
function recordKey(items: Json[]): (typeof KEYS)[number] | undefined {
  return KEYS.find((key) => {
    const values = items.map((item) => (isRecord(item) ? item[key] : undefined));
    return values.every((value) => typeof value === 'string') && new Set(values).size === values.length;
  });
}

export function changesIn(doc: DocKey, before: Json, after: Json, labels: Labels): Change[] {
  const changes: Change[] = [];
  const where = (path: Path, value: Json = undefined) => describe(path, after, value, labels);
  const add = (path: Path, key: 'changed' | 'textChanged' | 'added' | 'removed' | 'moved', values: Record<string, string | number> = {}, item?: Json) =>
    changes.push({ doc, path, target: fieldId(doc, path), text: labels.ui(key, { where: where(path, item), ...values }) });

  const walk = (a: Json, b: Json, path: Path) => {
    if (Array.isArray(a) && Array.isArray(b)) return walkList(a, b, path);
    if (isRecord(a) && isRecord(b)) {
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (key === '$schema') continue;
        if (!(key in b)) add([...path, key], 'removed');
        else if (!(key in a)) add([...path, key], 'changed', { before: labels.ui('empty'), after: show(b[key], labels) });
        else walk(a[key], b[key], [...path, key]);
      }
      return;
    }
    if (a === b) return;
    const long = [a, b].some((value) => typeof value === 'string' && value.length > LONG);
    if (long) add(path, 'textChanged');
    else add(path, 'changed', { before: show(a, labels), after: show(b, labels) });
  };

  const walkList = (a: Json[], b: Json[], path: Path) => {
    const key = recordKey(a) && recordKey(b) === recordKey(a) ? recordKey(a) : undefined;
    if (!key) {
      for (let index = 0; index < Math.max(a.length, b.length); index++) {
        if (index >= b.length) add([...path, index], 'removed', {}, a[index]);
        else if (index >= a.length) add([...path, index], 'added');
        else walk(a[index], b[index], [...path, index]);
      }
      return;
    }
    const id = (item: Json) => (item as Record<string, string>)[key]!;
    const afterIds = b.map(id);
    const beforeIds = a.map(id);
    a.forEach((item, index) => {
      if (!afterIds.includes(id(item))) add([...path, index], 'removed', {}, item);
    });
    // Moved: the order among records present in both versions changed.
    const keptBefore = beforeIds.filter((value) => afterIds.includes(value));
    const keptAfter = afterIds.filter((value) => beforeIds.includes(value));
    b.forEach((item, index) => {
      const was = beforeIds.indexOf(id(item));
      if (was === -1) return add([...path, index], 'added');
      if (keptBefore.indexOf(id(item)) !== keptAfter.indexOf(id(item))) add([...path, index], 'moved', { from: was + 1, to: index + 1 });
      walk(a[was], item, [...path, index]);
    });
  };

  walk(before, after, []);
  return changes;
}

function show(value: Json, labels: Labels): string {
  if (value === undefined || value === '') return labels.ui('empty');
  if (typeof value === 'boolean') return labels.ui(value ? 'yes' : 'no');
  if (typeof value === 'string') return `“${value}”`;
  if (typeof value === 'number') return String(value);
  return labels.ui('empty');
}

/** "Cijfer 6 (gemeenten-gestart) › Waarde (getal)": where a path is, in the words of the form. */
export function describePath(path: Path, root: Json, labels: Labels): string {
  return describe(path, root, undefined, labels);
}

/** List items by their noun, number and id; a removed item is named from the old version. */
function describe(path: Path, root: Json, removedItem: Json, labels: Labels): string {
  const parts: string[] = [];
  let value: Json = root;
  path.forEach((part, index) => {
    const isLast = index === path.length - 1;
    value = isRecord(value) || Array.isArray(value) ? (value as Record<string | number, Json>)[part] : undefined;
    if (typeof part === 'number') {
      const listKey = labelKey(path.slice(0, index));
      parts.pop();
      const record = isLast && removedItem !== undefined ? removedItem : value;
      const tag = isRecord(record) ? [record.id, record.region, record.name, record.title].find((t) => typeof t === 'string') : undefined;
      parts.push(`${labels.item(listKey)} ${part + 1}${tag ? ` (${String(tag)})` : ''}`);
    } else {
      parts.push(labels.field(labelKey(path.slice(0, index + 1))));
    }
  });
  return parts.join(' › ');
}
