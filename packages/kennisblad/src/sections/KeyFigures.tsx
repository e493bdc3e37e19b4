// The side column of key figures beside the first page's text: each number large, its label,
// and the footnote mark leading to source and peildatum.
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { colors, type } from '../theme.ts';
import type { FigureView } from '../view.ts';
import { FigureCard } from './parts.tsx';
import { tag } from './tags.ts';

const styles = StyleSheet.create({
  column: { paddingTop: 4 },
  heading: { fontSize: type.note, fontWeight: 700, color: colors.muted, marginBottom: 5 },
  card: { marginBottom: 7 },
});

export function KeyFigures({ figures, heading }: { figures: FigureView[]; heading?: string }) {
  return (
    <View style={styles.column} {...tag('Sect')}>
      {heading && (
        <Text style={styles.heading} {...tag('H2')}>
          {heading}
        </Text>
      )}
      {figures.map((figure) => (
        <FigureCard key={figure.id} figure={figure} style={styles.card} />
      ))}
    </View>
  );
}
