import { VERSION } from './version.ts';

/** Our element classes carry the version that registered them, so a later copy can say which one won. */
interface Versioned {
  maatwerkVersion?: string;
}

/**
 * Registers a public element unless the tag is taken. Embeds get loaded twice (two script tags, a
 * per-element script next to the all-in-one, two versions); defining a tag twice would throw and
 * break the host page's script. The first registration wins. When it is not this version's, the
 * webmaster reads once in the console which version (or other script) holds the tag.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  (constructor as Versioned).maatwerkVersion ??= VERSION;
  const existing = customElements.get(tag) as (CustomElementConstructor & Versioned) | undefined;
  if (!existing) {
    customElements.define(tag, constructor);
    return;
  }
  if (existing === constructor || existing.maatwerkVersion === VERSION) return;
  const winner = existing.maatwerkVersion ? `Maatwerk ${existing.maatwerkVersion}` : 'another script on this page';
  console.warn(
    `Maatwerk ${VERSION}: <${tag}> is already defined by ${winner}, so the page uses that one. ` +
      'Load the Maatwerk scripts of one version only (maatwerk.js or the per-element scripts from the same folder).',
  );
}

/**
 * Registers an internal element (one a widget renders in its shadow root) under a tag of its own: the
 * base name, or the first free `base-2`, `base-3`... Every copy of the code on a page (each entry
 * bundle, each version) then renders its own class, which shares module state with the widget
 * around it, whatever registered first. Returns the tag to render.
 */
export function defineInternalElement(base: string, constructor: CustomElementConstructor): string {
  if (typeof customElements === 'undefined') return base;
  const registered = customElements.getName(constructor);
  if (registered) return registered;
  let tag = base;
  for (let n = 2; customElements.get(tag); n++) tag = `${base}-${n}`;
  customElements.define(tag, constructor);
  return tag;
}
