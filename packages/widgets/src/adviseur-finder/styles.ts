import { css } from 'lit';

/**
 * Styles of `<maatwerk-adviseur-finder>`; the shared `baseStyles` come first. The result views bring
 * their own and the shared `contentStyles` (result-styles.ts), added to the shadow root when they load.
 */
export const finderStyles = css`
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    max-inline-size: var(--maatwerk-adviseur-finder-max-inline-size, 40em);
  }
  .outcome {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
  }
  .base > *,
  .outcome > *,
  .outcome p {
    margin-block: 0;
  }
  .muted {
    color: var(--_color-muted);
  }
  .notice {
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: 0.75em;
  }
  @media (forced-colors: active) {
    .notice {
      border-color: CanvasText;
    }
  }
`;
