// The footnotes under a page: for each figure on it, the source and the peildatum.
import { Link, StyleSheet, Text, View } from '@react-pdf/renderer';
import { noHyphenation } from '../fonts.ts';
import { colors, type } from '../theme.ts';
import type { FigureView } from '../view.ts';
import { useDocument } from './context.ts';
import { tag } from './tags.ts';

const styles = StyleSheet.create({
  block: { borderTopWidth: 0.75, borderTopColor: colors.rule, paddingTop: 4, marginTop: 8 },
  heading: { fontSize: type.note, fontWeight: 700, color: colors.muted, marginBottom: 2 },
  note: { flexDirection: 'row', marginBottom: 1 },
  number: { width: 11, fontSize: type.note, fontWeight: 700, color: colors.accentText },
  text: { flex: 1, fontSize: type.note, lineHeight: 1.25, color: colors.muted },
  link: { color: colors.primary, textDecoration: 'none' },
});

/** `idPrefix` keeps the Note IDs unique when a figure's note appears on more than one page. */
export function Footnotes({ notes, idPrefix = '' }: { notes: FigureView[]; idPrefix?: string }) {
  const { labels } = useDocument();
  return (
    <View style={styles.block} wrap={false} {...tag('Div')}>
      <Text style={styles.heading}>{labels.notesHeading}</Text>
      {notes.map((note) => (
        <View key={note.id} style={styles.note} {...tag({ type: 'Note', id: `${idPrefix}note-${note.note}` })}>
          <Text style={styles.number}>{note.note}</Text>
          <Text style={styles.text} hyphenationCallback={noHyphenation}>
            {note.noteText}
            {note.source.url && (
              <>
                {' '}
                <Link src={note.source.url} style={styles.link}>
                  {note.sourceHost ?? note.source.url}
                </Link>
              </>
            )}
          </Text>
        </View>
      ))}
    </View>
  );
}
