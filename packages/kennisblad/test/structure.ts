// Reading a PDF's structure tree back, as assistive technology does: pdf.js `getStructTree` with
// the text of each marked-content item, and poppler's `pdfinfo -struct-text`. Plus the PDF/UA check
// script (scripts/pdfua-check.py, Debian's python3-pikepdf).
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const run = promisify(execFile);

/** One structure element with the text of everything under it, in reading order. */
export interface StructNode {
  role: string;
  text: string;
  alt?: string;
  children: StructNode[];
  page: number;
}

interface PdfjsNode {
  role?: string;
  alt?: string;
  type?: string;
  id?: string;
  children?: PdfjsNode[];
}

/** The structure tree of every page (pdf.js gives it per page), text filled in from the marked content. */
export async function structureTree(pdf: Uint8Array): Promise<StructNode[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const roots: StructNode[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const texts = new Map<string, string>();
    const open: string[] = [];
    for (const item of content.items) {
      if ('type' in item) {
        if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') open.push(item.id ?? '');
        else if (item.type === 'endMarkedContent') open.pop();
      } else {
        const id = open.findLast((candidate) => candidate !== '');
        // pdf.js marks a line end with hasEOL instead of the space the line ended with.
        if (id) texts.set(id, (texts.get(id) ?? '') + item.str + (item.hasEOL ? '\n' : ''));
      }
    }
    const convert = (node: PdfjsNode): StructNode => {
      const children = (node.children ?? []).filter((child) => child.role).map(convert);
      const own = (node.children ?? []).map((child) => (child.role ? convert(child).text : (texts.get(child.id ?? '') ?? ''))).join('');
      return { role: node.role ?? '', text: own, children, page: number, ...(node.alt !== undefined && { alt: node.alt }) };
    };
    const tree = (await page.getStructTree()) as PdfjsNode | null;
    if (tree) roots.push(convert(tree));
  }
  await document.destroy();
  return roots;
}

/** Every element of a role, in reading order across pages. */
export function elements(roots: StructNode[], role: string | RegExp): StructNode[] {
  const found: StructNode[] = [];
  const visit = (node: StructNode) => {
    if (typeof role === 'string' ? node.role === role : role.test(node.role)) found.push(node);
    node.children.forEach(visit);
  };
  roots.forEach(visit);
  return found;
}

/**
 * Whitespace collapsed, and a word split by a line-break hyphen joined again: pdf.js ignores the
 * soft hyphen's ActualText, so this joins as pdf.js's own search does.
 */
export function words(text: string): string {
  return text
    .replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Runs the PDF/UA check script; resolves with its output, rejects (with the output) on a failure. */
export async function pdfuaCheck(files: string[]): Promise<string> {
  const script = join(import.meta.dirname, '..', 'scripts', 'pdfua-check.py');
  try {
    const { stdout } = await run('/usr/bin/python3', [script, ...files], { encoding: 'utf8' });
    return stdout;
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    throw new Error(`PDF/UA check failed:\n${failed.stdout ?? ''}${failed.stderr ?? ''}`, { cause: error });
  }
}

/** poppler's reading of the tree: `pdfinfo -struct-text`. */
export async function popplerStructure(file: string): Promise<string> {
  const { stdout } = await run('pdfinfo', ['-struct-text', file], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}
