// Regions as the inbox needs them, from the model's geography: which municipalities (current and
// former codes) make up an arbeidsmarktregio, and what an account may see.
import type { Geography } from '@maatwerk/model';
import { visibleRegions, type Account } from '../accounts.ts';
import type { Visibility } from './sign-ups.ts';

export interface Regions {
  list: ReadonlyArray<{ code: string; name: string }>;
  nameOf(region: string): string;
  /** The region of a municipality code (also a former municipality's code), if known. */
  regionOf(municipalityCode: string): string | undefined;
  municipalitiesOf(region: string): readonly string[];
  visibility(account: Account): Visibility;
  /** Regions an account may pick in the filter. */
  visibleTo(account: Account): ReadonlyArray<{ code: string; name: string }>;
}

export function createRegions(geography: Geography): Regions {
  const byMunicipality = new Map<string, string>();
  const byRegion = new Map<string, string[]>(geography.regions.map((region) => [region.code, []]));
  for (const municipality of geography.municipalities) {
    const codes = [municipality.code, ...(municipality.aliases ?? []).flatMap((alias) => (alias.code ? [alias.code] : []))];
    for (const code of codes) {
      byMunicipality.set(code, municipality.region);
      byRegion.get(municipality.region)?.push(code);
    }
  }
  const names = new Map(geography.regions.map((region) => [region.code, region.name]));
  const regions: Regions = {
    list: geography.regions,
    nameOf: (region) => names.get(region) ?? region,
    regionOf: (code) => byMunicipality.get(code),
    municipalitiesOf: (region) => byRegion.get(region) ?? [],
    visibility(account) {
      const visible = visibleRegions(account);
      return visible === 'all' ? 'all' : visible.flatMap((region) => regions.municipalitiesOf(region));
    },
    visibleTo(account) {
      const visible = visibleRegions(account);
      return visible === 'all' ? geography.regions : geography.regions.filter((region) => visible.includes(region.code));
    },
  };
  return regions;
}
