// Vue 3 typings for the Maatwerk elements (templates type-checked by vue-tsc / Volar). Add once:
//   import type {} from '@maatwerk/widgets/vue';
// and tell Vue's compiler they are custom elements: `isCustomElement: (tag) => tag.startsWith('maatwerk-')`.
import type { DefineComponent } from 'vue';
import type { MaatwerkElements, MaatwerkEventMap } from './attributes.ts';

type EventProps = { [K in keyof MaatwerkEventMap as `on${Capitalize<K>}`]?: (event: MaatwerkEventMap[K]) => void };

type ElementComponent<T extends keyof MaatwerkElements> = DefineComponent<MaatwerkElements[T]['attributes'] & EventProps>;

declare module 'vue' {
  interface GlobalComponents {
    'maatwerk-quick-scan': ElementComponent<'maatwerk-quick-scan'>;
    'maatwerk-adviseur-finder': ElementComponent<'maatwerk-adviseur-finder'>;
    'maatwerk-sign-up': ElementComponent<'maatwerk-sign-up'>;
  }
}

export {};
