import { css } from 'lit';

export const quickScanStyles = css`
  :host {
    --_max-inline-size: var(--maatwerk-quick-scan-max-inline-size, 48rem);
  }

  .base {
    max-inline-size: var(--_max-inline-size);
  }

  [tabindex='-1'] {
    scroll-margin-block-start: var(--_space);
  }

  .muted,
  .description,
  .meta {
    color: var(--_color-muted);
  }

  .note {
    padding: 0.75em 1em;
    border-inline-start: 4px solid var(--_color-primary);
    background: var(--_color-surface);
  }
  .note--error {
    border-color: var(--_color-error);
  }

  /* Quiet actions (forget my answers, start over) look like links and line up with the text and
     buttons above them, without the button's inner space. */
  .button--subtle {
    padding-inline: 0;
    min-inline-size: 0;
  }

  .nav,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: center;
    margin-block: 1.5em;
  }

  legend {
    margin-block-end: 0.5em;
  }

  /* A check row: a radio button or checkbox with its label (the domain choice, the answer scale). */
  .check {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-block-size: 44px;
    padding-block: 0.25em;
    padding-inline: 0.5em;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    font-weight: normal;
    cursor: pointer;
  }
  .check input {
    inline-size: 1.25em;
    block-size: 1.25em;
    flex: none;
    accent-color: var(--_color-primary);
  }
  .check + .description {
    margin-block-start: -0.25em;
    padding-inline-start: 2.35em;
  }

  .progress {
    margin-block-end: 1em;
  }
  .progress p {
    margin-block-end: 0.25em;
    color: var(--_color-muted);
  }
  progress {
    display: block;
    inline-size: 100%;
    block-size: 0.75em;
    accent-color: var(--_color-primary);
  }

  @media print {
    .base {
      max-inline-size: none;
      color: #000;
    }
    /* Ink only, except the result grid's colours, which carry meaning (they have words too). */
    .base *:not(.cell, .swatch) {
      background: none !important;
      box-shadow: none !important;
    }
    button,
    .progress {
      display: none !important;
    }
  }
`;
