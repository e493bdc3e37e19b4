// Municipality lookup and search (the adviser finder's typeahead), and the geography and adviser
// data behind it.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMunicipalityIndex, normalise, type Advisers, type Geography, type LookupResult, type MunicipalityIndex } from '../src/index.ts';
import { boundedDistance } from '../src/lookup.ts';
import { deepFreeze, shipped } from './support.ts';

let geography: Geography;
let advisers: Advisers;
let index: MunicipalityIndex;

beforeAll(async () => {
  const dataset = await shipped();
  geography = deepFreeze(dataset.geography);
  advisers = deepFreeze(dataset.advisers);
  index = createMunicipalityIndex(geography, advisers);
});

const withoutAccents = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');

function found(result: LookupResult) {
  if (!result.found) throw new Error(`Not found: "${result.query}" (suggestions: ${result.suggestions.map((s) => s.municipality.name).join(', ')})`);
  return result.match;
}

describe('lookup by name and code', { timeout: 30_000 }, () => {
  it('finds every municipality by its exact name, lower case, and without accents', () => {
    for (const municipality of geography.municipalities) {
      for (const query of [municipality.name, municipality.name.toLowerCase(), withoutAccents(municipality.name), ` ${municipality.name.toUpperCase()} `]) {
        const match = found(index.lookup(query));
        expect(match.municipality.code, query).toBe(municipality.code);
        expect(match.kind, query).toBe('name');
        expect(match.matched).toBe(municipality.name);
      }
    }
  });

  it('finds every municipality by its CBS code, in any common notation', () => {
    for (const municipality of geography.municipalities) {
      const digits = municipality.code.slice(2);
      for (const query of [municipality.code, municipality.code.toLowerCase(), `GM ${digits}`, digits, String(Number(digits))]) {
        const match = found(index.lookup(query));
        expect(match.municipality.code, query).toBe(municipality.code);
        expect(match.kind, query).toBe('code');
      }
      expect(index.byCode(municipality.code)).toBe(municipality);
      expect(index.byCode(municipality.code.toLowerCase())).toBe(municipality);
    }
  });

  it('returns municipality -> region -> adviser', () => {
    // Assen lies in Drenthe, but in the labour-market region Groningen (with all of North Drenthe).
    const match = found(index.lookup('Assen'));
    expect(match.municipality).toMatchObject({ code: 'GM0106', name: 'Assen', province: 'Drenthe' });
    expect(match.region).toEqual({ code: 'AM01', name: 'Groningen' });
    expect(match.adviser).toBe(advisers.advisers.find((adviser) => adviser.region === 'AM01'));
    expect(found(index.lookup('Emmen')).region).toEqual({ code: 'AM03', name: 'Drenthe' });
  });

  it('resolves every alias to its current municipality', () => {
    let aliases = 0;
    for (const municipality of geography.municipalities) {
      for (const alias of municipality.aliases ?? []) {
        aliases++;
        const match = found(index.lookup(alias.name));
        expect(match.municipality.code, alias.name).toBe(municipality.code);
        // An alias that only differs in accents or punctuation is the name itself.
        const sameAsName = normalise(alias.name).replaceAll(' ', '') === normalise(municipality.name).replaceAll(' ', '');
        expect(match.kind, alias.name).toBe(sameAsName ? 'name' : alias.kind);
        if (!sameAsName) expect(match.alias).toEqual(alias);
        if (alias.code) {
          const byCode = found(index.lookup(alias.code));
          expect(byCode.municipality.code, alias.code).toBe(municipality.code);
          expect(byCode).toMatchObject({ kind: 'former', matched: alias.code, alias });
        }
      }
    }
    expect(aliases).toBeGreaterThan(50);
  });

  it.each([
    ['Weesp', 'Amsterdam', 'former'],
    ['weesp', 'Amsterdam', 'former'],
    ['GM0457', 'Amsterdam', 'former'],
    ['den bosch', "'s-Hertogenbosch", 'spelling'],
    ['Den Bosch', "'s-Hertogenbosch", 'spelling'],
    ['s-Hertogenbosch', "'s-Hertogenbosch", 'name'],
    ["’s-Hertogenbosch", "'s-Hertogenbosch", 'name'],
    ['Den Haag', "'s-Gravenhage", 'spelling'],
    ['sudwest fryslan', 'Súdwest-Fryslân', 'name'],
    ['Sudwest-Fryslan', 'Súdwest-Fryslân', 'name'],
    ['SúdwestFryslân', 'Súdwest-Fryslân', 'name'],
    ['Haaren', 'Oisterwijk', 'former'],
    ['Brielle', 'Voorne aan Zee', 'former'],
    ['Hengelo', 'Hengelo (O.)', 'spelling'],
    ['Ljouwert', 'Leeuwarden', 'spelling'],
  ] as const)('"%s" -> %s (%s)', (query, name, kind) => {
    const match = found(index.lookup(query));
    expect(match.municipality.name).toBe(name);
    expect(match.kind).toBe(kind);
  });

  it('tells which former municipality matched and until when it existed', () => {
    const match = found(index.lookup('Weesp'));
    expect(match.alias).toEqual({ name: 'Weesp', kind: 'former', code: 'GM0457', until: '2022-03-23' });
    expect(match.region.code).toBe('AM18');
  });
});

