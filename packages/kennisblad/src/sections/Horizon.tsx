// The 10-month horizon as a timeline: a bar of months with the plan's phases on it.
// The kennisblad shows the phases; the report uses the same bar above its action plan.
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import type { Phase } from '@maatwerk/model';
import { hyphenatorFor, noHyphenation } from '../fonts.ts';
import { colors, type } from '../theme.ts';
import { useDocument } from './context.ts';
import { tag } from './tags.ts';

const PHASE_COLORS = [colors.primarySoft, '#8cc2c9', colors.primary];
const PHASE_TEXT = [colors.primaryDark, colors.primaryDark, colors.paper];

const styles = StyleSheet.create({
  months: { flexDirection: 'row', marginBottom: 2 },
  month: { flex: 1, fontSize: type.note, color: colors.muted, textAlign: 'center' },
  bar: { flexDirection: 'row', height: 20, borderRadius: 4 },
  segment: { justifyContent: 'center', paddingHorizontal: 6, borderRightWidth: 2, borderRightColor: colors.paper },
  segmentName: { fontSize: type.small, fontWeight: 700 },
  descriptions: { flexDirection: 'row', marginTop: 4 },
  description: { paddingRight: 8 },
  range: { fontSize: type.note, fontWeight: 700, color: colors.accentText },
  text: { fontSize: type.small, lineHeight: 1.32, color: colors.ink, marginTop: 1 },
});

export interface HorizonProps {
  months: number;
  phases: readonly Phase[];
  /** Show each phase's description under the bar. */
  describe?: boolean;
}

export function Horizon({ months, phases, describe = true }: HorizonProps) {
  const { lang, labels } = useDocument();
  const span = (phase: Phase) => Math.max(1, Math.min(months, phase.toMonth) - phase.fromMonth + 1);
  const alt = labels.horizonAlt({
    months,
    phases: phases.map((phase) => `${phase.name} (${labels.monthRange({ from: phase.fromMonth, to: phase.toMonth })})`).join(', '),
  });
  return (
    <View wrap={false}>
      {/* The drawn bar is a Figure: its alternative text names every phase with its months. */}
      <View {...tag({ type: 'Figure', alt })}>
      <View style={styles.months}>
        {Array.from({ length: months }, (_, index) => (
          <Text key={index} style={styles.month}>
            {index === 0 ? `${labels.month} 1` : String(index + 1)}
          </Text>
        ))}
      </View>
      <View style={styles.bar}>
        {phases.map((phase, index) => (
          <View
            key={phase.id}
            style={[
              styles.segment,
              { flex: span(phase), backgroundColor: PHASE_COLORS[index % PHASE_COLORS.length]! },
              ...(index === 0 ? [{ borderTopLeftRadius: 4, borderBottomLeftRadius: 4 }] : []),
              ...(index === phases.length - 1 ? [{ borderTopRightRadius: 4, borderBottomRightRadius: 4, borderRightWidth: 0 }] : []),
            ]}
          >
            <Text style={[styles.segmentName, { color: PHASE_TEXT[index % PHASE_TEXT.length]! }]} hyphenationCallback={noHyphenation}>
              {phase.name}
            </Text>
          </View>
        ))}
      </View>
      </View>
      {describe && (
        <View style={styles.descriptions} {...tag('L')}>
          {phases.map((phase) => (
            <View key={phase.id} style={[styles.description, { flex: span(phase) }]} {...tag('LI')}>
              <Text style={styles.range} {...tag('Lbl')}>
                {labels.monthRange({ from: phase.fromMonth, to: phase.toMonth })}
              </Text>
              <Text style={styles.text} hyphenationCallback={hyphenatorFor(lang)} {...tag('LBody')}>
                {phase.description}
              </Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
