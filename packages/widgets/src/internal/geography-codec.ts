// A compact text form of the municipality data. Every build of the widgets, their browser tests and
// Storybook (scripts/plugins.ts) swap `@maatwerk/model/data/municipalities.json` for
// `decodeGeography(encodeGeography(json))`: about 1.7 KB less gzip than the JSON. A Node test
// (test/node/geography-codec.test.ts) checks that the round trip gives back exactly the same object.
import type { Geography, Municipality, MunicipalityAlias } from '@maatwerk/model';

export interface PackedGeography {
  /** Everything except regions and municipalities, as is. */
  meta: Omit<Geography, 'regions' | 'municipalities'>;
  /** One region a line: `code|name`. */
  regions: string;
  provinces: string[];
  /** The distinct `until` dates of former municipalities. */
  dates: string[];
  /**
   * One municipality a line, in order of CBS code (so the codes are small steps, which compress far
   * better than codes in name order): `step|name|PR|alias|…`, where `step` is the code's number
   * minus the previous line's (GM0014 after GM0010: 4) and `PR` the province and the region index,
   * a base-36 digit each. An alias is `name` (other spelling) or `name>former code's number>date
   * index` (former municipality). Decoding sorts the list by name again, as the JSON has it.
   */
  municipalities: string;
}

const FIELD = '|';
const ALIAS = '>';
const CODE = /^GM\d{4}$/;
const MUNICIPALITY_KEYS = new Set(['code', 'name', 'province', 'region', 'aliases']);
const ALIAS_KEYS = new Set(['name', 'kind', 'code', 'until']);

const byName = (a: Municipality, b: Municipality) => (a.name < b.name ? -1 : 1);
const gm = (number: number | string) => `GM${String(number).padStart(4, '0')}`;

/** Packs the data, or returns undefined when it does not fit the format (the build then stops). */
export function encodeGeography(geography: Geography): PackedGeography | undefined {
  const { regions, municipalities, ...meta } = geography;
  const aliases = municipalities.flatMap((m) => m.aliases ?? []);
  const texts = [
    ...regions.flatMap((region) => [region.code, region.name]),
    ...municipalities.flatMap((m) => [m.name, m.province]),
    ...aliases.flatMap((alias) => [alias.name, alias.until ?? '']),
  ];
  const provinces = [...new Set(municipalities.map((m) => m.province))];
  const regionIndex = new Map(regions.map((region, index) => [region.code, index]));
  const fits =
    !texts.some((text) => /[|>\n]/.test(text)) &&
    [...municipalities, ...aliases].every((item) => item.code === undefined || CODE.test(item.code)) &&
    municipalities.every((m) => regionIndex.has(m.region) && Object.keys(m).every((key) => MUNICIPALITY_KEYS.has(key)) && m.aliases?.length !== 0) &&
    aliases.every((alias) => Object.keys(alias).every((key) => ALIAS_KEYS.has(key)) && (alias.kind === 'former' || (!alias.code && !alias.until))) &&
    municipalities.every((m, index) => index === 0 || byName(municipalities[index - 1]!, m) < 0) &&
    regions.length <= 36 &&
    provinces.length <= 36;
  if (!fits) return undefined;
  const dates = [...new Set(aliases.flatMap((alias) => (alias.until ? [alias.until] : [])))];
  let previous = 0;
  return {
    meta,
    regions: regions.map((region) => `${region.code}${FIELD}${region.name}`).join('\n'),
    provinces,
    dates,
    municipalities: [...municipalities]
      .sort((a, b) => (a.code < b.code ? -1 : 1))
      .map((m) => {
        const number = Number(m.code.slice(2));
        const step = number - previous;
        previous = number;
        const place = provinces.indexOf(m.province).toString(36) + regionIndex.get(m.region)!.toString(36);
        const packed = (m.aliases ?? []).map((alias) =>
          alias.kind === 'former'
            ? [alias.name, alias.code ? Number(alias.code.slice(2)) : '', alias.until ? dates.indexOf(alias.until) : ''].join(ALIAS)
            : alias.name,
        );
        return [step, m.name, place, ...packed].join(FIELD);
      })
      .join('\n'),
  };
}

export function decodeGeography(packed: PackedGeography): Geography {
  const regions = packed.regions.split('\n').map((line) => {
    const [code, name] = line.split(FIELD) as [string, string];
    return { code, name };
  });
  let number = 0;
  const municipalities = packed.municipalities.split('\n').map((line) => {
    const [step, name, place, ...aliases] = line.split(FIELD) as [string, string, string, ...string[]];
    number += Number(step);
    const municipality: Municipality = {
      code: gm(number),
      name,
      province: packed.provinces[parseInt(place[0]!, 36)]!,
      region: regions[parseInt(place[1]!, 36)]!.code,
    };
    if (aliases.length) municipality.aliases = aliases.map((alias) => decodeAlias(alias, packed.dates));
    return municipality;
  });
  return { ...packed.meta, regions, municipalities: municipalities.sort(byName) } as Geography;
}

function decodeAlias(text: string, dates: string[]): MunicipalityAlias {
  if (!text.includes(ALIAS)) return { name: text, kind: 'spelling' };
  const [name, code, date] = text.split(ALIAS) as [string, string, string];
  return { name, kind: 'former', ...(code && { code: gm(code) }), ...(date && { until: dates[Number(date)]! }) };
}