describe('search for a typeahead', { timeout: 30_000 }, () => {
  const names = (query: string, limit?: number) => index.search(query, limit).map((match) => match.municipality.name);

  it('tolerates small typos', () => {
    expect(names('amsterdm')[0]).toBe('Amsterdam');
    expect(names('groningn')[0]).toBe('Groningen');
    expect(names('Rotterdma')).toContain('Rotterdam'); // transposition
    expect(names('eindhovn')).toContain('Eindhoven');
    expect(names('Zwole')).toContain('Zwolle');
  });

  it('suggests the intended municipality when a typo is not found', () => {
    for (const [query, name] of [
      ['amsterdm', 'Amsterdam'],
      ['groningn', 'Groningen'],
      ['Utrech', 'Utrecht'],
    ] as const) {
      const result = index.lookup(query);
      expect(result.found, query).toBe(false);
      if (result.found) continue;
      expect(result.query).toBe(query);
      expect(result.suggestions.map((s) => s.municipality.name), query).toContain(name);
      expect(result.suggestions.length).toBeLessThanOrEqual(5);
    }
  });

  it('finds by prefix, as the user types', () => {
    expect(names('Amst')).toEqual(expect.arrayContaining(['Amstelveen', 'Amsterdam']));
    expect(names('utr').slice(0, 2)).toEqual(['Utrecht', 'Utrechtse Heuvelrug']);
    expect(names('sudw')[0]).toBe('Súdwest-Fryslân');
    expect(names('den b')[0]).toBe("'s-Hertogenbosch");
  });

  it('finds a code while it is being typed', () => {
    for (const query of ['GM036', 'gm 036', '036']) expect(names(query), query).toEqual(['Alkmaar', 'Amstelveen', 'Amsterdam']);
    // current codes and codes of former municipalities alike
    const startsWithGM0 = geography.municipalities.filter((m) => [m.code, ...(m.aliases ?? []).map((a) => a.code ?? '')].some((c) => c.startsWith('GM0')));
    expect(names('GM0', 400)).toHaveLength(startsWithGM0.length);
    expect(names('GM0363')).toEqual(['Amsterdam']);
  });

  it('finds by a later word and by part of a name', () => {
    expect(names('heuvelrug')).toContain('Utrechtse Heuvelrug');
    expect(names('Rijn')[0]).toBe('Alphen aan den Rijn'); // a word of the name
    expect(index.search('Rijn')[1]).toMatchObject({ kind: 'former', matched: 'Neerijnen' }); // part of a former name
    expect(index.search('Rijn')[1]?.municipality.name).toBe('West Betuwe');
  });

  it('ranks exact before prefix before typo, and respects the limit', () => {
    const groningen = index.search('Groningen');
    expect(groningen[0]?.municipality.name).toBe('Groningen');
    expect(groningen[0]?.kind).toBe('name');
    expect(index.search('a', 3)).toHaveLength(3);
    expect(index.search('a')).toHaveLength(8);
    for (const limit of [1, 5, 20]) expect(index.search('ber', limit).length).toBeLessThanOrEqual(limit);
  });

  it('lists each municipality once, even when several of its names match', () => {
    const results = index.search('sudwest', 20).map((match) => match.municipality.code);
    expect(new Set(results).size).toBe(results.length);
  });

  it('does not typo-match codes: a wrong code suggests no arbitrary municipality', () => {
    // GM0458 does not exist; GM0457 (Weesp) is one digit away and must not be suggested.
    expect(index.search('GM0458')).toEqual([]);
    expect(index.search('0458')).toEqual([]);
  });

  it('gives suggestions for ambiguous input instead of guessing', () => {
    const result = index.lookup('Bergen');
    expect(result.found).toBe(false);
    if (result.found) return;
    expect(result.suggestions.map((s) => s.municipality.name)).toEqual(expect.arrayContaining(['Bergen (L.)', 'Bergen (NH.)']));
  });

  it('returns "not found" with no suggestions for nonsense and empty input', () => {
    for (const query of ['', '   ', '---', 'xyzzyqq', '!!!']) {
      const result = index.lookup(query);
      expect(result).toEqual({ found: false, query, suggestions: [] });
      expect(index.search(query)).toEqual([]);
    }
  });

  it('never throws, whatever is typed (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.constantFrom("'s", 'gm', '0', 'GM 0', 'ĳ', 'ß')), (query) => {
        const result = index.lookup(query);
        if (result.found) expect(normalise(query)).not.toBe('');
        else expect(result.suggestions.length).toBeLessThanOrEqual(5);
        expect(index.search(query).length).toBeLessThanOrEqual(8);
      }),
      { numRuns: 500 },
    );
  });

  it('finds a municipality after one random typo in its name (property)', () => {
    const long = () => geography.municipalities.filter((m) => normalise(m.name).replaceAll(' ', '').length >= 6);
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.constantFrom('delete', 'insert', 'replace', 'swap'), fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), (which, at, edit, letter) => {
        const candidates = long();
        const municipality = candidates[which % candidates.length]!;
        const name = normalise(municipality.name);
        const i = at % (name.length - 1);
        const typo =
          edit === 'delete'
            ? name.slice(0, i) + name.slice(i + 1)
            : edit === 'insert'
              ? name.slice(0, i) + letter + name.slice(i)
              : edit === 'replace'
                ? name.slice(0, i) + letter + name.slice(i + 1)
                : name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
        const codes = index.search(typo, 50).map((match) => match.municipality.code);
        expect(codes, `${typo} for ${municipality.name}`).toContain(municipality.code);
      }),
      { numRuns: 300 },
    );
  });
});

