import { css } from 'lit';

/**
 * Shared styles of every Maatwerk element: tokens, resets, focus, what every shadow root needs. The
 * headings, paragraphs, links and buttons are `contentStyles` (content.ts).
 *
 * Theming is two-tier: global `--maatwerk-*` tokens, each falling back to the NL Design System tokens
 * a municipal house style usually sets already, then to our own default. Internals read only the
 * private `--_*` copies. The chain is: our token, the component token (`--utrecht-*`, as the Utrecht,
 * Den Haag, Rijkshuisstijl community, Rotterdam and Voorbeeld themes set them), for fields the shared
 * form-control token (`--utrecht-form-control-*`), then where a theme may set only the common layer
 * of newer NL Design System themes (`--basis-*`: text, colours, focus, headings, fields), that one,
 * then our default. Only fallbacks some real theme needs are listed: each costs bytes in every bundle.
 * A theme's link and error colours are pulled towards its text colour (`--_theme-*`: 20% and 50%),
 * because themes made for a light page keep them in a dark scheme (Utrecht's dark red is 2.6:1 on its
 * dark background); mixed, they keep AA on light and dark alike. A token that is not set makes the
 * mix invalid, and our default applies. `--maatwerk-color-link` and `--maatwerk-color-error` are used as given. Muted text mixes the
 * text and background colours unless set, so a dark colour scheme keeps its contrast. Everything the
 * host page could leak in by inheritance (font, colour, size, spacing, text transforms) is set
 * explicitly on `.base`, because a hostile `* { font-size: 40px !important }` still reaches the host
 * element itself.
 *
 * The global tokens below (the last five are read by `contentStyles`) are public API: the manifest
 * generator copies these `@cssproperty` lines onto every element (custom-elements-manifest.config.mjs),
 * and a test holds them, and the table in docs/voor-webmasters.md, to the fallbacks in the styles.
 *
 * @cssproperty --maatwerk-font-family - Font of all text. Falls back to `--utrecht-document-font-family`, `--basis-text-font-family-default`, then the system font.
 * @cssproperty --maatwerk-font-size - Base font size. Falls back to `--utrecht-document-font-size`, then `16px`.
 * @cssproperty --maatwerk-line-height - Line height. Falls back to `--utrecht-document-line-height`, then `1.5`.
 * @cssproperty --maatwerk-color-text - Text colour. Falls back to `--utrecht-document-color`, `--basis-color-default-color-document`, then `#1a1a1a`.
 * @cssproperty --maatwerk-color-muted - Hints and secondary text. Default: the text colour mixed 85% with the background (keeps AA in a dark scheme).
 * @cssproperty --maatwerk-color-background - Background of the elements and fields. Falls back to `--utrecht-document-background-color`, `--basis-color-default-bg-document`, then `#ffffff`.
 * @cssproperty --maatwerk-color-surface - Background of cards, hovered options and panels. Default: the primary colour mixed 7% into the background.
 * @cssproperty --maatwerk-color-border - Border colour of lists and, unless the form-control tokens say otherwise, fields. Falls back to `--utrecht-form-control-border-color`, then `#6b6b6b`.
 * @cssproperty --maatwerk-color-primary - Buttons and accents. Falls back to `--utrecht-button-primary-action-background-color`, then `#154273`.
 * @cssproperty --maatwerk-color-primary-text - Text on primary buttons. Falls back to `--utrecht-button-primary-action-color`, then `#ffffff`.
 * @cssproperty --maatwerk-color-link - Links and subtle buttons, used as given. Else `--utrecht-link-color` mixed 80% with the text colour, else the primary colour.
 * @cssproperty --maatwerk-color-error - Error text and invalid fields, used as given. Else `--utrecht-feedback-danger-color` (or `--basis-color-negative-color-document`) mixed 50% with the text colour, else `#b00020`.
 * @cssproperty --maatwerk-color-success - Confirmations. Falls back to `--utrecht-feedback-success-color`, `--basis-color-positive-color-document`, then `#2a6e2f`.
 * @cssproperty --maatwerk-focus-outline-color - Focus outline colour. Falls back to `--utrecht-focus-outline-color`, `--basis-focus-outline-color`, then `#1a1a1a`.
 * @cssproperty --maatwerk-focus-background-color - Focus ring around the outline. Falls back to `--utrecht-focus-background-color`, `--basis-focus-background-color`, then `#ffbf47`.
 * @cssproperty --maatwerk-focus-outline-style - Focus outline style. Falls back to `--utrecht-focus-outline-style`, `--basis-focus-outline-style`, then `solid`.
 * @cssproperty --maatwerk-focus-outline-width - Focus outline width. Falls back to `--utrecht-focus-outline-width`, `--basis-focus-outline-width`, then `3px`.
 * @cssproperty --maatwerk-focus-outline-offset - Focus outline offset. Falls back to `--utrecht-focus-outline-offset`, `--basis-focus-outline-offset`, then `2px`.
 * @cssproperty --maatwerk-border-radius - Corners of buttons and lists. Falls back to `--utrecht-button-border-radius`, then `4px`.
 * @cssproperty --maatwerk-form-control-border-width - Border width of text fields. Falls back to `--utrecht-textbox-border-width`, `--utrecht-form-control-border-width`, `--basis-form-control-border-width`, then `2px`.
 * @cssproperty --maatwerk-form-control-border-color - Border colour of text fields. Falls back to `--utrecht-textbox-border-color`, `--utrecht-form-control-border-color`, `--basis-form-control-border-color`, then the border colour.
 * @cssproperty --maatwerk-form-control-border-radius - Corners of text fields. Falls back to `--utrecht-textbox-border-radius`, `--utrecht-form-control-border-radius`, `--basis-form-control-border-radius`, then `4px`.
 * @cssproperty --maatwerk-space - Space between paragraphs and blocks. Default `1em`.
 * @cssproperty --maatwerk-heading-font-family - Font of headings. Falls back to `--utrecht-heading-font-family`, `--basis-heading-font-family`, then the font family.
 * @cssproperty --maatwerk-heading-font-weight - Weight of headings. Falls back to `--utrecht-heading-font-weight`, `--basis-heading-font-weight`, then `700`.
 * @cssproperty --maatwerk-button-font-weight - Weight of button text. Falls back to `--utrecht-button-font-weight`, then `600`.
 * @cssproperty --maatwerk-button-hover-background-color - Primary button background on hover. Falls back to `--utrecht-button-primary-action-hover-background-color`, then the primary colour.
 * @cssproperty --maatwerk-button-hover-color - Primary button text on hover. Falls back to `--utrecht-button-primary-action-hover-color`, then the primary text colour.
 */
