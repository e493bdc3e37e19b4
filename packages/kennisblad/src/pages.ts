// Browser-safe: no Buffer.
const latin1 = new TextDecoder('latin1');

/** How many pages a PDF written by pdfkit has: its page objects, not the page tree. */
export function pageCount(pdf: Uint8Array): number {
  return (latin1.decode(pdf).match(/\/Type \/Page\b(?!s)/g) ?? []).length;
}
