// The page every document page sits on: A4, the running header from page 2 on, the footer with
// publisher, edition date and page numbers, and the footnotes of the figures on that page.
import { Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { FONT_FAMILY, noHyphenation } from '../fonts.ts';
import { colors, space, type } from '../theme.ts';
import type { FigureView } from '../view.ts';
import { useDocument } from './context.ts';
import { Footnotes } from './Footnotes.tsx';
import { artifact } from './tags.ts';

const styles = StyleSheet.create({
  page: {
    fontFamily: FONT_FAMILY,
    fontSize: type.body,
    color: colors.ink,
    paddingTop: space.pageTop + 14,
    paddingBottom: space.pageBottom,
    paddingHorizontal: space.pageX,
    backgroundColor: colors.paper,
  },
  runningBox: { position: 'absolute', top: 0, left: 0, right: 0, height: space.pageTop - 6 },
  running: {
    position: 'absolute',
    top: 0,
    left: 0,
    right: 0,
    height: space.pageTop - 6,
    paddingHorizontal: space.pageX,
    flexDirection: 'row',
    justifyContent: 'space-between',
    alignItems: 'flex-end',
    paddingBottom: 6,
    borderBottomWidth: 0.75,
    borderBottomColor: colors.rule,
    marginHorizontal: 0,
  },
  runningBand: { position: 'absolute', top: 0, left: 0, right: 0, height: 5, backgroundColor: colors.primary },
  runningText: { fontSize: type.note + 0.5, color: colors.muted },
  runningTitle: { fontSize: type.note + 0.5, color: colors.primary, fontWeight: 600 },
  footer: {
    position: 'absolute',
    bottom: 22,
    left: space.pageX,
    right: space.pageX,
    flexDirection: 'row',
    justifyContent: 'space-between',
    borderTopWidth: 0.75,
    borderTopColor: colors.rule,
    paddingTop: 6,
  },
  footerText: { fontSize: type.note + 0.5, color: colors.muted },
  footerPublisher: { fontSize: type.note + 0.5, color: colors.primary, fontWeight: 600 },
  notes: { marginTop: 'auto' },
});

export interface PageFrameProps {
  /** Shown top left from page 2 on. */
  runningTitle: string;
  /** Shown top right from page 2 on: the edition. */
  runningEdition: string;
  publisher: string;
  /** Footer centre: "Editie 1 januari 2026". */
  footerDate: string;
  /** Footnotes for the figures on this page. */
  notes?: FigureView[];
  /**
   * Known page number and total, when this frame is exactly one page: the header and footer are
   * then fixed text and the page does not wrap (the renderer checks that its content fits, see
   * pages.ts). Without it the content flows over as many pages as it needs and the header and
   * footer are computed per page after pagination, which costs react-pdf a second layout pass of
   * every page.
   */
  page?: { number: number; total: number };
  /** Which designed sheet this frame is (1, 2, …): keeps footnote IDs unique in the tagged PDF. */
  sheet?: number;
  children: ReactNode;
}

export function PageFrame({ runningTitle, runningEdition, publisher, footerDate, notes = [], page, sheet, children }: PageFrameProps) {
  const { labels } = useDocument();
  const running = (
    <>
      <View style={styles.runningBand} />
      <View style={styles.running}>
        <Text style={styles.runningTitle} hyphenationCallback={noHyphenation}>
          {runningTitle}
        </Text>
        <Text style={styles.runningText} hyphenationCallback={noHyphenation}>
          {runningEdition}
        </Text>
      </View>
    </>
  );
  return (
    <Page size="A4" style={styles.page} wrap={page === undefined}>
      {/* The running header from page 2 on; page 1 opens with the masthead. */}
      {page ? (
        page.number > 1 && (
          <View fixed style={styles.runningBox} {...artifact}>
            {running}
          </View>
        )
      ) : (
        <View fixed style={styles.runningBox} {...artifact} render={({ pageNumber }) => pageNumber > 1 && running} />
      )}
      {children}
      {notes.length > 0 && (
        <View style={styles.notes}>
          <Footnotes notes={notes} idPrefix={sheet ? `p${sheet}-` : ''} />
        </View>
      )}
      <View fixed style={styles.footer} {...artifact}>
        <Text style={styles.footerPublisher}>{publisher}</Text>
        <Text style={styles.footerText}>{footerDate}</Text>
        {page ? (
          <Text style={styles.footerText}>{labels.page({ page: page.number, total: page.total })}</Text>
        ) : (
          <Text style={styles.footerText} render={({ pageNumber, totalPages }) => labels.page({ page: pageNumber, total: totalPages })} />
        )}
      </View>
    </Page>
  );
}
