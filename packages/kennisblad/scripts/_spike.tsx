import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Document, Page, Text, View, Svg, Rect, renderToBuffer } from '@react-pdf/renderer';
import { registerFonts, FONT_FILES, FONT_FAMILY } from '../src/fonts.ts';
const require = createRequire(import.meta.url);
const dir = dirname(require.resolve('source-sans/package.json'));
registerFonts(Object.fromEntries(Object.entries(FONT_FILES).map(([k, f]) => [k, join(dir, 'TTF', f)])) as never);
const doc = (
  <Document title="Test & co" author="Stichting Lezen & Schrijven" subject="s" keywords="a, b" language="nl-NL" creationDate={new Date('2026-01-01T00:00:00Z')} modificationDate={new Date('2026-01-01T00:00:00Z')} creator="x" producer="y" pageMode="useOutlines">
    <Page size="A4" style={{ fontFamily: FONT_FAMILY, fontSize: 11, padding: 40 }}>
      <Text bookmark={{ title: 'Kop' }} style={{ fontWeight: 700 }}>Tweeëntwintig ruïnes, ĳverig café’s ‘quote’ — ij</Text>
      <Text style={{ fontStyle: 'italic' }}>De laaggeletterdheid basisvaardigheden arbeidsmarktregio gemeente ondersteuning beleidsmedewerkers laaggeletterdheid basisvaardigheden arbeidsmarktregio gemeente ondersteuning beleidsmedewerkers</Text>
      <View style={{ flexDirection: 'row' }}><Text style={{ fontWeight: 600 }}>semibold</Text></View>
      <Svg width={100} height={50}><Rect x={0} y={0} width={100} height={50} fill="#c00" /></Svg>
    </Page>
  </Document>
);
let t = performance.now();
const a = await renderToBuffer(doc);
console.log('first', performance.now() - t);
t = performance.now();
const b = await renderToBuffer(doc);
console.log('second', performance.now() - t, a.equals(b), a.length);
const fs = await import('node:fs');
fs.writeFileSync('/tmp/spike.pdf', a);
