import { normalise } from './names.ts';
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
  /** An arbeidsmarktregio by code (`AM05`, `am5`, `5`) or by name (case and accents do not matter). */
  findRegion(value: string): Region | undefined;
  adviserFor(regionCode: string): Adviser | undefined;
  readonly municipalities: readonly Municipality[];
  readonly regions: readonly Region[];
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
  /** Current and former CBS codes match exactly or by prefix only, never by typo. */
  isCode: boolean;
  /** masks[n]: the characters of `compact.slice(0, n)` as a bit set, to skip hopeless typo comparisons. */
  masks: Uint32Array;
}

const KIND_ORDER: Record<MatchKind, number> = { name: 0, code: 1, spelling: 2, former: 3 };

export function createMunicipalityIndex(geography: Geography, advisers: Advisers): MunicipalityIndex {
  const regions = new Map(geography.regions.map((region) => [region.code, region]));
  const adviserByRegion = new Map(advisers.advisers.map((adviser) => [adviser.region, adviser]));
  const byCode = new Map(geography.municipalities.map((municipality) => [municipality.code, municipality]));

  // Every name, alias and code, normalised: built on the first search or lookup, as finding by code
  // or region (a report, a regional edition) needs none of it.
  let built: Entry[] | undefined;
  const namesAndCodes = (): Entry[] => {
    if (built) return built;
    const entries: Entry[] = [];
    const add = (text: string, municipality: Municipality, kind: MatchKind, isCode: boolean, alias?: MunicipalityAlias) => {
      const key = normalise(text);
      if (!key) return;
      const compact = key.replaceAll(' ', '');
      entries.push({ key, compact, words: key.split(' '), municipality, kind, matched: text, alias, isCode, masks: prefixMasks(compact) });
    };
    for (const municipality of geography.municipalities) {
      add(municipality.name, municipality, 'name', false);
      add(municipality.code, municipality, 'code', true);
      for (const alias of municipality.aliases ?? []) {
        add(alias.name, municipality, alias.kind, false);
        if (alias.code) add(alias.code, municipality, 'former', true, alias);
      }
    }
    // Attach the alias object to alias entries (added by name above).
    for (const entry of entries) {
      if (entry.kind !== 'name' && entry.kind !== 'code' && !entry.alias) {
        entry.alias = entry.municipality.aliases?.find((alias) => alias.name === entry.matched);
      }
    }
    return (built = entries);
  };

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
    const typed: Query = { key, compact, mask: charMask(compact, compact.length), codePrefix: codePrefix(normalise(query)) };
    const best = new Map<Municipality, { rank: number; entry: Entry }>();
    for (const entry of namesAndCodes()) {
      const rank = matchRank(entry, typed);
      if (rank === null) continue;
      const current = best.get(entry.municipality);
      if (!current || rank < current.rank || (rank === current.rank && KIND_ORDER[entry.kind] < KIND_ORDER[current.entry.kind])) {
        best.set(entry.municipality, { rank, entry });
      }
    }
    return [...best.values()]
      .sort((a, b) => a.rank - b.rank || collator.compare(a.entry.municipality.name, b.entry.municipality.name))
      .slice(0, limit)
      .map(({ entry }) => toMatch(entry));
  }

  function lookup(query: string): LookupResult {
    const key = codeKey(normalise(query));
    const compact = key.replaceAll(' ', '');
    const exact = key
      ? namesAndCodes()
          .filter((entry) => entry.key === key || entry.compact === compact)
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
    findRegion(value) {
      const wanted = value.trim().toUpperCase();
      const digits = /^(?:AM)?\s*0*(\d{1,2})$/.exec(wanted);
      const code = digits ? `AM${digits[1]!.padStart(2, '0')}` : wanted;
      const name = normalise(value);
      return regions.get(code) ?? geography.regions.find((region) => normalise(region.name) === name);
    },
    adviserFor: (regionCode) => adviserByRegion.get(regionCode),
    municipalities: geography.municipalities,
    regions: geography.regions,
  };
}

