import type { Lang } from '@maatwerk/model';
import { pageConfig } from './page-config.ts';

export const LANGS: readonly Lang[] = ['nl', 'en'];

/**
 * The language a widget speaks: its own `lang` attribute, else the page's `<maatwerk-config lang>`,
 * else the nearest ancestor's (usually `<html lang>`), else Dutch. Region subtags are ignored ("en-GB" is English); a language we do not
 * have falls back to Dutch.
 */
export function resolveLang(element: HTMLElement): Lang {
  const declared = element.getAttribute('lang') ?? pageConfig(element, 'lang') ?? element.closest('[lang]')?.getAttribute('lang') ?? '';
  return langOf(declared);
}

/** "en-GB" -> "en"; a language we do not have -> Dutch. */
export function langOf(declared: string): Lang {
  const base = declared.trim().toLowerCase().split('-')[0] as Lang;
  return LANGS.includes(base) ? base : 'nl';
}
