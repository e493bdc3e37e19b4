import type { Lang } from '@maatwerk/model';
import { LANGS } from './lang.ts';

/**
 * Like `resolveLang`, but keeps looking past shadow roots: an element rendered inside another
 * element's shadow root (or a widget placed in a host page's own component) still finds
 * `<html lang>`. Own `lang` attribute first, then the nearest ancestor's, else Dutch.
 */
export function resolveComposedLang(element: Element): Lang {
  let node: Element | null = element;
  while (node) {
    const declared = node.closest('[lang]')?.getAttribute('lang');
    if (declared != null) {
      const base = declared.trim().toLowerCase().split('-')[0] as Lang;
      return LANGS.includes(base) ? base : 'nl';
    }
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return 'nl';
}
