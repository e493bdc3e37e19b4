import { css } from 'lit';
import { baseStyles } from '../styles/base.ts';
import { formControlStyles } from '../styles/form-control.ts';

/** Styles of the municipality typeahead (municipality-combobox.ts), after the shared base and form-control styles. */
export const comboboxStyles = [
  baseStyles,
  formControlStyles,
  css`
  :host {
    --_list-max-block-size: var(--maatwerk-municipality-combobox-list-max-block-size, 20em);
    --_option-active-background: var(--maatwerk-municipality-combobox-option-active-background, var(--_color-primary));
    --_option-active-color: var(--maatwerk-municipality-combobox-option-active-color, var(--_color-primary-text));
  }
  .base {
    background: transparent;
  }
  label {
    align-self: flex-start;
  }
  .listbox {
    list-style: none;
    margin: 0;
    padding: 0;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-background);
    max-block-size: var(--_list-max-block-size);
    overflow-y: auto;
  }
  .listbox[hidden] {
    display: none;
  }
  .option {
    min-block-size: 44px;
    padding-block: 0.4em;
    padding-inline: 0.75em;
    cursor: pointer;
    border-block-end: 1px solid var(--_color-surface);
  }
  .option:last-child {
    border-block-end: 0;
  }
  .option:hover {
    background: var(--_color-surface);
  }
  .option[aria-selected='true'] {
    background: var(--_option-active-background);
    color: var(--_option-active-color);
  }
  .option__name {
    display: block;
    font-weight: 600;
  }
  .option__meta {
    display: block;
    font-size: 0.875em;
    color: var(--_color-muted);
  }
  .option[aria-selected='true'] .option__meta {
    color: inherit;
  }
  @media (forced-colors: active) {
    .option[aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
  `,
];
