import { css } from 'lit';

/** Styles of `<maatwerk-sign-up>`; shared tokens and resets come from `baseStyles`, labels, hints and text boxes from `formControlStyles`. */
export const signUpStyles = css`
  :host {
    --_field-max-inline-size: var(--maatwerk-sign-up-field-max-inline-size, 32rem);
    --_error-border: var(--maatwerk-sign-up-error-border-width, 4px);
  }

  .base {
    padding-block: var(--maatwerk-sign-up-padding-block, 0);
    padding-inline: var(--maatwerk-sign-up-padding-inline, 0);
  }

  .intro {
    max-inline-size: 40rem;
  }

  form {
    display: flex;
    flex-direction: column;
    gap: 1.5em;
  }

  .field--error {
    border-inline-start: var(--_error-border) solid var(--_color-error);
    padding-inline-start: 0.75em;
  }

  legend {
    margin-block-end: 0.25em;
  }

  .input {
    max-inline-size: var(--_field-max-inline-size);
  }

  .input--short {
    max-inline-size: 14em;
  }

  textarea.input {
    min-block-size: 6em;
    resize: vertical;
  }

  .choices {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.75em;
    min-block-size: 44px;
    padding-block: 0.5em;
    cursor: pointer;
    font-weight: normal;
  }

  .choice input {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin-block-start: 0;
    accent-color: var(--_color-primary);
    cursor: pointer;
  }

  .error-summary,
  .failure,
  .config-error {
    padding: 1em;
    border: var(--_error-border) solid var(--_color-error);
    border-radius: var(--_radius);
    background: var(--_color-background);
  }

  .error-summary,
  .failure,
  .config-error {
    margin-block-end: 1.5em;
  }

  .failure .actions {
    margin-block-end: var(--_space);
  }

  .municipality {
    max-inline-size: var(--_field-max-inline-size);
  }

  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .error-summary li + li {
    margin-block-start: 0.25em;
  }

  .error-summary a {
    color: var(--_color-error);
    font-weight: 600;
  }

  :is(.error-summary, .failure, .config-error) :is(h3, h4, h5, h6) {
    font-size: 1.125em;
  }

  .failure p:last-child,
  .config-error p:last-child {
    margin-block-end: 0;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: center;
  }

  .confirmation {
    padding: 1em;
    border: var(--_error-border) solid var(--_color-success);
    border-radius: var(--_radius);
  }

  .confirmation ol {
    margin-block-end: 0;
    padding-inline-start: 1.5em;
  }

  .mail-body {
    min-block-size: 12em;
    font-family: inherit;
  }

  .note {
    color: var(--_color-muted);
  }

  @media (forced-colors: active) {
    .field--error,
    .error-summary,
    .failure,
    .config-error,
    .confirmation {
      border-color: CanvasText;
    }
  }
`;
