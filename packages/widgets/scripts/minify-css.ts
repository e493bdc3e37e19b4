// Vite plugin for the embed builds: minifies the CSS in Lit's css`…` templates. To the bundler
// they are plain template strings, so without this every indent, newline and comment ships (about
// 0.6 KB gzip in the all-in-one bundle). Templates with `${…}` are left alone; quoted strings in the
// CSS are kept as written. TypeScript's printer (scripts/idiomatic-decorators.ts) writes `css \`…\``.
import type { Plugin } from 'vite';

const TEMPLATE = /\bcss ?`([^`$\\]*)`/g;
const QUOTED = /('[^'\n]*'|"[^"\n]*")/;

export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(QUOTED)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/ !important/g, '!important')
            .replace(/(^|[\s:,(])0\.(\d)/g, '$1.$2'), // 0.5em -> .5em
    )
    .join('')
    .replace(/;}/g, '}')
    .trim();
}

export function minifyLitCss(): Plugin {
  return {
    name: 'maatwerk-minify-lit-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || code.search(TEMPLATE) < 0) return null;
      // The newlines stay, after the template where the JavaScript minifier drops them, so later
      // lines keep their place for the source map.
      const minified = code.replace(TEMPLATE, (_, css: string) => `css\`${minifyCss(css)}\`${'\n'.repeat(css.split('\n').length - 1)}`);
      return { code: minified, map: null };
    },
  };
}
