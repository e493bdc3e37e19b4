// The built-in municipalities and example advisers, with the model's search index over them
// (municipalities.ts), are a chunk of their own: about 8 KB gzip that a page only needs once
// someone looks up a municipality. Elements load it on first use (focus on a municipality field) or
// as soon as their attributes name a municipality. One load per page, shared by every element.
export type MunicipalityData = typeof import('./municipalities.ts');

let loaded: MunicipalityData | undefined;
let loading: Promise<MunicipalityData> | undefined;

/** The built-in data when it has loaded, else undefined. */
export const municipalityDataNow = (): MunicipalityData | undefined => loaded;

/** Loads the built-in data once per page; after a failed load (network, CSP) the next call tries again. */
export function loadMunicipalityData(): Promise<MunicipalityData> {
  return (loading ??= import('./municipalities.ts').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));
}
