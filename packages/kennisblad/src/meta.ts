// PDF metadata shared by the kennisblad and the report: fixed dates make the output reproducible.
import type { DocumentProps } from '@react-pdf/renderer';

/** A calendar date as a fixed instant (midnight UTC), so the PDF's dates never depend on the clock. */
export function fixedDate(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

/** Document-level metadata shared by the kennisblad and the report. */
export function documentProps(meta: { title: string; subject: string; publisher: string; keywords: string[]; locale: string; date: string }) {
  const date = fixedDate(meta.date);
  return {
    title: meta.title,
    author: meta.publisher,
    subject: meta.subject,
    keywords: meta.keywords.join(', '),
    creator: '@maatwerk/kennisblad',
    producer: 'react-pdf',
    language: meta.locale,
    creationDate: date,
    modificationDate: date,
    pageMode: 'useOutlines' as const,
    // Tagged PDF/UA-1 (PDF 1.7, structure tree, XMP claim): our patch of @react-pdf/render tags the
    // document when pdfkit gets this subset. React-pdf's type lists the PDF/A levels only.
    conformance: 'PDF/UA' as unknown as DocumentProps['conformance'],
  };
}
