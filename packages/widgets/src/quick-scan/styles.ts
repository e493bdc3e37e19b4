import { css } from 'lit';

export const quickScanStyles = css`
  :host {
    --_max-inline-size: var(--maatwerk-quick-scan-max-inline-size, 48rem);
    --_chart-1: var(--maatwerk-quick-scan-chart-color-1, var(--_color-primary));
    --_chart-2: var(--maatwerk-quick-scan-chart-color-2, #a34a00);
    --_chart-3: var(--maatwerk-quick-scan-chart-color-3, var(--_color-success));
  }

  .base {
    max-inline-size: var(--_max-inline-size);
  }

  [tabindex='-1'] {
    scroll-margin-block-start: var(--_space);
  }

  .muted,
  .hint,
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

  .nav,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: center;
    margin-block: 1.5em;
  }

  fieldset {
    border: 0;
    padding: 0;
    margin-inline: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    font-weight: 700;
    margin-block-end: 0.5em;
  }

  .check,
  .option {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-block-size: 44px;
    padding-block: 0.25em;
    padding-inline: 0.5em;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .check input,
  .option input {
    inline-size: 1.25em;
    block-size: 1.25em;
    flex: none;
    accent-color: var(--_color-primary);
  }
  .option:has(:checked) {
    border-color: var(--_color-primary);
    background: var(--_color-surface);
  }
  .check + .description {
    margin-block-start: -0.25em;
    padding-inline-start: 2.35em;
  }

  .statement {
    padding-block: 1em 0.5em;
    border-block-start: 1px solid var(--_color-border);
  }
  .factor {
    display: block;
    font-size: 0.875em;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_color-muted);
  }
  .options {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 10em), 1fr));
    gap: 0.25em 0.75em;
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

  .ranking {
    list-style: none;
    padding: 0;
  }
  .domain {
    padding-block: 1em;
    border-block-start: 1px solid var(--_color-border);
    break-inside: avoid;
  }
  .domain h4 {
    font-size: 1.25em;
  }

  .chart {
    display: block;
    inline-size: 100%;
    max-inline-size: 24rem;
    block-size: auto;
    font-family: inherit;
    font-size: 12px;
  }
  .chart__level {
    font-weight: 700;
    fill: currentColor;
  }
  .chart__value {
    fill: currentColor;
  }
  .chart__track {
    fill: var(--_color-surface);
  }
  .chart__bar--1 {
    fill: var(--_chart-1);
    background: var(--_chart-1);
  }
  .chart__bar--2 {
    fill: var(--_chart-2);
    background: var(--_chart-2);
  }
  .chart__bar--3 {
    fill: var(--_chart-3);
    background: var(--_chart-3);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .swatch {
    inline-size: 1em;
    block-size: 1em;
    border-radius: 2px;
  }

  summary {
    cursor: pointer;
    min-block-size: 44px;
    display: flex;
    align-items: center;
    color: var(--_color-link);
    text-decoration: underline;
  }
  .table {
    overflow-x: auto;
    container-type: inline-size;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.9375em;
  }
  caption {
    /* wraps to the visible width and stays put while the table scrolls sideways */
    max-inline-size: 100cqi;
    position: sticky;
    inset-inline-start: 0;
    text-align: start;
    font-weight: 700;
    padding-block: 0.5em;
  }
  th,
  td {
    padding: 0.4em;
    border: 1px solid var(--_color-border);
    text-align: start;
    overflow-wrap: normal;
  }
  thead th,
  tfoot th,
  tbody th {
    background: var(--_color-surface);
  }

  .plan ul,
  .next {
    padding-inline-start: 1.25em;
  }
  .plan li,
  .next li {
    margin-block-end: 0.75em;
  }
  .plan h5 {
    font-size: 1em;
    margin-block: 0;
  }
  .plan p {
    margin-block-end: 0.25em;
  }

  .municipality {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: end;
    margin-block-end: 1em;
  }
  .municipality label {
    display: block;
    font-weight: 700;
  }
  .municipality .hint {
    display: block;
  }
  .municipality input {
    min-block-size: 44px;
    inline-size: 16em;
    max-inline-size: 100%;
    padding-inline: 0.5em;
    border: var(--_form-control-border-width) solid var(--_form-control-border-color);
    border-radius: var(--_form-control-radius);
    background: var(--_color-background);
  }

  .confirm {
    padding: 1em;
    border: 2px solid var(--_color-error);
    border-radius: var(--_radius);
  }

  @media (forced-colors: active) {
    .chart,
    .swatch {
      forced-color-adjust: none;
    }
    .chart__level,
    .chart__value {
      fill: CanvasText;
    }
    .chart__track {
      fill: Canvas;
      stroke: CanvasText;
    }
    .option:has(:checked) {
      border-color: Highlight;
    }
  }

  @media print {
    .base {
      max-inline-size: none;
      color: #000;
    }
    .base *:not(.swatch) {
      background: none !important;
      box-shadow: none !important;
    }
    button,
    .next-steps,
    .progress,
    summary {
      display: none !important;
    }
    details::details-content {
      content-visibility: visible;
      display: block;
    }
    .chart__track {
      fill: none;
      stroke: #000;
    }
    .chart__bar--1,
    .chart__bar--2,
    .chart__bar--3 {
      print-color-adjust: exact;
    }
    .domain,
    table {
      break-inside: avoid;
    }
  }
`;
