// The model's grid: factors across, levels down. Drawn with views, every label real text.
// The kennisblad shows it empty (what is measured); the report fills it with scores (a heat table).
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import type { Factor, Level } from '@maatwerk/model';
import { hyphenatorFor, noHyphenation } from '../fonts.ts';
import { colors, scoreFill, type } from '../theme.ts';
import type { ReportCell } from '../report-view.ts';
import { useDocument } from './context.ts';
import { tag } from './tags.ts';

const HEAD = 118;
const styles = StyleSheet.create({
  grid: { borderRadius: 4 },
  row: { flexDirection: 'row' },
  corner: { width: HEAD, justifyContent: 'flex-end', paddingBottom: 4, paddingRight: 6 },
  cornerText: { fontSize: type.note, color: colors.muted, fontWeight: 700 },
  factor: { flex: 1, marginLeft: 4, backgroundColor: colors.primary, borderTopLeftRadius: 4, borderTopRightRadius: 4, padding: 6 },
  factorName: { fontSize: type.body, fontWeight: 700, color: colors.paper },
  factorText: { fontSize: type.note, lineHeight: 1.3, color: colors.primaryTint, marginTop: 2 },
  level: { width: HEAD, paddingVertical: 6, paddingRight: 6, borderTopWidth: 0.75, borderTopColor: colors.rule, justifyContent: 'center' },
  levelName: { fontSize: type.body, fontWeight: 700, color: colors.primary },
  levelText: { fontSize: type.note, lineHeight: 1.3, color: colors.muted, marginTop: 1.5 },
  cell: { flex: 1, marginLeft: 4, marginTop: 4, borderRadius: 3, alignItems: 'center', justifyContent: 'center', padding: 5 },
  cellText: { fontSize: type.note + 0.5, color: colors.primaryDark, textAlign: 'center', lineHeight: 1.25 },
  score: { fontSize: 15, fontWeight: 700, color: colors.ink },
  scoreNote: { fontSize: type.note, color: colors.ink, marginTop: 1 },
  weakest: { borderWidth: 1.5, borderColor: colors.ink },
  // Compact: half a page wide, for the report's small multiples.
  compactHead: { width: 62 },
  compactFactor: { marginLeft: 3, paddingHorizontal: 3, paddingVertical: 4 },
  compactFactorName: { fontSize: type.note + 0.5 },
  compactLevelName: { fontSize: type.small },
  compactCell: { marginLeft: 3, marginTop: 3, padding: 3 },
  compactScore: { fontSize: 12 },
});

/** Light-to-dark petrol tints, so the empty grid still reads as a grid. */
const TINTS = ['#eef6f7', '#e3f0f1', '#d6e9eb'];

export interface ModelGridProps {
  factors: readonly Factor[];
  levels: readonly Level[];
  /** Scores per cell (rows = levels, columns = factors): turns the grid into a heat table. */
  cells?: ReportCell[][];
  /** The weakest cell, outlined. */
  weakest?: { level: string; factor: string };
  /** Show the factor and level descriptions. */
  describe?: boolean;
  cellHeight?: number;
  /** Narrow version for two grids side by side. */
  compact?: boolean;
}

export function ModelGrid({ factors, levels, cells, weakest, describe = false, cellHeight = 42, compact = false }: ModelGridProps) {
  const { lang, labels } = useDocument();
  const lower = (text: string) => text.toLocaleLowerCase(labels.locale);
  return (
    <View style={styles.grid} wrap={false} {...tag('Table')}>
      <View style={styles.row} {...tag('TR')}>
        <View style={[styles.corner, ...(compact ? [styles.compactHead] : [])]} {...tag('TH')}>
          {!compact && <Text style={styles.cornerText}>{`${labels.modelLevels} / ${labels.modelFactors}`}</Text>}
        </View>
        {factors.map((factor) => (
          <View key={factor.id} style={[styles.factor, ...(compact ? [styles.compactFactor] : [])]} {...tag({ type: 'TH', scope: 'Column' })}>
            <Text style={[styles.factorName, ...(compact ? [styles.compactFactorName] : [])]} hyphenationCallback={noHyphenation}>
              {factor.name}
            </Text>
            {describe && (
              <Text style={styles.factorText} hyphenationCallback={hyphenatorFor(lang)}>
                {factor.description}
              </Text>
            )}
          </View>
        ))}
      </View>
      {levels.map((level, row) => (
        <View key={level.id} style={styles.row} {...tag('TR')}>
          <View style={[styles.level, { minHeight: cellHeight + 4 }, ...(compact ? [styles.compactHead] : [])]} {...tag({ type: 'TH', scope: 'Row' })}>
            <Text style={[styles.levelName, ...(compact ? [styles.compactLevelName] : [])]} hyphenationCallback={noHyphenation}>
              {level.name}
            </Text>
            {describe && (
              <Text style={styles.levelText} hyphenationCallback={hyphenatorFor(lang)}>
                {level.description}
              </Text>
            )}
          </View>
          {factors.map((factor, column) => {
            const cell = cells?.[row]?.[column];
            const isWeakest = weakest?.level === level.id && weakest.factor === factor.id;
            if (!cells) {
              return (
                <View key={factor.id} style={[styles.cell, { backgroundColor: TINTS[(row + column) % 3]!, minHeight: cellHeight }]} {...tag('TD')}>
                  <Text style={styles.cellText} hyphenationCallback={noHyphenation}>
                    {labels.modelCell({ factor: factor.name, level: lower(level.name) })}
                  </Text>
                </View>
              );
            }
            const score = cell?.score ?? null;
            return (
              <View
                key={factor.id}
                style={[
                  styles.cell,
                  { backgroundColor: scoreFill(score), minHeight: cellHeight },
                  ...(compact ? [styles.compactCell] : []),
                  ...(isWeakest ? [styles.weakest] : []),
                ]}
                {...tag('TD')}
              >
                <Text style={[styles.score, ...(compact ? [styles.compactScore] : [])]}>{score === null ? '–' : String(score)}</Text>
                <Text style={styles.scoreNote} hyphenationCallback={noHyphenation}>
                  {cell?.band ? labels.report.bands[cell.band] : labels.report.noAnswer}
                </Text>
              </View>
            );
          })}
        </View>
      ))}
    </View>
  );
}
