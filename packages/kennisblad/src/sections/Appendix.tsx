// The report's appendix: per assessed domain, the statements behind each cell of its grid with the
// answers given and the cell's score, and how ties for the weakest link are broken.
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import type { AppendixDomain } from '../appendix.ts';
import { hyphenatorFor, noHyphenation } from '../fonts.ts';
import { colors, type } from '../theme.ts';
import type { ReportView } from '../report-view.ts';
import { useDocument } from './context.ts';
import { Paragraph, SectionHeading, SubHeading, type Style } from './parts.tsx';
import { tag } from './tags.ts';

/** Widths of the fixed columns in points; the statement column takes the rest (less its padding). */
const WIDTH = { cell: 112, answer: 86, score: 46, statementPadding: 6 };

/** What the statement column leaves for the others: the report's page split estimates line counts with it. */
export const APPENDIX_FIXED_WIDTH = WIDTH.cell + WIDTH.answer + WIDTH.score + WIDTH.statementPadding;
/** Tighter than body text: the rows are short, and two domains' tables should share a page. */
export const LINE_HEIGHT = 1.25;

const styles = StyleSheet.create({
  section: { marginBottom: 8 },
  domain: { marginBottom: 12 },
  head: { flexDirection: 'row', borderBottomWidth: 1, borderBottomColor: colors.primary, paddingBottom: 3 },
  headText: { fontSize: type.note + 0.5, fontWeight: 700, color: colors.primary },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: colors.rule, paddingVertical: 2 },
  weakestRow: { backgroundColor: colors.accentTint },
  cell: { width: WIDTH.cell, paddingRight: 6 },
  statement: { flex: 1, paddingRight: WIDTH.statementPadding },
  answer: { width: WIDTH.answer, paddingRight: 4 },
  score: { width: WIDTH.score, textAlign: 'right', paddingRight: 3 },
  text: { fontSize: type.small, lineHeight: LINE_HEIGHT, color: colors.ink },
  cellText: { fontSize: type.small, lineHeight: LINE_HEIGHT, fontWeight: 600, color: colors.ink },
  mark: { fontSize: type.note, color: colors.accentText, fontWeight: 700 },
  tie: { fontSize: type.small, lineHeight: 1.35, marginTop: 4, color: colors.ink },
});

const COLUMNS = ['cell', 'statement', 'answer', 'score'] as const;

function DomainTable({ domain, view }: { domain: AppendixDomain; view: ReportView }) {
  const { lang } = useDocument();
  const a = view.appendix;
  const hyphenate = hyphenatorFor(lang);
  return (
    <View style={styles.domain} {...tag('Div')}>
      <SubHeading>{domain.heading}</SubHeading>
      <View {...tag('Table')}>
        <View style={styles.head} {...tag('TR')}>
          {COLUMNS.map((column) => (
            <Text key={column} style={[styles.headText, styles[column] as Style]} {...tag({ type: 'TH', scope: 'Column' })} hyphenationCallback={noHyphenation}>
              {a.columns[column]}
            </Text>
          ))}
        </View>
        {domain.rows.map((row) => (
          <View key={row.statement} style={[styles.row, ...(row.weakest ? [styles.weakestRow] : [])]} wrap={false} {...tag('TR')}>
            <View style={styles.cell} {...tag({ type: 'TH', scope: 'Row' })}>
              <Text style={styles.cellText} hyphenationCallback={noHyphenation}>
                {row.cell}
              </Text>
              {row.weakest && <Text style={styles.mark}>{view.labels.report.appendix.weakestMark}</Text>}
            </View>
            <Text style={[styles.text, styles.statement]} {...tag('TD')} hyphenationCallback={hyphenate}>
              {row.statement}
            </Text>
            <Text style={[styles.text, styles.answer]} {...tag('TD')} hyphenationCallback={noHyphenation}>
              {row.answer}
            </Text>
            <Text style={[styles.text, styles.score]} {...tag('TD')} hyphenationCallback={noHyphenation}>
              {row.score}
            </Text>
          </View>
        ))}
      </View>
      {domain.tie && <Text style={styles.tie} {...tag('P')} hyphenationCallback={hyphenate}>{domain.tie}</Text>}
    </View>
  );
}


/** The appendix; `domains` and `first` split it over pages (heading, intro and tie rule on the first). */
export function Appendix({ view, domains = view.appendix.domains, first = true }: { view: ReportView; domains?: AppendixDomain[]; first?: boolean }) {
  const a = view.appendix;
  return (
    <View style={styles.section} {...tag('Sect')}>
      {first && <SectionHeading>{a.heading}</SectionHeading>}
      {first && <Paragraph>{a.intro}</Paragraph>}
      {first && <Paragraph>{a.tieRule}</Paragraph>}
      {domains.map((domain) => (
        <DomainTable key={domain.domain} domain={domain} view={view} />
      ))}
    </View>
  );
}
