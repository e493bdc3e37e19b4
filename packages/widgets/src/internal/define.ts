/**
 * Registers a custom element unless the tag is taken. Embeds get loaded twice (two script tags, two
 * versions of the bundle); defining a tag twice would throw and break the host page's script.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, constructor);
}
