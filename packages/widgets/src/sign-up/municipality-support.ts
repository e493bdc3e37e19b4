// On-demand chunk: the shared municipality typeahead with the built-in municipalities and advisers
// (about 13 KB gzip together). The sign-up's entry stays small and loads this as soon as the element
// connects; on a page that already has the adviser finder it is in the bundle and resolves at once.
export { defineMunicipalityCombobox } from '../internal/municipality-combobox.ts';
export { defaultAdvisers, getDefaultMunicipalityIndex } from '../internal/municipalities.ts';
