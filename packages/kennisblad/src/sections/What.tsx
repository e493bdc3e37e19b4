// What the Maatwerktraject is. Its figure stands in the page's side column (see `KeyFigures`).
import { StyleSheet, View } from '@react-pdf/renderer';
import type { SectionView } from '../view.ts';
import { Paragraphs, SectionHeading } from './parts.tsx';
import { tag } from './tags.ts';

const styles = StyleSheet.create({
  section: { marginBottom: 6 },
});

export function What({ section }: { section: SectionView }) {
  return (
    <View style={styles.section} {...tag('Sect')}>
      <SectionHeading>{section.heading}</SectionHeading>
      <Paragraphs texts={section.paragraphs} />
    </View>
  );
}
