// A compact text form of the municipality data, for the embed bundles only. `scripts/build.ts`
// swaps `@maatwerk/model/data/municipalities.json` for `decodeGeography(encodeGeography(json))`:
// about 1.5 KB less gzip in every entry that carries the data. Tests, Storybook and the dev server
// import the JSON itself; a test checks that the round trip gives back exactly the same object.
import type { Geography, Municipality, MunicipalityAlias } from '@maatwerk/model';

export interface PackedGeography {
  /** Everything except regions and municipalities, as is. */
  meta: Omit<Geography, 'regions' | 'municipalities'>;
  /** One region a line: `code|name`. */
  regions: string;
  provinces: string[];
  /**
   * One municipality a line: `code without GM|name|province index|region index|alias|…`; an alias
   * is `name` (other spelling) or `name>former code without GM>until` (former municipality).
   */
  municipalities: string;
}

const FIELD = '|';
const ALIAS = '>';

/** Packs the data, or returns undefined when it does not fit the format (then the bundle keeps the JSON). */
export function encodeGeography(geography: Geography): PackedGeography | undefined {
  const { regions, municipalities, ...meta } = geography;
  const texts = [
    ...regions.flatMap((region) => [region.code, region.name]),
    ...municipalities.flatMap((municipality) => [
      municipality.name,
      municipality.province,
      ...(municipality.aliases ?? []).flatMap((alias) => [alias.name, alias.code ?? '', alias.until ?? '']),
    ]),
  ];
  if (texts.some((text) => /[|>\n]/.test(text))) return undefined;
  const codes = [...municipalities.map((m) => m.code), ...municipalities.flatMap((m) => (m.aliases ?? []).flatMap((a) => (a.code ? [a.code] : [])))];
  if (codes.some((code) => !code.startsWith('GM'))) return undefined;
  const regionIndex = new Map(regions.map((region, index) => [region.code, index]));
  if (municipalities.some((m) => !regionIndex.has(m.region))) return undefined;
  const provinces = [...new Set(municipalities.map((m) => m.province))];
  return {
    meta,
    regions: regions.map((region) => `${region.code}${FIELD}${region.name}`).join('\n'),
    provinces,
    municipalities: municipalities
      .map((m) =>
        [
          m.code.slice(2),
          m.name,
          provinces.indexOf(m.province),
          regionIndex.get(m.region),
          ...(m.aliases ?? []).map((alias) =>
            alias.kind === 'former' ? [alias.name, alias.code?.slice(2) ?? '', alias.until ?? ''].join(ALIAS) : alias.name,
          ),
        ].join(FIELD),
      )
      .join('\n'),
  };
}

export function decodeGeography(packed: PackedGeography): Geography {
  const regions = packed.regions.split('\n').map((line) => {
    const [code, name] = line.split(FIELD) as [string, string];
    return { code, name };
  });
  const municipalities = packed.municipalities.split('\n').map((line) => {
    const [code, name, province, region, ...aliases] = line.split(FIELD) as [string, string, string, string, ...string[]];
    const municipality: Municipality = { code: `GM${code}`, name, province: packed.provinces[+province]!, region: regions[+region]!.code };
    if (aliases.length) municipality.aliases = aliases.map(decodeAlias);
    return municipality;
  });
  return { ...packed.meta, regions, municipalities } as Geography;
}

function decodeAlias(text: string): MunicipalityAlias {
  if (!text.includes(ALIAS)) return { name: text, kind: 'spelling' };
  const [name, code, until] = text.split(ALIAS) as [string, string, string];
  return { name, kind: 'former', ...(code && { code: `GM${code}` }), ...(until && { until }) };
}
