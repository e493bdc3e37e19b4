// React 19 JSX typings for the Maatwerk elements. Add once, e.g. in a `.d.ts` of your app:
//   import type {} from '@maatwerk/widgets/react';
// Write attributes in kebab-case as in HTML (`heading-level`, `no-storage`): React 19 then renders them
// as attributes on the server too, so hydration keeps them. Events: `onmaatwerk-adviser-found`.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { MaatwerkElements, MaatwerkEventMap } from './attributes.ts';

type EventProps = { [K in keyof MaatwerkEventMap as `on${K}`]?: (event: MaatwerkEventMap[K]) => void };

type ElementProps<T extends keyof MaatwerkElements> = DetailedHTMLProps<HTMLAttributes<MaatwerkElements[T]['element']>, MaatwerkElements[T]['element']> &
  MaatwerkElements[T]['attributes'] &
  EventProps;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in a namespace.
  namespace JSX {
    interface IntrinsicElements {
      'maatwerk-quick-scan': ElementProps<'maatwerk-quick-scan'>;
      'maatwerk-adviseur-finder': ElementProps<'maatwerk-adviseur-finder'>;
      'maatwerk-sign-up': ElementProps<'maatwerk-sign-up'>;
    }
  }
}

export {};
