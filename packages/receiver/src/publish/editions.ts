// The stable addresses of the published kennisblad, in one place. Everything lives under one base
// path (default `/kennisblad`):
//
//   kennisblad.pdf, kennisblad.html                  national edition, Dutch
//   en/kennisblad.pdf, en/kennisblad.html            national edition, English
//   <region>/kennisblad.pdf, <region>/kennisblad.html   regional edition (the region's adviser), e.g. twente/
//   en/<region>/kennisblad.pdf ...                   regional edition, English
//   data/traject.nl.json, data/traject.en.json, data/content.nl.json, data/content.en.json,
//   data/advisers.json                               the published data, for `content-src` / `advisers-src`
//
// <region> is the arbeidsmarktregio's name as a slug (`slug()` of the model, the same one every file
// name uses): "Veluwe Stedendriehoek" -> veluwe-stedendriehoek.
import { slug, type Geography, type Lang } from '@maatwerk/model';

/** The five data files a version consists of, named as in `packages/model/data/` and the studio's zip. */
export const DATA_FILES = ['traject.nl.json', 'traject.en.json', 'content.nl.json', 'content.en.json', 'advisers.json'] as const;
export type DataFile = (typeof DATA_FILES)[number];
export type Documents = Record<DataFile, unknown>;

export interface Edition {
  lang: Lang;
  /** Region code (`AM05`), or undefined for the national edition. */
  region?: string;
}

export type Address =
  | { kind: 'document'; edition: Edition; format: 'pdf' | 'html'; /** relative to the base path, the key in the file cache */ file: string }
  | { kind: 'data'; file: DataFile };

/** Headers of every public file: any site may read it (no cookies involved), always revalidated. */
export const PUBLIC_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  // Revalidate every time: a municipal site shows the current advisers the moment they are published.
  'Cache-Control': 'no-cache',
  'Cross-Origin-Resource-Policy': 'cross-origin',
  'X-Content-Type-Options': 'nosniff',
};

export const CONTENT_TYPES = { pdf: 'application/pdf', html: 'text/html; charset=utf-8', json: 'application/json; charset=utf-8' } as const;

export interface Editions {
  /** What a path below the base path (without leading slash) addresses, or undefined. */
  parse(relative: string): Address | undefined;
  /** The relative path of an edition's PDF or HTML twin. */
  fileOf(edition: Edition, format: 'pdf' | 'html'): string;
  /** Every edition with its addresses (for the README, the studio's list and tests). */
  all(): { edition: Edition; name: string; pdf: string; html: string }[];
}

export function createEditions(geography: Geography): Editions {
  const bySlug = new Map(geography.regions.map((region) => [slug(region.name), region]));
  const slugOf = new Map(geography.regions.map((region) => [region.code, slug(region.name)]));
  const fileOf = (edition: Edition, format: 'pdf' | 'html') =>
    [edition.lang === 'en' ? 'en' : '', edition.region ? slugOf.get(edition.region) : '', `kennisblad.${format}`].filter(Boolean).join('/');
  return {
    parse(relative) {
      const parts = relative.split('/');
      if (parts.length === 2 && parts[0] === 'data') return (DATA_FILES as readonly string[]).includes(parts[1]!) ? { kind: 'data', file: parts[1] as DataFile } : undefined;
      const name = parts.pop();
      const format = name === 'kennisblad.pdf' ? 'pdf' : name === 'kennisblad.html' ? 'html' : undefined;
      if (!format) return undefined;
      const lang: Lang = parts[0] === 'en' ? 'en' : 'nl';
      if (lang === 'en') parts.shift();
      if (parts.length > 1) return undefined;
      const region = parts.length ? bySlug.get(parts[0]!) : undefined;
      if (parts.length && !region) return undefined;
      const edition: Edition = { lang, ...(region && { region: region.code }) };
      return { kind: 'document', edition, format, file: fileOf(edition, format) };
    },
    fileOf,
    all() {
      const editions: { edition: Edition; name: string }[] = (['nl', 'en'] as const).flatMap((lang) => [
        { edition: { lang }, name: '' },
        ...geography.regions.map((region) => ({ edition: { lang, region: region.code }, name: region.name })),
      ]);
      return editions.map(({ edition, name }) => ({ edition, name, pdf: fileOf(edition, 'pdf'), html: fileOf(edition, 'html') }));
    },
  };
}
