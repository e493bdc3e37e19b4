import { defineElement } from '../internal/define.ts';
import { MaatwerkSignUp } from './sign-up.ts';

// The municipality typeahead it renders is registered when its chunk loads (see municipality-support.ts).
defineElement('maatwerk-sign-up', MaatwerkSignUp);

export { MaatwerkSignUp };

declare global {
  interface HTMLElementTagNameMap {
    'maatwerk-sign-up': MaatwerkSignUp;
  }
}
