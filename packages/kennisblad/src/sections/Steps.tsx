// How the traject works: the steps as numbered cards, then the 10-month horizon.
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { hyphenatorFor, noHyphenation } from '../fonts.ts';
import { colors, type } from '../theme.ts';
import type { KennisbladView } from '../view.ts';
import { useDocument } from './context.ts';
import { Horizon } from './Horizon.tsx';
import { FigureCard, Paragraphs, SectionHeading, SubHeading } from './parts.tsx';
import { tag } from './tags.ts';

const styles = StyleSheet.create({
  section: { marginBottom: 10 },
  columns: { flexDirection: 'row' },
  column: { flex: 1 },
  gap: { width: 16 },
  steps: { flexDirection: 'row', marginTop: 4, marginBottom: 12 },
  step: { flex: 1, backgroundColor: colors.panel, borderTopWidth: 3, borderTopColor: colors.accent, padding: 8, marginRight: 6 },
  lastStep: { marginRight: 0 },
  number: {
    width: 20,
    height: 20,
    borderRadius: 10,
    backgroundColor: colors.primary,
    alignItems: 'center',
    justifyContent: 'center',
    marginBottom: 5,
  },
  numberText: { fontSize: type.small, fontWeight: 700, color: colors.paper },
  stepTitle: { fontSize: type.body, fontWeight: 700, color: colors.primary, marginBottom: 3, lineHeight: 1.2 },
  stepText: { fontSize: type.small, lineHeight: 1.35, color: colors.ink },
  horizon: { flexDirection: 'row', alignItems: 'flex-start' },
  horizonFigure: { width: 150, marginRight: 14, marginBottom: 0 },
  horizonBar: { flex: 1 },
  proposal: { fontSize: type.note, color: colors.muted, fontStyle: 'italic', lineHeight: 1.3, marginTop: 3 },
});

export function Steps({ section }: { section: KennisbladView['steps'] }) {
  const { lang, labels } = useDocument();
  const half = Math.ceil(section.paragraphs.length / 2);
  return (
    <View style={styles.section} {...tag('Sect')}>
      <SectionHeading>{section.heading}</SectionHeading>
      <View style={styles.columns}>
        <View style={styles.column}>
          <Paragraphs texts={section.paragraphs.slice(0, half)} />
        </View>
        <View style={styles.gap} />
        <View style={styles.column}>
          <Paragraphs texts={section.paragraphs.slice(half)} />
        </View>
      </View>
      <View style={styles.steps} wrap={false} {...tag('L')}>
        {section.items.map((item, index) => (
          <View key={item.title} style={[styles.step, ...(index === section.items.length - 1 ? [styles.lastStep] : [])]} {...tag('LI')}>
            <View style={styles.number} {...tag('Lbl')}>
              <Text style={styles.numberText}>{String(index + 1)}</Text>
            </View>
            <View {...tag('LBody')}>
              <Text style={styles.stepTitle} hyphenationCallback={noHyphenation}>
                {item.title}
              </Text>
              <Text style={styles.stepText} hyphenationCallback={hyphenatorFor(lang)}>
                {item.text}
              </Text>
            </View>
          </View>
        ))}
      </View>
      <SubHeading>{labels.horizonHeading}</SubHeading>
      <View style={styles.horizon} wrap={false}>
        {section.figures.map((figure) => (
          <FigureCard key={figure.id} figure={figure} style={styles.horizonFigure} />
        ))}
        <View style={styles.horizonBar}>
          <Horizon months={section.horizonMonths} phases={section.phases} />
          <Text style={styles.proposal} hyphenationCallback={hyphenatorFor(lang)}>
            {labels.proposalPhases({ months: section.horizonMonths })}
          </Text>
        </View>
      </View>
    </View>
  );
}
