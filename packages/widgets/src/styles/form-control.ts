import { css } from 'lit';

/**
 * The form controls of every Maatwerk element, in one place: labels, legends, the "(verplicht)" mark,
 * hints, borderless fieldsets, and text fields (`.field` around a label, `.hint`, `.error-text` and
 * an `.input`). Elements add it after `baseStyles` and set only what is their own (a field's maximum
 * width). A `.hint` outside a `.field` keeps the paragraph spacing.
 */
export const formControlStyles = css`
  label,
  legend {
    font-weight: 700;
    padding: 0;
  }
  .required {
    font-weight: normal;
  }
  .hint {
    color: var(--_color-muted);
  }

  fieldset {
    border: 0;
    padding: 0;
    margin-inline: 0;
    min-inline-size: 0;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin: 0;
  }
  .field .hint,
  .field .error-text {
    margin: 0;
  }

  .input {
    inline-size: 100%;
    min-block-size: 44px;
    padding-block: 0.5em;
    padding-inline: 0.75em;
    border: var(--_form-control-border-width) solid var(--_form-control-border-color);
    border-radius: var(--_form-control-radius);
    background: var(--_color-background);
    color: var(--_color-text);
  }
  .input[aria-invalid='true'] {
    border-color: var(--_color-error);
  }
  .input:disabled {
    opacity: 0.6;
  }
`;
