// The three elements work together when they share a page: the scan's municipality goes to the
// finder, the finder's to the sign-up form, and the form reads the scan's result. One way to find
// the other element, wherever the page put them (side by side in one shadow root, or not), and
// to take the visitor there. Kept out of the focus controller's module: the finder meets its
// neighbours only in its result chunk, so this code can travel in that chunk, not its entry.

/** The element `tag` next to `host`: in host's own root (document or shadow root) first, else in the document. */
export function neighbour<T extends Element = HTMLElement>(host: Node, tag: string): T | null {
  const root = host.getRootNode() as ParentNode;
  return root.querySelector<T>(tag) ?? (root === document ? null : document.querySelector<T>(tag));
}

/**
 * Gives another element the municipality (a CBS code), as attribute and property alike, and
 * brings it into view with focus.
 */
export function handOver(element: HTMLElement, municipality: string | undefined): void {
  if (municipality) {
    element.setAttribute('municipality', municipality);
    Object.assign(element, { municipality });
  }
  reveal(element);
}

/**
 * Brings an element on the page into view and gives it focus. An element that takes no focus
 * itself (a form whose fields are in its shadow root) becomes a focus target, so keyboard and
 * screen reader users land there.
 */
export function reveal(element: HTMLElement): void {
  const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
  element.focus({ preventScroll: true });
  if (!element.matches(':focus, :focus-within')) {
    if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
    element.focus({ preventScroll: true });
  }
}
