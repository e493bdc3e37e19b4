// The practice example: the municipality's story beside its quote.
import { StyleSheet, View } from '@react-pdf/renderer';
import type { KennisbladView } from '../view.ts';
import { FigureCard, Paragraphs, QuoteBlock, SectionHeading } from './parts.tsx';
import { tag } from './tags.ts';

const styles = StyleSheet.create({
  section: { marginBottom: 10 },
  row: { flexDirection: 'row' },
  text: { flex: 2.1, paddingRight: 16 },
  side: { flex: 1 },
});

export function Practice({ section }: { section: KennisbladView['practice'] }) {
  return (
    <View style={styles.section} {...tag('Sect')}>
      <SectionHeading>{section.heading}</SectionHeading>
      <View style={styles.row}>
        <View style={styles.text}>
          <Paragraphs texts={section.paragraphs} />
        </View>
        <View style={styles.side}>
          <QuoteBlock quote={section.quote} />
          {section.figures.map((figure) => (
            <FigureCard key={figure.id} figure={figure} />
          ))}
        </View>
      </View>
    </View>
  );
}
