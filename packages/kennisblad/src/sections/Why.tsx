// Why an integral approach matters. The national figures stand in the page's side column
// (see `KeyFigures`), beside this text and the next section's.
import { StyleSheet, View } from '@react-pdf/renderer';
import type { SectionView } from '../view.ts';
import { Paragraphs, SectionHeading } from './parts.tsx';
import { tag } from './tags.ts';

const styles = StyleSheet.create({
  section: { marginBottom: 10 },
});

export function Why({ section }: { section: SectionView }) {
  return (
    <View style={styles.section} {...tag('Sect')}>
      <SectionHeading>{section.heading}</SectionHeading>
      <Paragraphs texts={section.paragraphs} />
    </View>
  );
}
