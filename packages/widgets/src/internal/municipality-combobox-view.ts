import type { MunicipalityMatch } from '@maatwerk/model';
import { html, type TemplateResult } from 'lit';
import type { MunicipalityComboboxText } from './municipality-combobox-locale.ts';

/**
 * One suggestion of the municipality typeahead (municipality-combobox.ts): its `id` is what the
 * field's `aria-activedescendant` names, and `data-index` is how a click finds the match again.
 */
export function renderOption(
  match: MunicipalityMatch,
  index: number,
  active: boolean,
  text: MunicipalityComboboxText,
): TemplateResult {
  const { name, province } = match.municipality;
  const note = optionNote(match, text);
  // The label reads as a sentence ("Amsterdam, voorheen Weesp, Noord-Holland"); visually name and details are two lines.
  return html`<li
    id="option-${index}"
    class="option"
    part="option"
    role="option"
    data-index=${index}
    aria-selected=${active ? 'true' : 'false'}
    aria-label=${[name, note, province].filter(Boolean).join(', ')}
  >
    <span class="option__name">${name}</span>
    <span class="option__meta">${note ? `${note} · ` : ''}${province}</span>
  </li>`;
}

/** "voorheen Weesp", "ook: Den Bosch", "CBS-code GM0363", or nothing when the name itself matched. */
function optionNote(match: MunicipalityMatch, text: MunicipalityComboboxText): string {
  switch (match.kind) {
    case 'former':
      return text.formerly(match.alias?.name ?? match.matched);
    case 'spelling':
      // "s-Hertogenbosch" for "'s-Hertogenbosch" is not worth a note; "Den Bosch" is.
      return compact(match.matched) === compact(match.municipality.name) ? '' : text.alsoKnownAs(match.matched);
    case 'code':
      return text.code(match.matched);
    default:
      return '';
  }
}

/** Letters and digits only, without accents and case: what the model's `normalise` keeps, without spaces. */
const compact = (name: string) => name.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]/g, '');
