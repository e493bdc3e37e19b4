// The one shape of user-facing text, in every package: a text type per component (an interface of
// strings and of functions that build a string from values) and a catalogue with one object of
// that type per language, each in a file of its own (`<name>.nl.ts`, `<name>.en.ts`). Dutch is
// always at hand; another language may be given as a loader, so a browser bundle fetches it only
// when a page asks for it. Node code (model, kennisblad, receiver) gives every language directly.
import type { Lang } from './types.ts';

export const LANGS: readonly Lang[] = ['nl', 'en'];

/** One component's text in every language. */
export type Catalogue<T> = { readonly nl: T } & { readonly [L in Exclude<Lang, 'nl'>]: T | (() => Promise<T>) };

/** `en-GB`, ` EN ` -> `en`; a language we have no text for -> undefined. */
export function toLang(value: string | null | undefined): Lang | undefined {
  const base = (value ?? '').trim().toLowerCase().split('-')[0] as Lang;
  return LANGS.includes(base) ? base : undefined;
}

const loaded = new WeakMap<Catalogue<unknown>, Partial<Record<Lang, unknown>>>();

/** The text in `lang` when it is at hand (given directly, or loaded before); else undefined. */
export function textNow<T>(catalogue: Catalogue<T>, lang: Lang): T | undefined {
  const entry = catalogue[lang];
  if (typeof entry !== 'function') return entry as T;
  return loaded.get(catalogue)?.[lang] as T | undefined;
}

/** The text in `lang`, loading it once when needed; Dutch when it cannot be loaded. */
export async function loadText<T>(catalogue: Catalogue<T>, lang: Lang): Promise<T> {
  const now = textNow(catalogue, lang);
  if (now) return now;
  const load = catalogue[lang] as () => Promise<T>;
  const text = await load().catch(() => catalogue.nl);
  const cache = loaded.get(catalogue) ?? {};
  cache[lang] = text;
  loaded.set(catalogue, cache);
  return text;
}

/** The text in `lang` for Node code, where every language is given directly. */
export function textIn<T>(catalogue: Catalogue<T>, lang: Lang): T {
  return textNow(catalogue, lang) ?? catalogue.nl;
}
