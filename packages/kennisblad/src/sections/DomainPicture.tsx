// The report's picture per assessed domain: the model grid as a heat table, and its weakest link in words.
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { hyphenatorFor } from '../fonts.ts';
import { colors, type } from '../theme.ts';
import type { ReportDomain, ReportView } from '../report-view.ts';
import { useDocument } from './context.ts';
import { ModelGrid } from './ModelGrid.tsx';
import { Paragraph, SectionHeading, SubHeading } from './parts.tsx';
import { tag } from './tags.ts';

const styles = StyleSheet.create({
  section: { marginBottom: 8 },
  domains: { flexDirection: 'row', flexWrap: 'wrap', justifyContent: 'space-between' },
  domain: { width: '48.5%', marginBottom: 12 },
  weakest: { fontSize: type.small, lineHeight: 1.35, color: colors.ink, marginTop: 5, fontWeight: 600 },
  certainty: { fontSize: type.note + 0.5, color: colors.muted, marginTop: 1 },
});

function Domain({ domain, view }: { domain: ReportDomain; view: ReportView }) {
  const { lang } = useDocument();
  return (
    <View style={styles.domain} wrap={false} {...tag('Div')}>
      <SubHeading>{domain.heading}</SubHeading>
      <ModelGrid factors={view.factors} levels={view.levels} cells={domain.grid} cellHeight={28} compact {...(domain.weakest && { weakest: domain.weakest })} />
      <Text style={styles.weakest} hyphenationCallback={hyphenatorFor(lang)}>
        {domain.weakestLink}
      </Text>
      <Text style={styles.certainty} hyphenationCallback={hyphenatorFor(lang)}>
        {domain.certainty}
      </Text>
    </View>
  );
}

/** Six pictures (three rows of two) fit one page with the heading. */
export const DOMAINS_PER_PAGE = 6;

/** The picture per domain; `domains` and `first` split it over pages (heading on the first). */
export function DomainPicture({ view, domains = view.domains, first = true }: { view: ReportView; domains?: ReportDomain[]; first?: boolean }) {
  const r = view.labels.report;
  return (
    <View style={styles.section} {...tag('Sect')}>
      {first && <SectionHeading>{r.pictureHeading}</SectionHeading>}
      {first && <Paragraph>{r.pictureIntro}</Paragraph>}
      <View style={styles.domains}>
        {domains.map((domain) => (
          <Domain key={domain.domain} domain={domain} view={view} />
        ))}
      </View>
    </View>
  );
}