describe('boundedDistance (typo measure)', () => {
  it.each([
    ['amsterdam', 'amsterdam', 0],
    ['amsterdm', 'amsterdam', 1],
    ['rotterdma', 'rotterdam', 1],
    ['groningn', 'groningen', 1],
    ['abc', 'xyz', 3],
  ])('%s ~ %s = %i (capped at limit + 1)', (a, b, distance) => {
    expect(boundedDistance(a, b, 2)).toBe(Math.min(distance, 3));
    expect(boundedDistance(b, a, 2)).toBe(Math.min(distance, 3));
  });

  it('compares with a prefix when given a length', () => {
    expect(boundedDistance('amstr', 'amsterdam', 1, 6)).toBe(1);
  });

  it('is symmetric and zero only for equal strings (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.nat({ max: 3 }), (a, b, limit) => {
        const d = boundedDistance(a, b, limit);
        expect(d).toBe(boundedDistance(b, a, limit));
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(limit + 1);
        expect(d).toBeGreaterThanOrEqual(Math.min(Math.abs(a.length - b.length), limit + 1));
      }),
    );
  });
});

describe('regions', () => {
  it('has the 35 arbeidsmarktregio\'s, each once', () => {
    const codes = geography.regions.map((region) => region.code);
    expect(codes).toHaveLength(35);
    expect(new Set(codes).size).toBe(35);
    for (const code of codes) expect(code).toMatch(/^AM\d{2}$/);
  });

  it('maps every municipality to exactly one of them, and every region has municipalities', () => {
    const regions = new Set(geography.regions.map((region) => region.code));
    const count = new Map<string, number>();
    for (const municipality of geography.municipalities) {
      expect(regions.has(municipality.region), municipality.name).toBe(true);
      expect(index.region(municipality.region)).toBeDefined();
      count.set(municipality.region, (count.get(municipality.region) ?? 0) + 1);
    }
    for (const region of geography.regions) expect(count.get(region.code) ?? 0, region.name).toBeGreaterThanOrEqual(1);
  });

  it('has unique municipality codes and names, and never reuses a former code', () => {
    const codes = geography.municipalities.map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(geography.municipalities.map((m) => normalise(m.name))).size).toBe(codes.length);
    const current = new Set(codes);
    for (const municipality of geography.municipalities) {
      for (const alias of municipality.aliases ?? []) {
        if (alias.code) expect(current.has(alias.code), `${alias.name} ${alias.code}`).toBe(false);
        if (alias.kind === 'former') {
          expect(alias.code, alias.name).toMatch(/^GM\d{4}$/);
          expect(alias.until! < geography.peildatum, alias.name).toBe(true);
        }
      }
    }
  });

  it('says its peildatum and its source (CBS)', () => {
    expect(geography.peildatum).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(geography.source.name).toMatch(/CBS/);
  });
});

describe('advisers', () => {
  it('has an adviser for every region, once', () => {
    const regions = advisers.advisers.map((adviser) => adviser.region);
    expect(new Set(regions).size).toBe(regions.length);
    for (const region of geography.regions) expect(index.adviserFor(region.code), region.name).toBeDefined();
    for (const municipality of geography.municipalities) expect(found(index.lookup(municipality.code)).adviser).toBeDefined();
  });

  it('is fictional example data: marked as such, on example.org only, no dialable numbers', () => {
    // We must never ship real contact data: L&S replaces this file with its real list.
    expect(advisers.example).toBe(true);
    const people = [...advisers.advisers, advisers.general];
    for (const person of people) {
      expect(person.email, person.name).toMatch(/@example\.org$/);
      for (const url of [('url' in person && person.url) || undefined, ('photoUrl' in person && person.photoUrl) || undefined]) {
        if (url) expect(new URL(url).hostname, person.name).toMatch(/(^|\.)example\.org$/);
      }
      // Dutch subscriber numbers never start with 0: "+31 30 000 ..." cannot reach anyone.
      if (person.phone) expect(person.phone, person.name).toMatch(/^\+31 \d{2} 000 /);
    }
    expect(advisers.source).toMatch(/[Ff]ictie/);
  });
});
