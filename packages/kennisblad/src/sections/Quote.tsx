// A voice from practice, set apart between sections.
import { StyleSheet, View } from '@react-pdf/renderer';
import type { KennisbladView } from '../view.ts';
import { QuoteBlock } from './parts.tsx';

const styles = StyleSheet.create({
  section: { marginTop: 4, marginBottom: 10, marginHorizontal: 40 },
});

export function Quote({ quote }: { quote: KennisbladView['quote'] }) {
  return (
    <View style={styles.section} wrap={false}>
      <QuoteBlock quote={quote} />
    </View>
  );
}