const CODE = /^(?:gm ?)?(\d{1,4})$/;

/** "363", "0363" and "gm 0363" all mean GM0363. */
function codeKey(key: string): string {
  const digits = CODE.exec(key);
  return digits ? `gm${digits[1]!.padStart(4, '0')}` : key;
}

/** A code being typed: "GM036" and "036" are the start of GM0360 to GM0369. */
function codePrefix(key: string): string | undefined {
  const digits = CODE.exec(key);
  return digits ? `gm${digits[1]}` : undefined;
}

interface Query {
  key: string;
  compact: string;
  mask: number;
  /** Set when the query looks like (the start of) a CBS code. */
  codePrefix: string | undefined;
}

const collator = new Intl.Collator('nl');

/** A bit per character (a-z and 0-9 share 32 bits: a shared bit only makes the filter less strict, never wrong). */
function charMask(text: string, length: number): number {
  let mask = 0;
  for (let index = 0; index < length; index++) mask |= 1 << (text.charCodeAt(index) & 31);
  return mask >>> 0;
}

function prefixMasks(text: string): Uint32Array {
  const masks = new Uint32Array(text.length + 1);
  for (let index = 0; index < text.length; index++) masks[index + 1] = (masks[index]! | (1 << (text.charCodeAt(index) & 31))) >>> 0;
  return masks;
}

function bitCount(value: number): number {
  let count = 0;
  for (let rest = value >>> 0; rest; rest &= rest - 1) count++;
  return count;
}

/**
 * Every character of the query that the other text lacks costs at least one edit, so when more are
 * missing than the edits allowed the (costlier) distance need not be computed.
 */
function couldBeWithin(query: Query, mask: number, allowed: number): boolean {
  return bitCount(query.mask & ~mask) <= allowed;
}

function matchRank(entry: Entry, query: Query): number | null {
  const { key, compact } = query;
  if (entry.key === key || entry.compact === compact) return 0;
  if (entry.key.startsWith(key) || entry.compact.startsWith(compact)) return 1;
  // Codes match exactly or by prefix only; a code is typed without its leading zeros' padding.
  if (entry.isCode) return query.codePrefix !== undefined && entry.key.startsWith(query.codePrefix) ? 1 : null;
  if (entry.words.some((word) => word.startsWith(key))) return 2;
  if (key.length >= 3 && entry.key.includes(key)) return 3;
  // Typo tolerance: compare with the entry's start of the same length (plus one), so half-typed
  // names qualify, and with the whole entry.
  if (compact.length < 4) return null;
  const allowed = compact.length >= 8 ? 2 : 1;
  const length = entry.compact.length;
  const start = Math.min(length, compact.length + 1);
  let best = allowed + 1;
  if (couldBeWithin(query, entry.masks[start]!, allowed)) best = boundedDistance(compact, entry.compact, allowed, start);
  if (best > 0 && start < length && Math.abs(length - compact.length) <= allowed && couldBeWithin(query, entry.masks[length]!, allowed)) {
    best = Math.min(best, boundedDistance(compact, entry.compact, allowed));
  }
  return best <= allowed ? 4 + best : null;
}

// Three reusable rows for boundedDistance: a typeahead calls it for hundreds of entries per key stroke.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)] as const;

/**
 * Optimal string alignment distance (transpositions count as one) between `a` and the first
 * `bLength` characters of `b`, or `limit + 1` once it exceeds `limit`.
 */
export function boundedDistance(a: string, b: string, limit: number, bLength: number = b.length): number {
  const n = Math.min(bLength, b.length);
  if (Math.abs(a.length - n) > limit) return limit + 1;
  if (rows[0].length <= n) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let [previous2, previous, current] = rows;
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) value = Math.min(value, previous2[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [previous2, previous, current] = [previous, current, previous2];
  }
  return Math.min(previous[n]!, limit + 1);
}
