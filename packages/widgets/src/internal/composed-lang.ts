import type { Lang } from '@maatwerk/model';
import { langOf } from './lang.ts';
import { pageConfig } from './page-config.ts';

/**
 * Like `resolveLang`, but keeps looking past shadow roots: an element rendered inside another
 * element's shadow root (or a widget placed in a host page's own component) still finds
 * `<html lang>`. Own `lang` attribute first, then the page's `<maatwerk-config lang>`, then the
 * nearest ancestor's, else Dutch.
 */
export function resolveComposedLang(element: Element): Lang {
  const own = element.getAttribute('lang') ?? pageConfig(element, 'lang');
  if (own != null) return langOf(own);
  let node: Element | null = element;
  while (node) {
    const declared = node.closest('[lang]')?.getAttribute('lang');
    if (declared != null) return langOf(declared);
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return 'nl';
}
