// Styles of the result screen only: they travel in the result chunk and the element adds them to its
// shadow root when the chunk arrives, so a page that never shows a result does not load them.
// Cell colours are the report's (packages/kennisblad/src/theme.ts), so screen and PDF look alike.
import { css } from 'lit';

export const resultStyles = css`
  :host {
    --_weak: var(--maatwerk-quick-scan-weak-color, #f6c9b0);
    --_fair: var(--maatwerk-quick-scan-fair-color, #f9e4a6);
    --_strong: var(--maatwerk-quick-scan-strong-color, #bfe0c4);
    --_none: #e6eaec;
    --_ink: #1c2a30;
  }

  .lead {
    font-size: 1.125em;
    font-weight: 700;
  }

  .summary {
    margin-block-end: 1.5em;
  }
  .summary nav {
    padding: 0.75em 1em;
    border-inline-start: 4px solid var(--_color-primary);
    background: var(--_color-surface);
  }
  .summary nav :is(h4, h5, h6) {
    margin-block: 0 0.25em;
    font-size: 1em;
  }
  .toc {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  .toc li {
    padding-block: 0.2em;
  }
  .toc a {
    color: var(--_color-link);
  }
  .toc__score {
    color: var(--_color-muted);
  }
  .toc--more {
    margin-block-start: 0.5em;
    padding-inline-start: 0;
    list-style: none;
  }

  .ranking {
    list-style: none;
    padding: 0;
  }
  .domain {
    padding-block: 1em;
    border-block-start: 1px solid var(--_color-border);
    break-inside: avoid;
    /* Off screen, a domain is laid out only when it comes near: each step of the progressive render
       stays short. It stays in the accessibility tree, in find-in-page and in print. */
    content-visibility: auto;
    contain-intrinsic-size: auto 34em;
  }
  .domain :is(h4, h5, h6) {
    font-size: 1.25em;
  }
  .weakest {
    font-weight: 700;
  }

  .bands {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    padding: 0;
    list-style: none;
  }
  .bands li {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .swatch {
    inline-size: 1em;
    block-size: 1em;
    border: 1px solid var(--_color-border);
    border-radius: 2px;
  }

  .grid-scroll {
    overflow-x: auto;
    container-type: inline-size;
  }
  .grid {
    inline-size: 100%;
    border-collapse: separate;
    border-spacing: 0.25em;
    table-layout: fixed;
  }
  .grid caption {
    /* below the grid, as in the report; wraps to the visible width while the table scrolls */
    caption-side: bottom;
    max-inline-size: 100cqi;
    position: sticky;
    inset-inline-start: 0;
    text-align: start;
    font-size: 0.875em;
    color: var(--_color-muted);
  }
  .grid th {
    text-align: start;
    padding: 0.4em;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .grid thead th:not(.grid__corner) {
    background: var(--_color-primary);
    color: var(--_color-primary-text);
    border-radius: var(--_radius) var(--_radius) 0 0;
  }
  .grid__corner {
    color: var(--_color-muted);
    font-size: 0.875em;
  }
  .grid tfoot th,
  .grid tfoot .cell {
    font-size: 0.875em;
  }
  .cell {
    padding: 0.4em 0.25em;
    text-align: center;
    border-radius: 3px;
    color: var(--_ink);
    border: 2px solid transparent;
    print-color-adjust: exact;
  }
  .cell__score {
    display: block;
    font-size: 1.25em;
    font-weight: 700;
  }
  .cell__band,
  .cell__weakest {
    display: block;
    font-size: 0.875em;
  }
  .cell__weakest {
    font-weight: 700;
  }
  .cell--weak {
    background: var(--_weak);
  }
  .cell--fair {
    background: var(--_fair);
  }
  .cell--strong {
    background: var(--_strong);
  }
  .cell--none {
    background: var(--_none);
  }
  .cell--weakest {
    border-color: var(--_ink);
  }

  /* Disclosures look like disclosures: a triangle that turns, and the whole line to click. */
  .phase {
    border-block-start: 1px solid var(--_color-border);
  }
  .phase summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.75em;
    min-block-size: 44px;
    padding-block: 0.5em;
    cursor: pointer;
    list-style: none;
    font-weight: 700;
  }
  .phase summary::-webkit-details-marker {
    display: none;
  }
  .phase summary::before {
    content: '';
    flex: none;
    inline-size: 0;
    block-size: 0;
    border-block: 0.35em solid transparent;
    border-inline-start: 0.55em solid currentColor;
    transition: rotate 0.15s;
  }
  .phase[open] > summary::before {
    rotate: 90deg;
  }
  :host(:dir(rtl)) .phase[open] > summary::before {
    rotate: -90deg;
  }
  .phase__count {
    font-weight: 400;
    color: var(--_color-muted);
  }
  .actions-list {
    padding-inline-start: 1.25em;
  }
  .actions-list li {
    margin-block-end: 0.75em;
  }
  .actions-list :is(h4, h5, h6) {
    font-size: 1em;
    margin-block: 0;
  }
  .actions-list p {
    margin-block-end: 0.25em;
  }

  .municipality {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: end;
    margin-block-end: 1em;
  }
  .municipality label,
  .municipality .hint {
    display: block;
  }
  .municipality .input {
    inline-size: 16em;
    max-inline-size: 100%;
  }

  .actions--quiet {
    gap: 0 1.5em;
  }

  .confirm {
    padding: 1em;
    border: 2px solid var(--_color-error);
    border-radius: var(--_radius);
  }

  @media (prefers-reduced-motion: reduce) {
    .phase summary::before {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .cell--weakest {
      border-color: CanvasText;
      border-style: double;
      border-width: 4px;
    }
    .swatch {
      forced-color-adjust: none;
    }
    .summary nav {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    .grid thead th:not(.grid__corner) {
      color: #000;
      border: 1px solid #000;
    }
    .grid-scroll {
      overflow: visible;
    }
    .phase summary::before {
      display: none;
    }
    details::details-content {
      content-visibility: visible;
      display: block;
    }
    .summary nav,
    .next-steps {
      display: none !important;
    }
    .domain,
    .grid {
      break-inside: avoid;
    }
    .domain {
      content-visibility: visible;
    }
  }
`;
