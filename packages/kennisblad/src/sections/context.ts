import { createContext, useContext } from 'react';
import type { Lang } from '@maatwerk/model';
import { LABELS, type Labels } from '../labels.ts';

export interface DocumentContext {
  lang: Lang;
  labels: Labels;
}

const Context = createContext<DocumentContext>({ lang: 'nl', labels: LABELS.nl });

export const DocumentProvider = Context.Provider;

/** The document's language and labels, for sections deep in the tree. */
export function useDocument(): DocumentContext {
  return useContext(Context);
}
