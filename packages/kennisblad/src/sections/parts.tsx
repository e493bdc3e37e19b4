// Small building blocks every section uses: headings, paragraphs, figure cards, quotes.
import { StyleSheet, Text, View, type Styles } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { hyphenatorFor, noHyphenation } from '../fonts.ts';
import { colors, space, type } from '../theme.ts';
import type { FigureView } from '../view.ts';
import { useDocument } from './context.ts';
import { tag } from './tags.ts';

export type Style = Styles[string];

/**
 * react-pdf writes a PDF outline entry (bookmark) for any node with a `bookmark` prop, but its
 * types declare the prop on `Page` only.
 */
export function bookmark(title: string): object {
  return { bookmark: { title, fit: true } };
}

const styles = StyleSheet.create({
  headingRow: { marginBottom: 5 },
  headingBar: { width: 28, height: 3, backgroundColor: colors.accent, marginBottom: 4 },
  heading: { fontSize: type.h2, fontWeight: 700, color: colors.primary, lineHeight: 1.2 },
  subheading: { fontSize: type.h3, fontWeight: 700, color: colors.primary, marginBottom: 3, lineHeight: 1.25 },
  paragraph: { fontSize: type.body, lineHeight: type.lineHeight, color: colors.ink, marginBottom: 5 },
  figure: { backgroundColor: colors.primaryTint, borderRadius: 4, padding: 8, paddingBottom: 7, marginBottom: 8 },
  figureValue: { fontSize: type.figure, fontWeight: 700, color: colors.primary, lineHeight: 1.05 },
  figureLabel: { fontSize: type.small - 0.5, lineHeight: 1.32, color: colors.ink, marginTop: 2 },
  noteMark: { fontSize: type.note, color: colors.accentText, fontWeight: 600 },
  quote: { backgroundColor: colors.accentTint, borderLeftWidth: 3, borderLeftColor: colors.accent, padding: 10, paddingLeft: 12, marginBottom: 8 },
  quoteText: { fontSize: type.lead, fontStyle: 'italic', lineHeight: 1.38, color: colors.ink },
  quoteBy: { fontSize: type.small, color: colors.muted, marginTop: 5, fontWeight: 600 },
});

/** A section heading with the accent bar; also a bookmark, so the PDF has a navigable outline. */
export function SectionHeading({ children, style }: { children: string; style?: Style }) {
  return (
    <View style={[styles.headingRow, ...(style ? [style] : [])]} minPresenceAhead={60}>
      <View style={styles.headingBar} />
      <Text style={styles.heading} {...bookmark(children)} {...tag('H2')} hyphenationCallback={noHyphenation}>
        {children}
      </Text>
    </View>
  );
}

export function SubHeading({ children, style }: { children: string; style?: Style }) {
  return (
    <Text style={[styles.subheading, ...(style ? [style] : [])]} {...tag('H3')} hyphenationCallback={noHyphenation} minPresenceAhead={30}>
      {children}
    </Text>
  );
}

/** Body text, hyphenated in the document's language. */
export function Paragraph({ children, style }: { children: ReactNode; style?: Style }) {
  const { lang } = useDocument();
  return (
    <Text style={[styles.paragraph, ...(style ? [style] : [])]} {...tag('P')} hyphenationCallback={hyphenatorFor(lang)} orphans={2} widows={2}>
      {children}
    </Text>
  );
}

/** A section's paragraphs, each as body text. Two may be the same (an editor copied one): they are keyed by position. */
export function Paragraphs({ texts }: { texts: readonly string[] }) {
  return texts.map((text, index) => <Paragraph key={index}>{text}</Paragraph>);
}

/** The superscript footnote number after a figure: a Reference to the Note at the foot of the page. */
export function NoteMark({ note }: { note: number }) {
  return (
    <Text style={styles.noteMark} {...tag('Reference')}>
      {` ${note}`}
    </Text>
  );
}

/** A key figure: the number large, its label, and the footnote mark that leads to source and peildatum. */
export function FigureCard({ figure, style }: { figure: FigureView; style?: Style | Style[] }) {
  const { lang } = useDocument();
  return (
    <View style={[styles.figure, ...(style ? [style].flat() : [])]} wrap={false} {...tag('Div')}>
      <Text style={styles.figureValue} hyphenationCallback={noHyphenation}>
        {figure.display}
        <NoteMark note={figure.note} />
      </Text>
      <Text style={styles.figureLabel} hyphenationCallback={hyphenatorFor(lang)}>
        {figure.label}
      </Text>
    </View>
  );
}

export interface QuoteData {
  text: string;
  author: string;
  role: string;
  organisation: string;
}

export function QuoteBlock({ quote, style }: { quote: QuoteData; style?: Style }) {
  const { labels } = useDocument();
  return (
    <View style={[styles.quote, ...(style ? [style] : [])]} wrap={false} {...tag('BlockQuote')}>
      {/* Never hyphenated: a quote keeps the speaker's words whole. */}
      <Text style={styles.quoteText} hyphenationCallback={noHyphenation}>
        {`“${quote.text}”`}
      </Text>
      <Text style={styles.quoteBy}>{labels.quoteBy(quote)}</Text>
    </View>
  );
}

/** Space between sections. */
export function Gap({ size = space.section }: { size?: number }) {
  return <View style={{ height: size }} />;
}
