// The studio's pure parts, without a browser: "what changed", zip round trip, number input, paths.
import { describe, expect, test } from 'vitest';
import { changesIn } from '../src/diff.ts';
import { checkDoc, emptyValue, parsePath, publishedDocs, resolve, SCHEMAS } from '../src/documents.ts';
import { buildZip, openFile } from '../src/files.ts';
import { parseNumber } from '../src/form.ts';
import { labelsFor } from '../src/labels.ts';

type Traject = { figures: { id: string; value: number; display: string }[]; why: { paragraphs: string[] }; quote: { author: string } };

describe('what changed', () => {
  const nl = labelsFor('nl');

  test('a figure, a paragraph, an added and a removed figure, in the words of the form', () => {
    const before = publishedDocs().trajectNl as Traject;
    const after = structuredClone(before);
    const started = after.figures.findIndex((figure) => figure.id === 'gemeenten-gestart');
    after.figures[started]!.value = 41;
    after.figures[started]!.display = '41';
    after.why.paragraphs[1] += ' Extra zin.';
    after.figures.splice(0, 1);
    after.figures.push({ ...after.figures[0]!, id: 'nieuw-cijfer' });
    // In the order of the form.
    expect(changesIn('trajectNl', before, after, nl).map((change) => change.text)).toEqual([
      'Waarom een integrale aanpak › Alinea 2: tekst aangepast',
      'Cijfer 1 (laaggeletterden-volwassenen): verwijderd',
      'Cijfer 5 (gemeenten-gestart) › Waarde (getal): van 28 naar 41',
      'Cijfer 5 (gemeenten-gestart) › Zo staat het in het kennisblad: van “28” naar “41”',
      'Cijfer 8 (nieuw-cijfer): toegevoegd',
    ]);
  });

  test('a move is one change, and nothing changed is an empty list', () => {
    const before = publishedDocs().advisers as { advisers: unknown[] };
    expect(changesIn('advisers', before, structuredClone(before), nl)).toEqual([]);
    const after = structuredClone(before);
    after.advisers.unshift(after.advisers.splice(2, 1)[0]);
    const texts = changesIn('advisers', before, after, labelsFor('en')).map((change) => change.text);
    expect(texts).toContain('Adviser 1 (AM03): moved from position 3 to 1');
  });
});

describe('download and open', () => {
  test('a zip holds the data files and opens again; a loose file and a broken file too', () => {
    const docs = publishedDocs();
    (docs.trajectNl as Traject).quote.author = 'Fictieve Woordvoerder';
    const zip = buildZip(docs, { 'kennisblad.pdf': new Uint8Array([37, 80, 68, 70]) });
    const opened = openFile('kennisblad-studio.zip', zip);
    expect(opened.ok && Object.keys(opened.docs).sort()).toEqual(['advisers', 'contentEn', 'contentNl', 'trajectEn', 'trajectNl']);
    expect(opened.ok && (opened.docs.trajectNl as Traject).quote.author).toBe('Fictieve Woordvoerder');
    expect(openFile('advisers.json', new TextEncoder().encode('{"a":1}'))).toEqual({ ok: true, docs: { advisers: { a: 1 } } });
    expect(openFile('advisers.json', new TextEncoder().encode('{'))).toEqual({ ok: false, reason: 'json', name: 'advisers.json' });
    expect(openFile('iets.json', new TextEncoder().encode('{}'))).toEqual({ ok: false, reason: 'nothing' });
  });
});

describe('form helpers', () => {
  test('numbers as Dutch and English users type them', () => {
    expect(parseNumber('15,9')).toBe(15.9);
    expect(parseNumber('2500000')).toBe(2500000);
    expect(parseNumber('15,')).toBe('15,');
    expect(parseNumber('')).toBe('');
  });

  test('issue paths become form paths; a new list item is empty and says so', () => {
    expect(parsePath('figures[2].source.url')).toEqual(['figures', 2, 'source', 'url']);
    const figures = resolve(SCHEMAS.trajectNl, SCHEMAS.trajectNl.properties!.figures!);
    const figure = emptyValue(SCHEMAS.trajectNl, figures.items!);
    expect(figure).toEqual({ id: '', value: 0, display: '', label: '', source: { name: '' }, peildatum: '' });
    const docs = publishedDocs();
    (docs.trajectNl as { figures: unknown[] }).figures.push(figure);
    expect(checkDoc('trajectNl', docs.trajectNl, 'nl').map((issue) => issue.path)).toContain('figures[8].display');
  });

  test('the shipped data is valid in every document', () => {
    const docs = publishedDocs();
    for (const key of Object.keys(docs) as (keyof typeof docs)[]) expect(checkDoc(key, docs[key], 'nl'), key).toEqual([]);
  });
});
