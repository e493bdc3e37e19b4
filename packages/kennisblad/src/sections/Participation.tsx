// Who takes part: the text, then the participation figures side by side.
import { StyleSheet, View } from '@react-pdf/renderer';
import type { KennisbladView } from '../view.ts';
import { FigureCard, Paragraphs, SectionHeading } from './parts.tsx';
import { tag } from './tags.ts';

const styles = StyleSheet.create({
  section: { marginBottom: 12 },
  figures: { flexDirection: 'row', marginTop: 2 },
  figure: { flex: 1, marginRight: 8, marginBottom: 0 },
  last: { marginRight: 0 },
});

export function Participation({ section }: { section: KennisbladView['participation'] }) {
  return (
    <View style={styles.section} {...tag('Sect')}>
      <SectionHeading>{section.heading}</SectionHeading>
      <Paragraphs texts={section.paragraphs} />
      <View style={styles.figures} wrap={false}>
        {section.figures.map((figure, index) => (
          <FigureCard key={figure.id} figure={figure} style={index === section.figures.length - 1 ? [styles.figure, styles.last] : styles.figure} />
        ))}
      </View>
    </View>
  );
}
