import type { Lang } from '@maatwerk/model';

export const LANGS: readonly Lang[] = ['nl', 'en'];

/**
 * The language a widget speaks: its own `lang` attribute, else the nearest ancestor's (usually
 * `<html lang>`), else Dutch. Region subtags are ignored ("en-GB" is English); a language we do not
 * have falls back to Dutch.
 */
export function resolveLang(element: HTMLElement): Lang {
  const declared = element.closest('[lang]')?.getAttribute('lang') ?? '';
  const base = declared.trim().toLowerCase().split('-')[0] as Lang;
  return LANGS.includes(base) ? base : 'nl';
}
