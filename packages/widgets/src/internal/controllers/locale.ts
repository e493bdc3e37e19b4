// The one way an element finds its language and its text. The language is the element's own `lang`,
// else the page's `<maatwerk-config lang>`, else the nearest `lang` above it, looking past shadow
// roots (a widget inside a host's component still finds `<html lang>`), else Dutch. The text comes from the component's catalogue; another
// language is loaded on first use. A change of `<html lang>` or any `lang` on the page re-renders.
import { loadText, textNow, toLang, type Catalogue, type Lang } from '@maatwerk/model';
import type { ReactiveController, ReactiveElement } from 'lit';
import { pageConfig } from '../page-config.ts';

/** The language of an element: see the module comment. Region subtags are ignored; an unknown language gives Dutch. */
export function resolveLang(element: Element): Lang {
  const own = element.getAttribute('lang') ?? pageConfig(element, 'lang');
  if (own != null) return toLang(own) ?? 'nl';
  let node: Element | null = element;
  while (node) {
    const declared = node.closest('[lang]')?.getAttribute('lang');
    if (declared != null) return toLang(declared) ?? 'nl';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return 'nl';
}

/** One observer per page for every `lang` attribute; each element with a LocaleController re-renders on a change. */
const hosts = new Set<ReactiveElement>();
let observer: MutationObserver | undefined;

function watch(host: ReactiveElement): void {
  hosts.add(host);
  if (observer) return;
  observer = new MutationObserver(() => hosts.forEach((element) => element.requestUpdate()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

function unwatch(host: ReactiveElement): void {
  hosts.delete(host);
  if (hosts.size || !observer) return;
  observer.disconnect();
  observer = undefined;
}

export class LocaleController<T> implements ReactiveController {
  constructor(
    private readonly _host: ReactiveElement,
    private readonly _catalogue: Catalogue<T>,
  ) {
    _host.addController(this);
  }

  /** The language now (resolved on every read: cheap, and always current in `willUpdate`). */
  get lang(): Lang {
    return resolveLang(this._host);
  }

  /** The text in the current language, or undefined while it loads. */
  get text(): T | undefined {
    return textNow(this._catalogue, this.lang);
  }

  /** The text in the current language, Dutch while it loads. */
  get textOrDutch(): T {
    return this.text ?? this._catalogue.nl;
  }

  /** The text in a language, loaded when needed. */
  load(lang: Lang = this.lang): Promise<T> {
    return loadText(this._catalogue, lang);
  }

  hostConnected(): void {
    watch(this._host);
  }

  hostDisconnected(): void {
    unwatch(this._host);
  }

  hostUpdate(): void {
    const lang = this.lang;
    if (!textNow(this._catalogue, lang)) void loadText(this._catalogue, lang).then(() => this._host.requestUpdate());
  }
}

