// How to sign up: through the adviser in your region. The regional edition names that adviser;
// the national edition explains the regions and points to the general contact.
import { StyleSheet, View } from '@react-pdf/renderer';
import type { KennisbladView } from '../view.ts';
import { ContactCard } from './Contact.tsx';
import { FigureCard, Paragraph, Paragraphs, SectionHeading } from './parts.tsx';
import { tag } from './tags.ts';

const styles = StyleSheet.create({
  section: { marginBottom: 6 },
  row: { flexDirection: 'row' },
  text: { flex: 2.1, paddingRight: 16 },
  side: { flex: 1 },
  emphasis: { fontWeight: 600, marginBottom: 4 },
  contact: { marginTop: 4 },
});

export function SignUp({ section }: { section: KennisbladView['signUp'] }) {
  return (
    <View style={styles.section} {...tag('Sect')} wrap={false}>
      <SectionHeading>{section.heading}</SectionHeading>
      <View style={styles.row}>
        <View style={styles.text}>
          <Paragraphs texts={section.paragraphs} />
        </View>
        <View style={styles.side}>
          {section.figures.map((figure) => (
            <FigureCard key={figure.id} figure={figure} />
          ))}
        </View>
      </View>
      {/* Full width: a region's list of municipalities can be long. */}
      {section.regionText && <Paragraph style={styles.emphasis}>{section.regionText}</Paragraph>}
      {section.finder && <Paragraph style={styles.emphasis}>{section.finder}</Paragraph>}
      <View style={styles.contact}>
        <ContactCard contact={section.contact} />
      </View>
    </View>
  );
}
