// The report's 10-month action plan: the horizon bar, then the actions per phase.
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { hyphenatorFor, noHyphenation } from '../fonts.ts';
import { colors, type } from '../theme.ts';
import type { ReportAction, ReportView } from '../report-view.ts';
import { useDocument } from './context.ts';
import { Horizon } from './Horizon.tsx';
import { Paragraph, SectionHeading } from './parts.tsx';
import { tag } from './tags.ts';

const styles = StyleSheet.create({
  section: { marginBottom: 12 },
  horizon: { marginTop: 2, marginBottom: 12 },
  phase: { marginBottom: 6 },
  phaseHead: { flexDirection: 'row', alignItems: 'baseline', borderBottomWidth: 1, borderBottomColor: colors.primary, paddingBottom: 2, marginBottom: 5 },
  phaseName: { fontSize: type.h3, fontWeight: 700, color: colors.primary, marginRight: 8 },
  phaseRange: { fontSize: type.small, fontWeight: 700, color: colors.accentText },
  action: { flexDirection: 'row', marginBottom: 7 },
  number: { width: 22, fontSize: type.body, fontWeight: 700, color: colors.accentText },
  body: { flex: 1 },
  title: { fontSize: type.body, fontWeight: 700, color: colors.ink },
  context: { fontSize: type.note + 0.5, color: colors.primary, fontWeight: 600, marginTop: 1, marginBottom: 2 },
  description: { fontSize: type.small, lineHeight: 1.38, color: colors.ink },
});

type PlanPhase = ReportView['plan']['phases'][number];

/** A part of the plan for one page: some phases, each with some of its actions. */
export interface PlanPart {
  /** The first part carries the heading, the introduction and the horizon bar. */
  first: boolean;
  phases: (Omit<PlanPhase, 'actions'> & { actions: ReportAction[] })[];
  /** Number of the first action in this part. */
  startNumber: number;
}

export function ActionPlan({ view, part }: { view: ReportView; part?: PlanPart }) {
  const { lang } = useDocument();
  const first = part?.first ?? true;
  const phases = part?.phases ?? view.plan.phases;
  let number = (part?.startNumber ?? 1) - 1;
  return (
    <View style={styles.section} {...tag('Sect')}>
      {first && (
        <>
          <SectionHeading>{view.plan.heading}</SectionHeading>
          <Paragraph>{view.plan.intro}</Paragraph>
          {view.plan.phases.length > 0 && (
            <View style={styles.horizon}>
              <Horizon months={view.plan.months} phases={view.plan.phases} describe={false} />
            </View>
          )}
        </>
      )}
      {phases.map((phase) => {
        const actions = phase.actions.map((action) => {
          number += 1;
          return (
            <View key={action.id} style={styles.action} wrap={false} {...tag('Div')}>
              <Text style={styles.number}>{`${number}.`}</Text>
              <View style={styles.body}>
                <Text style={styles.title} hyphenationCallback={hyphenatorFor(lang)}>
                  {action.title}
                </Text>
                <Text style={styles.context} hyphenationCallback={noHyphenation}>
                  {action.context}
                </Text>
                <Text style={styles.description} hyphenationCallback={hyphenatorFor(lang)}>
                  {action.description}
                </Text>
              </View>
            </View>
          );
        });
        return (
          <View key={phase.id} style={styles.phase}>
            {/* The phase heading never stands alone at the foot of a page: it keeps its first action. */}
            <View wrap={false}>
              <View style={styles.phaseHead}>
                <Text style={styles.phaseName} hyphenationCallback={noHyphenation} {...tag('H3')}>
                  {phase.name}
                </Text>
                <Text style={styles.phaseRange}>{phase.range}</Text>
              </View>
              {actions[0]}
            </View>
            {actions.slice(1)}
          </View>
        );
      })}
    </View>
  );
}
