// Registers <maatwerk-sign-up> and the municipality typeahead it renders (guarded: loading the embed
// twice does not throw). The municipality data itself loads on first use (see municipality-data.ts).
import { defineElement } from '../internal/define.ts';
import { defineMunicipalityCombobox } from '../internal/municipality-combobox.ts';
import { MaatwerkSignUp } from './sign-up.ts';

defineMunicipalityCombobox();
defineElement('maatwerk-sign-up', MaatwerkSignUp);

export { MaatwerkSignUp };

declare global {
  interface HTMLElementTagNameMap {
    'maatwerk-sign-up': MaatwerkSignUp;
  }
}
