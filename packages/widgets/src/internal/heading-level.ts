// `heading-level` on every Maatwerk element: the page says at which level the widget's headings
// start, so they fit the page's outline. The templates are written for the default, level 2 (`<h2>`
// for the main heading, `<h3>` and `<h4>` below it); `withHeadingsFrom()` shifts every heading of a
// rendered template by the same step, never past `<h6>`. One place, so no template needs to know.
import type { TemplateResult } from 'lit';

export const DEFAULT_HEADING_LEVEL = 2;

const warned = new WeakMap<Element, string>();

/**
 * The level of the element's main heading: `heading-level` when it is a whole number from 2 to 6.
 * Anything else gives the default, and the console tells the webmaster what to change (once per value).
 */
export function headingLevel(element: Element, value: unknown): number {
  if (value == null) return DEFAULT_HEADING_LEVEL;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 2 && value <= 6) return value;
  const given = element.getAttribute('heading-level') ?? String(value);
  if (warned.get(element) !== given) {
    warned.set(element, given);
    console.warn(
      `Maatwerk <${element.localName}>: heading-level="${given}" is not a heading level. Use a whole number from 2 to 6: the level of the widget's main heading (its other headings follow below it). Using ${DEFAULT_HEADING_LEVEL}.`,
    );
  }
  return DEFAULT_HEADING_LEVEL;
}

const HEADING_TAG = /<(\/?)h([2-6])(?=[\s>/])/g;
/** Per template and step, the shifted strings: one array each, so Lit still recognises the template. */
const shiftedStrings = new WeakMap<TemplateStringsArray, TemplateStringsArray[]>();

function shiftStrings(strings: TemplateStringsArray, step: number): TemplateStringsArray {
  let byStep = shiftedStrings.get(strings);
  if (!byStep) shiftedStrings.set(strings, (byStep = []));
  if (!byStep[step]) {
    const shifted = strings.map((part) => part.replace(HEADING_TAG, (_, close: string, level: string) => `<${close}h${Math.min(6, Number(level) + step)}`));
    byStep[step] = Object.assign(shifted, { raw: shifted }) as unknown as TemplateStringsArray;
  }
  return byStep[step];
}

const isTemplateResult = (value: unknown): value is TemplateResult =>
  typeof value === 'object' && value !== null && '_$litType$' in value && Array.isArray((value as TemplateResult).strings);

function shift(value: unknown, step: number): unknown {
  if (Array.isArray(value)) return value.map((item: unknown) => shift(item, step));
  if (!isTemplateResult(value)) return value;
  return { ...value, strings: shiftStrings(value.strings, step), values: value.values.map((item) => shift(item, step)) };
}

/** The template with its headings (and those of the templates inside it) starting at `level` instead of 2. */
export function withHeadingsFrom<T>(level: number, template: T): T {
  return level === DEFAULT_HEADING_LEVEL ? template : (shift(template, level - DEFAULT_HEADING_LEVEL) as T);
}
