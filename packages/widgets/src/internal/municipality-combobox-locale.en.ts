// English text of `<maatwerk-municipality-combobox>` (see municipality-combobox-locale.ts).
import type { MunicipalityComboboxText } from './municipality-combobox-locale.ts';

export const en: MunicipalityComboboxText = {
  label: 'Municipality',
  required: '(required)',
  count: (count) => (count === 1 ? '1 suggestion available' : `${count} suggestions available`),
  noResults: 'No municipality found',
  formerly: (name) => `formerly ${name}`,
  alsoKnownAs: (name) => `also: ${name}`,
  code: (code) => `CBS code ${code}`,
  unavailable: 'The list of municipalities could not be loaded. Reload the page.',
};
