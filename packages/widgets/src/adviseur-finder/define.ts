// Registers <maatwerk-adviseur-finder> and the municipality typeahead it renders (guarded: loading
// the embed twice does not throw).
import { defineElement } from '../internal/define.ts';
import { defineMunicipalityCombobox } from '../internal/municipality-combobox.ts';
import { MaatwerkAdviseurFinder } from './adviseur-finder.ts';

defineMunicipalityCombobox();
defineElement('maatwerk-adviseur-finder', MaatwerkAdviseurFinder);

export { MaatwerkAdviseurFinder };

declare global {
  interface HTMLElementTagNameMap {
    'maatwerk-adviseur-finder': MaatwerkAdviseurFinder;
  }
}
