// The report's ranking: every domain by promise, as a table with a bar per score.
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { hyphenatorFor, noHyphenation } from '../fonts.ts';
import { colors, scoreFill, type } from '../theme.ts';
import type { ReportView } from '../report-view.ts';
import { useDocument } from './context.ts';
import { Paragraph, SectionHeading, type Style } from './parts.tsx';
import { tag } from './tags.ts';

const styles = StyleSheet.create({
  section: { marginBottom: 12 },
  table: { marginTop: 4 },
  head: { flexDirection: 'row', borderBottomWidth: 1, borderBottomColor: colors.primary, paddingBottom: 3 },
  headText: { fontSize: type.note + 0.5, fontWeight: 700, color: colors.primary },
  row: { flexDirection: 'row', alignItems: 'center', borderBottomWidth: 0.5, borderBottomColor: colors.rule, paddingVertical: 5 },
  top: { backgroundColor: colors.primaryTint },
  rank: { width: 40, paddingLeft: 4 },
  rankText: { fontSize: 13, fontWeight: 700, color: colors.primary },
  domain: { flex: 1, paddingRight: 8 },
  domainText: { fontSize: type.body, fontWeight: 600 },
  bar: { width: 150, flexDirection: 'row', alignItems: 'center' },
  track: { width: 110, height: 9, backgroundColor: colors.panel, borderRadius: 2, marginRight: 6 },
  fill: { height: 9, borderRadius: 2 },
  score: { fontSize: type.body, fontWeight: 700, width: 30 },
  count: { width: 70, fontSize: type.small, textAlign: 'right' },
  muted: { color: colors.muted, fontStyle: 'italic', fontSize: type.small },
  legend: { flexDirection: 'row', marginTop: 7, alignItems: 'center' },
  legendTitle: { fontSize: type.note + 0.5, color: colors.muted, marginRight: 8 },
  swatch: { width: 9, height: 9, borderRadius: 2, marginRight: 3 },
  legendText: { fontSize: type.note + 0.5, color: colors.ink, marginRight: 10 },
});

export function Ranking({ view }: { view: ReportView }) {
  const { lang } = useDocument();
  const r = view.labels.report;
  return (
    <View style={styles.section} {...tag('Sect')}>
      <SectionHeading>{r.rankingHeading}</SectionHeading>
      <Paragraph>{view.rankingIntro}</Paragraph>
      <View style={styles.table} {...tag('Table')}>
        <View style={styles.head} {...tag('TR')}>
          {[
            [r.rank, styles.rank],
            [r.domain, styles.domain],
            [r.opportunity, styles.bar],
            [r.answered, styles.count],
            [r.unknown, styles.count],
          ].map(([label, style]) => (
            <Text key={label as string} style={[styles.headText, style as Style]} {...tag({ type: 'TH', scope: 'Column' })}>
              {label as string}
            </Text>
          ))}
        </View>
        {view.ranking.map((row) => (
          <View key={row.domain} style={[styles.row, ...(view.plan.domains.includes(row.domain) ? [styles.top] : [])]} wrap={false} {...tag('TR')}>
            <View style={styles.rank} {...tag('TD')}>
              <Text style={styles.rankText}>{String(row.rank)}</Text>
            </View>
            <View style={styles.domain} {...tag({ type: 'TH', scope: 'Row' })}>
              <Text style={styles.domainText} hyphenationCallback={hyphenatorFor(lang)}>
                {row.name}
              </Text>
            </View>
            <View style={styles.bar} {...tag('TD')}>
              {row.opportunity === null ? (
                <Text style={styles.muted}>{r.notAssessed}</Text>
              ) : (
                <>
                  <View style={styles.track}>
                    <View style={[styles.fill, { width: `${Math.max(2, row.opportunity)}%`, backgroundColor: scoreFill(row.opportunity) }]} />
                  </View>
                  <Text style={styles.score} hyphenationCallback={noHyphenation}>
                    {String(row.opportunity)}
                  </Text>
                </>
              )}
            </View>
            <Text style={styles.count} {...tag('TD')}>{`${row.answered}/${row.total}`}</Text>
            <Text style={styles.count} {...tag('TD')}>
              {String(row.unknown)}
            </Text>
          </View>
        ))}
      </View>
      <View style={styles.legend} {...tag('Div')}>
        <Text style={styles.legendTitle}>{r.legend}</Text>
        {view.legend.map((entry) => (
          <View key={entry.band} style={{ flexDirection: 'row', alignItems: 'center' }}>
            <View style={[styles.swatch, { backgroundColor: entry.fill }]} />
            <Text style={styles.legendText}>{entry.text}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
