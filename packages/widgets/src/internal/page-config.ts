/**
 * Page-level configuration: one `<maatwerk-config>` element anywhere on the page sets what every
 * widget on it shares, so a webmaster writes it once and the finder and the sign-up use the same
 * advisers:
 *
 *   <maatwerk-config advisers-src="/data/adviseurs.json" content-src="/data/inhoud.json" lang="nl"></maatwerk-config>
 *
 * A widget's own attribute wins over the page's. The element needs no script of its own (it shows
 * nothing), so it works with any version and any load order.
 */
export type PageSetting = 'advisers-src' | 'content-src' | 'lang';

export function pageConfig(element: Element, setting: PageSetting): string | undefined {
  const value = element.ownerDocument.querySelector('maatwerk-config')?.getAttribute(setting)?.trim();
  return value || undefined;
}
