// A contact card: the regional adviser, or the general contact. Used by the kennisblad and the report.
// Full width, name on the left and the details on the right: e-mail addresses are never broken
// (a hyphen in an address would make it wrong), so they get the room they need.
import { mailtoUrl } from '@maatwerk/model';
import { Link, StyleSheet, Text, View } from '@react-pdf/renderer';
import { noHyphenation } from '../fonts.ts';
import { colors, type } from '../theme.ts';
import type { ContactView } from '../view.ts';
import { useDocument } from './context.ts';
import { tag } from './tags.ts';

const styles = StyleSheet.create({
  card: {
    backgroundColor: colors.primary,
    borderRadius: 5,
    paddingVertical: 11,
    paddingHorizontal: 14,
    borderLeftWidth: 5,
    borderLeftColor: colors.accent,
  },
  row: { flexDirection: 'row' },
  who: { flex: 1, paddingRight: 14 },
  details: { flex: 1.25 },
  heading: { fontSize: type.note + 0.5, fontWeight: 700, color: colors.accentTint, marginBottom: 4 },
  name: { fontSize: 14, fontWeight: 700, color: colors.paper, lineHeight: 1.2 },
  role: { fontSize: type.small, color: colors.primarySoft, marginTop: 2 },
  line: { flexDirection: 'row', marginBottom: 2 },
  key: { width: 50, fontSize: type.small, color: colors.primarySoft },
  value: { flex: 1, fontSize: type.small, color: colors.paper, fontWeight: 600, textDecoration: 'none' },
  example: { fontSize: type.note, color: colors.primarySoft, marginTop: 7, fontStyle: 'italic', lineHeight: 1.3 },
});

function Detail({ label, href, text }: { label: string; href: string; text: string }) {
  return (
    <View style={styles.line} {...tag('P')}>
      <Text style={styles.key}>{`${label} `}</Text>
      <Link src={href} style={styles.value}>
        <Text hyphenationCallback={noHyphenation}>{text}</Text>
      </Link>
    </View>
  );
}

export function ContactCard({ contact }: { contact: ContactView }) {
  const { labels } = useDocument();
  return (
    <View style={styles.card} wrap={false} {...tag('Div')}>
      <View style={styles.row}>
        <View style={styles.who}>
          <Text style={styles.heading} hyphenationCallback={noHyphenation}>
            {contact.heading}
          </Text>
          <Text style={styles.name} hyphenationCallback={noHyphenation}>
            {contact.name}
          </Text>
          {contact.role && <Text style={styles.role}>{contact.role}</Text>}
        </View>
        <View style={styles.details}>
          <Detail label={labels.email} href={mailtoUrl({ to: contact.email })} text={contact.email} />
          {contact.phone && <Detail label={labels.phone} href={`tel:${contact.phone.replace(/\s+/g, '')}`} text={contact.phone} />}
          {contact.url && <Detail label={labels.website} href={contact.url} text={contact.url.replace(/^https?:\/\//, '')} />}
        </View>
      </View>
      {contact.exampleNote && (
        <Text style={styles.example} hyphenationCallback={noHyphenation}>
          {contact.exampleNote}
        </Text>
      )}
    </View>
  );
}
