// The model: its explanation, the grid as a figure, and the policy domains it is applied to.
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { hyphenatorFor, noHyphenation } from '../fonts.ts';
import { colors, type } from '../theme.ts';
import type { KennisbladView } from '../view.ts';
import { useDocument } from './context.ts';
import { ModelGrid } from './ModelGrid.tsx';
import { Paragraphs, SectionHeading, SubHeading } from './parts.tsx';
import { tag } from './tags.ts';

const styles = StyleSheet.create({
  section: { marginBottom: 10 },
  columns: { flexDirection: 'row' },
  column: { flex: 1 },
  columnGap: { width: 16 },
  figure: { marginTop: 6, marginBottom: 10, paddingTop: 10, paddingRight: 10, position: 'relative' },
  layer: { position: 'absolute', borderWidth: 1, borderColor: colors.primarySoft, borderRadius: 5, backgroundColor: colors.paper },
  caption: { fontSize: type.small, color: colors.muted, marginTop: 6, fontStyle: 'italic' },
  domainsHead: { flexDirection: 'row', alignItems: 'flex-end', marginBottom: 3 },
  domainsHeading: { marginBottom: 0, marginRight: 8 },
  proposal: { flex: 1, fontSize: type.note, color: colors.muted, fontStyle: 'italic', lineHeight: 1.3 },
  domains: { flexDirection: 'row', flexWrap: 'wrap', marginTop: 2 },
  domain: { width: '50%', paddingRight: 14, marginBottom: 7, flexDirection: 'row' },
  bullet: { width: 7, height: 7, borderRadius: 2, backgroundColor: colors.accent, marginTop: 3.5, marginRight: 7 },
  domainBody: { flex: 1 },
  domainName: { fontSize: type.body, fontWeight: 700, color: colors.primary },
  domainText: { fontSize: type.small, lineHeight: 1.35, color: colors.ink },
});

export function Model({ section }: { section: KennisbladView['model'] }) {
  const { lang, labels } = useDocument();
  const half = Math.ceil(section.paragraphs.length / 2);
  const columns = [section.paragraphs.slice(0, half), section.paragraphs.slice(half)];
  return (
    <View style={styles.section} {...tag('Sect')}>
      <SectionHeading>{section.heading}</SectionHeading>
      <View style={styles.columns}>
        {columns.map((paragraphs, index) => (
          <View key={index} style={{ flexDirection: 'row', flex: 1 }}>
            {index > 0 && <View style={styles.columnGap} />}
            <View style={styles.column}>
              <Paragraphs texts={paragraphs} />
            </View>
          </View>
        ))}
      </View>
      <View style={styles.figure} wrap={false}>
        {/* Two sheets behind the grid: the same grid is filled in for every policy domain. */}
        <View style={[styles.layer, { top: 0, left: 128, right: 0, bottom: 24 }]} />
        <View style={[styles.layer, { top: 5, left: 123, right: 5, bottom: 19 }]} />
        <ModelGrid factors={section.factors} levels={section.levels} cellHeight={34} />
        <Text style={styles.caption}>{section.caption}</Text>
      </View>
      {/* The note beside the heading, not under it: page 2 has no line to spare. */}
      <View style={styles.domainsHead}>
        <SubHeading style={styles.domainsHeading}>{labels.domainsHeading}</SubHeading>
        <Text style={styles.proposal} hyphenationCallback={noHyphenation}>
          {labels.proposalDomains({ count: section.domains.length })}
        </Text>
      </View>
      <View style={styles.domains} {...tag('L')}>
        {section.domains.map((domain) => (
          <View key={domain.id} style={styles.domain} wrap={false} {...tag('LI')}>
            <View style={styles.bullet} />
            <View style={styles.domainBody} {...tag('LBody')}>
              <Text style={styles.domainName} hyphenationCallback={noHyphenation}>
                {domain.name}
              </Text>
              <Text style={styles.domainText} hyphenationCallback={hyphenatorFor(lang)}>
                {domain.description}
              </Text>
            </View>
          </View>
        ))}
      </View>
    </View>
  );
}
