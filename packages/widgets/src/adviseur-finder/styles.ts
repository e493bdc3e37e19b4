import { css } from 'lit';

/** Styles of `<maatwerk-adviseur-finder>`; the shared `baseStyles` come first. */
export const finderStyles = css`
  :host {
    --_max-inline-size: var(--maatwerk-adviseur-finder-max-inline-size, 40em);
    --_card-background: var(--maatwerk-adviseur-finder-card-background, var(--_color-surface));
    --_card-border-color: var(--maatwerk-adviseur-finder-card-border-color, transparent);
    --_photo-size: var(--maatwerk-adviseur-finder-photo-size, 96px);
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    max-inline-size: var(--_max-inline-size);
  }
  .base > * {
    margin-block: 0;
  }
  .outcome {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
  }
  .outcome > *,
  .outcome p {
    margin-block: 0;
  }
  .outcome h2,
  .outcome h3,
  .outcome h4,
  .outcome h5,
  .outcome h6 {
    margin-block: 0;
  }
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus-color);
    outline-offset: 2px;
  }
  .muted {
    color: var(--_color-muted);
  }
  .note {
    border-inline-start: 4px solid var(--_color-primary);
    padding-inline-start: 0.75em;
  }
  .data-error {
    border: 2px solid var(--_color-error);
    border-radius: var(--_radius);
    padding: 0.75em;
  }
  .card {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--_space);
    padding: var(--_space);
    background: var(--_card-background);
    border: 1px solid var(--_card-border-color);
    border-radius: var(--_radius);
  }
  .photo {
    inline-size: var(--_photo-size);
    block-size: var(--_photo-size);
    object-fit: cover;
    border-radius: 50%;
    flex: none;
  }
  .card__body {
    flex: 1 1 12em;
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .card__body > * {
    margin-block: 0;
  }
  .eyebrow {
    display: block;
    font-size: 0.875rem;
    font-weight: normal;
    color: var(--_color-muted);
  }
  .contact {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    column-gap: 1em;
    align-items: center;
    margin: 0;
  }
  .contact dt {
    font-weight: 600;
  }
  .contact dd {
    margin: 0;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .contact a {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
  }
  .example {
    font-size: 0.875em;
    font-weight: 600;
    padding-block: 0.25em;
    padding-inline: 0.5em;
    border: 1px dashed var(--_color-border);
    border-radius: var(--_radius);
    align-self: flex-start;
  }
  .cta {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.25em;
  }
  .cta .button {
    max-inline-size: 100%;
    text-align: center;
  }
  .suggestions {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .suggestions .button {
    font-weight: normal;
    text-align: start;
  }
  @media (forced-colors: active) {
    .card,
    .data-error {
      border-color: CanvasText;
    }
  }
`;
