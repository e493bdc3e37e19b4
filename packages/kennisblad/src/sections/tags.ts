// The tag vocabulary of the documents' structure tree (tagged PDF, PDF/UA-1).
//
// Our patch of @react-pdf/render (patches/@react-pdf__render@4.7.0.patch, see the README) reads a
// `tag` prop on any node when the Document is rendered with `conformance: 'PDF/UA'`. React-pdf's
// types do not know the prop yet, so sections spread it in with `tag()`, as they do `bookmark()`.

/** Standard structure types of ISO 32000-1, 14.8.4, that the documents use; 'Artifact' for page furniture. */
export type StructureType =
  | 'Sect'
  | 'Div'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Figure'
  | 'Caption'
  | 'Link'
  | 'Note'
  | 'Reference'
  | 'BlockQuote'
  | 'Span'
  | 'Artifact';

export interface TagSpec {
  type: StructureType;
  /** Alternative text (Figure). */
  alt?: string;
  /** Replacement text, read instead of the content. */
  actual?: string;
  /** Header scope (TH). */
  scope?: 'Row' | 'Column' | 'Both';
  /** Description of a link annotation (`/Contents`); defaults to the link's text. */
  contents?: string;
  lang?: string;
  /** Element identifier (`/ID`), unique in the document; PDF/UA requires one on every Note. */
  id?: string;
}

/** Props that give a react-pdf node its structure element: `<View {...tag('LI')}>`. */
export function tag(spec: StructureType | TagSpec): object {
  return { tag: spec };
}

/** Decoration or pagination: not read, not in the structure tree. */
export const artifact: object = tag('Artifact');
