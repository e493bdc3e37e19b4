import type { Adviser, Advisers, Geography, Municipality, MunicipalityAlias, Region } from './types.ts';

/** How a query matched: the current name, the CBS code, a former municipality or another spelling. */
export type MatchKind = 'name' | 'code' | 'former' | 'spelling';

export interface MunicipalityMatch {
  municipality: Municipality;
  region: Region;
  /** Undefined when the advisers file has no record for the region. */
  adviser: Adviser | undefined;
  kind: MatchKind;
  /** The name or code that matched, as written in the data. */
  matched: string;
  /** The alias that matched, for a former municipality or other spelling. */
  alias?: MunicipalityAlias;
}

export type LookupResult =
  | { found: true; match: MunicipalityMatch }
  | { found: false; query: string; suggestions: MunicipalityMatch[] };

export interface MunicipalityIndex {
  /** Ranked suggestions for a typeahead: exact, then prefix, word prefix, substring, then small typos. */
  search(query: string, limit?: number): MunicipalityMatch[];
  /** One municipality for a name, alias or code; otherwise "not found" with the closest suggestions. Never throws. */
  lookup(query: string): LookupResult;
  byCode(code: string): Municipality | undefined;
  region(code: string): Region | undefined;
  adviserFor(regionCode: string): Adviser | undefined;
  readonly municipalities: readonly Municipality[];
  readonly regions: readonly Region[];
}

/** Lower case, no accents, apostrophes dropped, any other punctuation a single space. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2018\u2019`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

interface Entry {
  key: string;
  /** Key without spaces, so "sudwestfryslan" and "sudwest fryslan" meet. */
  compact: string;
  words: string[];
  municipality: Municipality;
  kind: MatchKind;
  matched: string;
  alias?: MunicipalityAlias;
}

const KIND_ORDER: Record<MatchKind, number> = { name: 0, code: 1, spelling: 2, former: 3 };

export function createMunicipalityIndex(geography: Geography, advisers: Advisers): MunicipalityIndex {
  const regions = new Map(geography.regions.map((region) => [region.code, region]));
  const adviserByRegion = new Map(advisers.advisers.map((adviser) => [adviser.region, adviser]));
  const byCode = new Map(geography.municipalities.map((municipality) => [municipality.code, municipality]));

  const entries: Entry[] = [];
  const add = (text: string, municipality: Municipality, kind: MatchKind, alias?: MunicipalityAlias) => {
    const key = normalise(text);
    if (!key) return;
    entries.push({ key, compact: key.replaceAll(' ', ''), words: key.split(' '), municipality, kind, matched: text, alias });
  };
  for (const municipality of geography.municipalities) {
    add(municipality.name, municipality, 'name');
    add(municipality.code, municipality, 'code');
    for (const alias of municipality.aliases ?? []) {
      add(alias.name, municipality, alias.kind);
      if (alias.code) add(alias.code, municipality, 'former', alias);
    }
  }
  // Attach the alias object to alias entries (added by name above).
  for (const entry of entries) {
    if (entry.kind !== 'name' && entry.kind !== 'code' && !entry.alias) {
      entry.alias = entry.municipality.aliases?.find((alias) => alias.name === entry.matched);
    }
  }

  const toMatch = (entry: Entry): MunicipalityMatch => {
    const region = regions.get(entry.municipality.region);
    if (!region) throw new Error(`Municipality ${entry.municipality.code} refers to unknown region ${entry.municipality.region}`);
    return {
      municipality: entry.municipality,
      region,
      adviser: adviserByRegion.get(region.code),
      kind: entry.kind,
      matched: entry.matched,
      ...(entry.alias && { alias: entry.alias }),
    };
  };

  function search(query: string, limit = 8): MunicipalityMatch[] {
    const key = codeKey(normalise(query));
    if (!key) return [];
    const compact = key.replaceAll(' ', '');
    const best = new Map<Municipality, { rank: number; entry: Entry }>();
    for (const entry of entries) {
      const rank = matchRank(entry, key, compact);
      if (rank === null) continue;
      const current = best.get(entry.municipality);
      if (!current || rank < current.rank || (rank === current.rank && KIND_ORDER[entry.kind] < KIND_ORDER[current.entry.kind])) {
        best.set(entry.municipality, { rank, entry });
      }
    }
    return [...best.values()]
      .sort((a, b) => a.rank - b.rank || a.entry.municipality.name.localeCompare(b.entry.municipality.name, 'nl'))
      .slice(0, limit)
      .map(({ entry }) => toMatch(entry));
  }

  function lookup(query: string): LookupResult {
    const key = codeKey(normalise(query));
    const exact = key
      ? entries
          .filter((entry) => entry.key === key || entry.compact === key.replaceAll(' ', ''))
          .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind])
      : [];
    const municipalities = new Set(exact.map((entry) => entry.municipality));
    if (exact[0] && municipalities.size === 1) return { found: true, match: toMatch(exact[0]) };
    return { found: false, query, suggestions: search(query, 5) };
  }

  return {
    search,
    lookup,
    byCode: (code) => byCode.get(code.toUpperCase()),
    region: (code) => regions.get(code),
    adviserFor: (regionCode) => adviserByRegion.get(regionCode),
    municipalities: geography.municipalities,
    regions: geography.regions,
  };
}

/** "363", "0363" and "gm 0363" all mean GM0363. */
function codeKey(key: string): string {
  const digits = /^(?:gm ?)?(\d{1,4})$/.exec(key);
  return digits ? `gm${digits[1]!.padStart(4, '0')}` : key;
}

function matchRank(entry: Entry, key: string, compact: string): number | null {
  if (entry.key === key || entry.compact === compact) return 0;
  if (entry.key.startsWith(key) || entry.compact.startsWith(compact)) return 1;
  if (entry.kind === 'code') return null; // codes match exactly or by prefix only
  if (entry.words.some((word) => word.startsWith(key))) return 2;
  if (key.length >= 3 && entry.key.includes(key)) return 3;
  // Typo tolerance: compare with the entry's start of the same length, so half-typed names qualify.
  if (compact.length < 4) return null;
  const allowed = compact.length >= 8 ? 2 : 1;
  const distance = boundedDistance(compact, entry.compact.slice(0, compact.length + 1), allowed);
  const whole = boundedDistance(compact, entry.compact, allowed);
  const best = Math.min(distance, whole);
  return best <= allowed ? 4 + best : null;
}

/** Optimal string alignment distance (transpositions count as one), or `limit + 1` once it exceeds `limit`. */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit + 1) return limit + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous2 = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, limit + 1);
}
