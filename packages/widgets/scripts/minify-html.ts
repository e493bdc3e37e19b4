// Vite plugin for the embed builds: collapses the indentation in Lit's html`…` templates (and the
// tags built on it, such as comboboxHtml`…`). Every line break with the spaces around it becomes one
// space, which renders the same in HTML (no template has a <pre> or a whitespace-preserving style;
// textareas get their text through `.value`). Expressions inside `${…}` are left as written, apart
// from templates nested in them. Lit's own markers and the bindings are untouched.
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

const HTML_TAG = /\b(?:html|[a-z]\w*Html) ?`/g;
const LINE_BREAK = /[ \t]*\n\s*/g;

/** Index just past the template literal whose opening backtick is at `start`; static parts are passed to `onText`. */
function scanTemplate(code: string, start: number, onText: (from: number, to: number) => void): number {
  let i = start + 1;
  let text = i;
  while (i < code.length) {
    const char = code[i];
    if (char === '\\') i += 2;
    else if (char === '`') {
      onText(text, i);
      return i + 1;
    } else if (char === '$' && code[i + 1] === '{') {
      onText(text, i);
      i = scanExpression(code, i + 2);
      text = i;
    } else i++;
  }
  return i;
}

/** Index just past the `}` that closes an expression starting at `start` (strings, templates and braces inside it skipped). */
function scanExpression(code: string, start: number): number {
  let depth = 1;
  let i = start;
  while (i < code.length && depth > 0) {
    const char = code[i]!;
    if (char === '{') depth++;
    else if (char === '}') depth--;
    else if (char === '`') {
      i = scanTemplate(code, i, () => {});
      continue;
    } else if (char === "'" || char === '"') {
      for (i++; i < code.length && code[i] !== char; i++) if (code[i] === '\\') i++;
    }
    i++;
  }
  return i;
}

export function minifyHtmlTemplates(code: string): MagicString | undefined {
  const output = new MagicString(code);
  let changed = false;
  for (const match of code.matchAll(HTML_TAG)) {
    // An example in a comment is not a template.
    const line = code.slice(code.lastIndexOf('\n', match.index) + 1, match.index).trimStart();
    if (line.startsWith('*') || line.startsWith('//') || line.startsWith('/*')) continue;
    const backtick = match.index + match[0].length - 1;
    scanTemplate(code, backtick, (from, to) => {
      for (const space of code.slice(from, to).matchAll(LINE_BREAK)) {
        output.overwrite(from + space.index, from + space.index + space[0].length, ' ');
        changed = true;
      }
    });
  }
  return changed ? output : undefined;
}

export function minifyLitHtml(): Plugin {
  return {
    name: 'maatwerk-minify-lit-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/html ?`/i.test(code)) return null;
      const minified = minifyHtmlTemplates(code);
      return minified ? { code: minified.toString(), map: minified.generateMap({ hires: true, source: id }) } : null;
    },
  };
}
