// The header band on the first page: what this is, its title, and which edition.
import { Link, Rect, StyleSheet, Svg, Text, View } from '@react-pdf/renderer';
import { noHyphenation } from '../fonts.ts';
import { colors, space, type } from '../theme.ts';
import { bookmark } from './parts.tsx';
import { artifact, tag } from './tags.ts';

const styles = StyleSheet.create({
  webVersion: { fontSize: type.small, color: colors.paper, marginTop: 8, textDecoration: 'underline' },
  band: {
    backgroundColor: colors.primary,
    marginHorizontal: -space.pageX,
    // Flush with the top edge: pull up over the page's top padding.
    marginTop: -(space.pageTop + 14),
    paddingHorizontal: space.pageX,
    paddingTop: 28,
    paddingBottom: 20,
    marginBottom: 18,
    position: 'relative',
  },
  accent: { position: 'absolute', left: 0, right: 0, bottom: 0, height: 5, backgroundColor: colors.accent },
  topRow: { flexDirection: 'row', justifyContent: 'space-between', marginBottom: 14 },
  kicker: { fontSize: type.small, fontWeight: 700, color: colors.accentTint },
  publisher: { fontSize: type.small, fontWeight: 600, color: colors.primarySoft },
  title: { fontSize: type.title, fontWeight: 700, color: colors.paper, lineHeight: 1.12, maxWidth: 400 },
  subtitle: { fontSize: 13.5, color: colors.primarySoft, marginTop: 6, maxWidth: 400 },
  chips: { flexDirection: 'row', marginTop: 12 },
  chip: {
    fontSize: type.small,
    fontWeight: 600,
    color: colors.primaryDark,
    backgroundColor: colors.primaryTint,
    borderRadius: 9,
    paddingHorizontal: 8,
    paddingVertical: 2.5,
    marginRight: 6,
  },
  motif: { position: 'absolute', right: space.pageX - 4, top: 50 },
});

export interface MastheadProps {
  kicker: string;
  publisher: string;
  title: string;
  subtitle: string;
  /** Small labels under the title: edition, date. */
  chips: string[];
  /** A link to the document's HTML twin, shown under the chips. */
  webVersion?: { text: string; href: string };
}

/** A 3 × 3 block of squares, the model's grid as a quiet motif. Decorative only. */
function Motif() {
  const size = 22;
  const gap = 5;
  const tints = [0.35, 0.22, 0.14, 0.22, 0.5, 0.22, 0.14, 0.22, 0.35];
  return (
    <Svg width={3 * size + 2 * gap} height={3 * size + 2 * gap} style={styles.motif} {...artifact}>
      {tints.map((opacity, index) => (
        <Rect
          key={index}
          x={(index % 3) * (size + gap)}
          y={Math.floor(index / 3) * (size + gap)}
          width={size}
          height={size}
          rx={3}
          fill={index === 4 ? colors.accent : colors.paper}
          fillOpacity={index === 4 ? 0.9 : opacity}
        />
      ))}
    </Svg>
  );
}

export function Masthead({ kicker, publisher, title, subtitle, chips, webVersion }: MastheadProps) {
  return (
    <View style={styles.band}>
      <Motif />
      <View style={styles.topRow}>
        <Text style={styles.kicker}>{kicker}</Text>
        <Text style={styles.publisher}>{publisher}</Text>
      </View>
      <Text style={styles.title} hyphenationCallback={noHyphenation} {...bookmark(title)} {...tag('H1')}>
        {title}
      </Text>
      <Text style={styles.subtitle} hyphenationCallback={noHyphenation}>
        {subtitle}
      </Text>
      <View style={styles.chips}>
        {chips.map((chip) => (
          <Text key={chip} style={styles.chip}>
            {chip}
          </Text>
        ))}
      </View>
      {webVersion && (
        <Link src={webVersion.href} style={styles.webVersion}>
          {webVersion.text}
        </Link>
      )}
      <View style={styles.accent} />
    </View>
  );
}
