import { css } from 'lit';
import { contentStyles } from '../styles/content.ts';

/** Styles of the finder's result views (result.ts), added to its shadow root when they load, with the shared content styles they use. */
const ownStyles = css`
  :host {
    --_card-background: var(--maatwerk-adviseur-finder-card-background, var(--_color-surface));
    --_card-border-color: var(--maatwerk-adviseur-finder-card-border-color, transparent);
    --_photo-size: var(--maatwerk-adviseur-finder-photo-size, 96px);
  }
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus-color);
    outline-offset: 2px;
  }
  .note {
    border-inline-start: 4px solid var(--_color-primary);
    padding-inline-start: 0.75em;
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
    .card {
      border-color: CanvasText;
    }
  }
`;

export const resultStyles = [contentStyles, ownStyles];
