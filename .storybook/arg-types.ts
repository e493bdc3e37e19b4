// The args table of each element's Docs page, from the custom-elements manifest. Storybook's own
// reader keys every row by its bare name, so a `::part(result)` replaced the `result` property and an
// attribute showed twice (`content-src` beside `contentSrc`, the story's control on the second).
// Here each row has a key of its own: an attribute and its property are one row named as the page
// writes it (`content-src`) and keyed as the stories' args are (`contentSrc`); parts, events and
// slots are keyed by category. The manifest holds public members only (custom-elements-manifest.config.mjs).
import type { ArgTypes, ArgTypesEnhancer, InputType, SBType } from 'storybook/internal/types';

interface Item {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}
interface Member extends Item {
  kind: 'field' | 'method';
  attribute?: string;
  readonly?: boolean;
}
interface Declaration {
  tagName?: string;
  members?: Member[];
  attributes?: (Item & { fieldName?: string })[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}
export interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

/** Storybook's type for a manifest type text: it picks the control from it (none for what is not a plain value). */
function valueType(text: string | undefined): SBType | undefined {
  if (!text) return undefined;
  const plain = text.replace(/\s*\|\s*(undefined|null)\b/g, '').trim();
  return plain === 'boolean' || plain === 'number' || plain === 'string' ? { name: plain } : { name: 'other', value: text };
}

function row(name: string, category: string, item: Item, typeText?: string): InputType {
  const type = valueType(typeText);
  return {
    name,
    description: item.description,
    ...(type && { type }),
    ...((!type || type.name === 'other') && { control: false }),
    table: {
      category,
      ...(typeText && { type: { summary: typeText } }),
      ...(item.default !== undefined && { defaultValue: { summary: item.default } }),
    },
  };
}

/** The args table rows of one element, or undefined when the manifest does not describe it. */
export function argTypesFor(manifest: Manifest, tagName: string): ArgTypes | undefined {
  const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === tagName);
  if (!element) return undefined;
  const argTypes: ArgTypes = {};
  const fields = (element.members ?? []).filter((member) => member.kind === 'field');
  for (const field of fields) {
    const note = field.readonly ? ' Read only.' : field.attribute && field.attribute !== field.name ? ` Property \`${field.name}\`.` : '';
    const item = { ...field, description: `${field.description ?? ''}${note}`.trim() };
    argTypes[field.name] = row(field.attribute ?? field.name, field.attribute ? 'attributes' : 'properties', item, field.type?.text);
  }
  for (const attribute of element.attributes ?? []) {
    if (!fields.some((field) => field.attribute === attribute.name)) argTypes[attribute.name] = row(attribute.name, 'attributes', attribute, attribute.type?.text);
  }
  for (const event of element.events ?? []) argTypes[`event:${event.name}`] = row(event.name, 'events', event);
  for (const slot of element.slots ?? []) argTypes[`slot:${slot.name || 'default'}`] = row(slot.name || '(default)', 'slots', slot);
  for (const part of element.cssParts ?? []) argTypes[`part:${part.name}`] = row(`::part(${part.name})`, 'css shadow parts', part);
  for (const property of element.cssProperties ?? []) argTypes[property.name] = row(property.name, 'css custom properties', property);
  return argTypes;
}

/**
 * Storybook names a row after its key once a story declares that arg (`contentSrc`): name it again as
 * the page writes it (`content-src`). Runs after Storybook has merged the stories' argTypes in.
 */
export const namedAsWritten =
  (manifest: Manifest): ArgTypesEnhancer =>
  ({ component, argTypes }) => {
    const rows = typeof component === 'string' ? argTypesFor(manifest, component) : undefined;
    if (!rows) return argTypes;
    return Object.fromEntries(Object.entries(argTypes).map(([key, argType]) => [key, rows[key] ? { ...argType, name: rows[key].name! } : argType]));
  };
