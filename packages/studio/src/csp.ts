// The studio's Content Security Policy, in one place: the demo server sends it as a header and the
// build writes it into index.html as a <meta> tag for any other web server. Node only.
//
// Compared with the widgets' strict policy it allows exactly two things more, each for one reason:
// - 'wasm-unsafe-eval': react-pdf's layout engine (yoga) is WebAssembly. Without it the PDF preview
//   cannot be made. It permits compiling WebAssembly only, not eval() or new Function().
// - a sha256 hash for the HTML twin's one <style> block: the twin is previewed in a sandboxed
//   srcdoc frame, which inherits this policy. Only that exact style text is allowed.
import { createHash } from 'node:crypto';
import { buildKennisblad, kennisbladHtml } from '@maatwerk/kennisblad';
import { loadDataset } from '@maatwerk/model/node';

/** The sha256 sources of every <style> block in an HTML document. */
export function styleHashes(document: string): string[] {
  return [...document.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => `'sha256-${createHash('sha256').update(css!).digest('base64')}'`);
}

let policy: Promise<string> | undefined;

export function studioCsp(): Promise<string> {
  policy ??= (async () => {
    const loaded = await loadDataset();
    if (!loaded.ok) throw new Error('The shipped data does not validate: run pnpm --filter @maatwerk/model validate');
    const twin = kennisbladHtml(buildKennisblad(loaded.dataset));
    return [
      "default-src 'none'",
      "script-src 'self' 'wasm-unsafe-eval'",
      "worker-src 'self'",
      "connect-src 'self'",
      `style-src 'self' ${[...new Set(styleHashes(twin))].join(' ')}`,
      "font-src 'self'",
      "img-src 'self' data: blob:",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ].join('; ');
  })();
  return policy;
}

/** A <meta> element can carry the policy except frame-ancestors (headers only). */
export async function studioCspMeta(): Promise<string> {
  const content = (await studioCsp()).replace(/; frame-ancestors [^;]+/, '');
  return `<meta http-equiv="Content-Security-Policy" content="${content}">`;
}
