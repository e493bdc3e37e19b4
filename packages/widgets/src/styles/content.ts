import { css } from 'lit';

// A module of its own, not beside `baseStyles`: a bundler keeps a module's exports together, so in the
// finder's entry these styles would load at start although only its result views (a chunk) use them.

/** Headings, paragraphs, links and buttons: every element's content, but not the finder's search field. */
export const contentStyles = css`
  :host {
    --_heading-font-family: var(--maatwerk-heading-font-family, var(--utrecht-heading-font-family, var(--basis-heading-font-family, var(--_font-family))));
    --_heading-font-weight: var(--maatwerk-heading-font-weight, var(--utrecht-heading-font-weight, var(--basis-heading-font-weight, 700)));
    --_button-font-weight: var(--maatwerk-button-font-weight, var(--utrecht-button-font-weight, 600));
    --_button-hover-background: var(--maatwerk-button-hover-background-color, var(--utrecht-button-primary-action-hover-background-color, var(--_color-primary)));
    --_button-hover-color: var(--maatwerk-button-hover-color, var(--utrecht-button-primary-action-hover-color, var(--_color-primary-text)));
  }

  h1, h2, h3, h4, h5, h6 {
    font-family: var(--_heading-font-family);
    color: inherit;
    line-height: 1.25;
    margin-block: 0 0.5em;
    font-weight: var(--_heading-font-weight);
    text-transform: none;
    letter-spacing: normal;
  }
  h2 { font-size: 1.5em; }
  h3 { font-size: 1.25em; }
  h4 { font-size: 1.0625em; }

  p, ul, ol, dl, fieldset, table {
    margin-block: 0 var(--_space);
  }

  a {
    color: var(--_color-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding-block: 0.5em;
    padding-inline: 1em;
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-primary);
    color: var(--_color-primary-text);
    font-weight: var(--_button-font-weight);
    cursor: pointer;
    text-decoration: none;
  }
  .button:not(.button--secondary, .button--subtle, [disabled], [aria-disabled='true']):hover {
    border-color: var(--_button-hover-background);
    background: var(--_button-hover-background);
    color: var(--_button-hover-color);
  }
  .button--secondary {
    background: var(--_color-background);
    color: var(--_color-primary);
  }
  .button--subtle {
    background: transparent;
    border-color: transparent;
    color: var(--_color-link);
    text-decoration: underline;
  }
  .button[disabled],
  .button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }

  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;
