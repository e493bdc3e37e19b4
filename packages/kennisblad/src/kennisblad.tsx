// The kennisblad: a root Document built from one component per section (style.md point 8).
import { Document, StyleSheet, View, type DocumentProps } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import { documentProps } from './meta.ts';
import { DocumentProvider } from './sections/context.ts';
import { Delivers } from './sections/Delivers.tsx';
import { KeyFigures } from './sections/KeyFigures.tsx';
import { Masthead } from './sections/Masthead.tsx';
import { Model } from './sections/Model.tsx';
import { PageFrame } from './sections/PageFrame.tsx';
import { Participation } from './sections/Participation.tsx';
import { Practice } from './sections/Practice.tsx';
import { Quote } from './sections/Quote.tsx';
import { SignUp } from './sections/SignUp.tsx';
import { Steps } from './sections/Steps.tsx';
import { What } from './sections/What.tsx';
import { Why } from './sections/Why.tsx';
import type { FigureView, KennisbladView, SectionView } from './view.ts';

const styles = StyleSheet.create({
  columns: { flexDirection: 'row' },
  main: { flex: 1.75, paddingRight: 18 },
  side: { flex: 1 },
});

/** Footnotes for the figures of the sections on one page, each once, in number order. */
function notesOf(...sections: SectionView[]): FigureView[] {
  const notes = new Map<string, FigureView>();
  for (const section of sections) for (const figure of section.figures) notes.set(figure.id, figure);
  return [...notes.values()].sort((a, b) => a.note - b.note);
}

/** The kennisblad's designed pages. */
export const KENNISBLAD_PAGES = 4;

export interface KennisbladDocumentOptions {
  /**
   * Write page numbers and the running header as fixed text, assuming every designed page fits on
   * one sheet (faster). `renderKennisbladView` checks the page count and renders again without it
   * when content overflowed.
   */
  fixedPageNumbers?: boolean;
}

/** The kennisblad as a react-pdf `Document` element, ready for `renderToBuffer` or `pdf()`. */
export function kennisbladDocument(view: KennisbladView, options: KennisbladDocumentOptions = {}): ReactElement<DocumentProps> {
  const { labels } = view;
  const page = (number: number) => (options.fixedPageNumbers ? { page: { number, total: KENNISBLAD_PAGES } } : {});
  const frame = {
    runningTitle: view.title,
    runningEdition: view.editionText,
    publisher: view.publisher,
    footerDate: labels.editionDate({ date: view.dateText }),
  };
  return (
    <Document
      {...documentProps({
        title: view.title,
        subject: `${view.subtitle} (${view.editionText}, ${view.dateText})`,
        publisher: view.publisher,
        keywords: view.keywords,
        locale: labels.locale,
        date: view.date,
      })}
    >
      <DocumentProvider value={{ lang: view.lang, labels }}>
        <PageFrame {...frame} {...page(1)} sheet={1} notes={notesOf(view.why, view.what)}>
          <Masthead
            kicker={labels.kicker}
            publisher={view.publisher}
            title={view.title}
            subtitle={view.subtitle}
            chips={[view.editionText, labels.editionDate({ date: view.dateText })]}
            {...(view.companion && { webVersion: { text: labels.webVersion({ file: view.companion.html }), href: view.companion.html } })}
          />
          <View style={styles.columns}>
            <View style={styles.main}>
              <Why section={view.why} />
              <What section={view.what} />
            </View>
            <View style={styles.side}>
              <KeyFigures heading={labels.keyFigures} figures={[...view.why.figures, ...view.what.figures]} />
            </View>
          </View>
        </PageFrame>
        <PageFrame {...frame} {...page(2)} sheet={2} notes={notesOf(view.model)}>
          <Model section={view.model} />
          <Quote quote={view.quote} />
        </PageFrame>
        <PageFrame {...frame} {...page(3)} sheet={3} notes={notesOf(view.steps, view.delivers)}>
          <Steps section={view.steps} />
          <Delivers section={view.delivers} />
        </PageFrame>
        <PageFrame {...frame} {...page(4)} sheet={4} notes={notesOf(view.practice, view.participation, view.signUp)}>
          <Practice section={view.practice} />
          <Participation section={view.participation} />
          <SignUp section={view.signUp} />
        </PageFrame>
      </DocumentProvider>
    </Document>
  );
}
