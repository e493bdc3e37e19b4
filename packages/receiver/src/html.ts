// Server-rendered HTML without a template engine: every interpolated value is escaped unless it is
// markup built by `html` itself, so user data (names, questions) can never become markup.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** Markup that is already safe: only `html` and `raw` make one. */
export class Markup {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Value = Markup | string | number | boolean | null | undefined | readonly Value[];

function render(value: Value): string {
  if (value instanceof Markup) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(value);
}

/** `html\`<p>${name}</p>\`` escapes `name`; nested `html` results and arrays of them are kept as markup. */
export function html(strings: TemplateStringsArray, ...values: Value[]): Markup {
  return new Markup(strings.reduce((out, string, index) => out + string + (index < values.length ? render(values[index]!) : ''), ''));
}

/** For constant markup from our own code only (never user data). */
export const raw = (text: string) => new Markup(text);
