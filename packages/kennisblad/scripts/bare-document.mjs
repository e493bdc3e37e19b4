// The baseline of `bench.ts`: a bare 2-page react-pdf document (built-in Helvetica, no data, no
// validation, no fonts to load), rendered by the same renderer version. Plain JavaScript, so a new
// Node process compiles nothing at start: `node scripts/bare-document.mjs` renders it once.
import { createElement as h } from 'react';
import { Document, Page, Text, renderToBuffer } from '@react-pdf/renderer';

const paragraph =
  'Veel volwassenen in Nederland vinden lezen, schrijven of rekenen moeilijk. Vaak hebben ze ook moeite met de computer en internet. ';
const page = (number) =>
  h(Page, { key: number, size: 'A4', style: { padding: 50, fontSize: 11 } }, [
    h(Text, { key: 'h', style: { fontSize: 20, marginBottom: 10 } }, `Pagina ${number}`),
    ...Array.from({ length: 8 }, (_, index) => h(Text, { key: index, style: { marginBottom: 6 } }, paragraph.repeat(3))),
  ]);

/** Renders the bare document to PDF bytes. */
export function renderBareDocument() {
  return renderToBuffer(h(Document, { title: 'Bare' }, [page(1), page(2)]));
}

if (import.meta.url === `file://${process.argv[1]}`) await renderBareDocument();
