// What the traject delivers: a checklist in two columns.
import { Path, StyleSheet, Svg, Text, View } from '@react-pdf/renderer';
import { hyphenatorFor } from '../fonts.ts';
import { colors, type } from '../theme.ts';
import type { KennisbladView } from '../view.ts';
import { useDocument } from './context.ts';
import { Paragraphs, SectionHeading } from './parts.tsx';
import { artifact, tag } from './tags.ts';

const styles = StyleSheet.create({
  section: { marginBottom: 10 },
  items: { flexDirection: 'row', flexWrap: 'wrap', marginTop: 2 },
  item: { width: '50%', flexDirection: 'row', paddingRight: 14, marginBottom: 6 },
  check: { marginTop: 2, marginRight: 7 },
  text: { flex: 1, fontSize: type.body, lineHeight: 1.36, color: colors.ink },
});

/** A check mark in a circle. Decorative: the list item's text says it all. */
function Check() {
  return (
    <Svg width={12} height={12} viewBox="0 0 12 12" style={styles.check} {...artifact}>
      <Path d="M6 0a6 6 0 1 1 0 12A6 6 0 0 1 6 0z" fill={colors.primary} />
      <Path d="M3.2 6.2l1.9 1.9 3.8-4" stroke={colors.paper} strokeWidth={1.4} fill="none" />
    </Svg>
  );
}

export function Delivers({ section }: { section: KennisbladView['delivers'] }) {
  const { lang } = useDocument();
  return (
    <View style={styles.section} {...tag('Sect')}>
      <SectionHeading>{section.heading}</SectionHeading>
      <Paragraphs texts={section.paragraphs} />
      <View style={styles.items} {...tag('L')}>
        {section.items.map((item) => (
          <View key={item} style={styles.item} wrap={false} {...tag('LI')}>
            <Check />
            <Text style={styles.text} hyphenationCallback={hyphenatorFor(lang)} {...tag('LBody')}>
              {item}
            </Text>
          </View>
        ))}
      </View>
    </View>
  );
}