export const baseStyles = css`
  :host {
    --_font-family: var(--maatwerk-font-family, var(--utrecht-document-font-family, var(--basis-text-font-family-default, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif)));
    --_font-size: var(--maatwerk-font-size, var(--utrecht-document-font-size, 16px));
    --_line-height: var(--maatwerk-line-height, var(--utrecht-document-line-height, 1.5));
    --_color-text: var(--maatwerk-color-text, var(--utrecht-document-color, var(--basis-color-default-color-document, #1a1a1a)));
    --_color-muted: var(--maatwerk-color-muted, color-mix(in srgb, var(--_color-text) 85%, var(--_color-background)));
    --_color-background: var(--maatwerk-color-background, var(--utrecht-document-background-color, var(--basis-color-default-bg-document, #ffffff)));
    --_color-surface: var(--maatwerk-color-surface, color-mix(in srgb, var(--_color-primary) 7%, var(--_color-background)));
    --_color-border: var(--maatwerk-color-border, var(--utrecht-form-control-border-color, #6b6b6b));
    --_color-primary: var(--maatwerk-color-primary, var(--utrecht-button-primary-action-background-color, #154273));
    --_color-primary-text: var(--maatwerk-color-primary-text, var(--utrecht-button-primary-action-color, #ffffff));
    --_color-link: var(--maatwerk-color-link, var(--_theme-link, var(--_color-primary)));
    --_theme-link: color-mix(in srgb, var(--utrecht-link-color) 80%, var(--_color-text));
    --_color-error: var(--maatwerk-color-error, var(--_theme-error, #b00020));
    --_theme-error: color-mix(in srgb, var(--utrecht-feedback-danger-color, var(--basis-color-negative-color-document)) 50%, var(--_color-text));
    --_color-success: var(--maatwerk-color-success, var(--utrecht-feedback-success-color, var(--basis-color-positive-color-document, #2a6e2f)));
    --_focus-color: var(--maatwerk-focus-outline-color, var(--utrecht-focus-outline-color, var(--basis-focus-outline-color, #1a1a1a)));
    --_focus-background: var(--maatwerk-focus-background-color, var(--utrecht-focus-background-color, var(--basis-focus-background-color, #ffbf47)));
    --_radius: var(--maatwerk-border-radius, var(--utrecht-button-border-radius, 4px));
    --_form-control-border-width: var(--maatwerk-form-control-border-width, var(--utrecht-textbox-border-width, var(--utrecht-form-control-border-width, var(--basis-form-control-border-width, 2px))));
    --_form-control-border-color: var(--maatwerk-form-control-border-color, var(--utrecht-textbox-border-color, var(--utrecht-form-control-border-color, var(--basis-form-control-border-color, var(--_color-border)))));
    --_form-control-radius: var(--maatwerk-form-control-border-radius, var(--utrecht-textbox-border-radius, var(--utrecht-form-control-border-radius, var(--basis-form-control-border-radius, 4px))));
    --_focus-outline-style: var(--maatwerk-focus-outline-style, var(--utrecht-focus-outline-style, var(--basis-focus-outline-style, solid)));
    --_focus-outline-width: var(--maatwerk-focus-outline-width, var(--utrecht-focus-outline-width, var(--basis-focus-outline-width, 3px)));
    --_focus-outline-offset: var(--maatwerk-focus-outline-offset, var(--utrecht-focus-outline-offset, var(--basis-focus-outline-offset, 2px)));
    --_space: var(--maatwerk-space, 1em);

    display: block;
    contain: content;
    box-sizing: border-box;
    font: normal var(--_font-size) / var(--_line-height) var(--_font-family);
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .base {
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    font-weight: normal;
    font-style: normal;
    line-height: var(--_line-height);
    color: var(--_color-text);
    background: var(--_color-background);
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    white-space: normal;
    overflow-wrap: break-word;
    max-inline-size: 100%;
  }

  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    text-transform: none;
    margin: 0;
  }

  :focus-visible {
    outline: var(--_focus-outline-width) var(--_focus-outline-style) var(--_focus-color);
    outline-offset: var(--_focus-outline-offset);
    box-shadow: 0 0 0 6px var(--_focus-background);
  }
  [tabindex='-1']:focus {
    outline: none;
    box-shadow: none;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0, 0, 0, 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  .error-text {
    color: var(--_color-error);
    font-weight: 600;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
