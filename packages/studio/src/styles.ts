// The studio's look: plain, high contrast, large targets. Constructable stylesheets (Lit), so the
// page needs no 'unsafe-inline'. Preview beside the form from 64rem, below it on narrow screens.
import { css } from 'lit';

export const studioStyles = css`
  :host {
    --ink: #1a1a1a;
    --muted: #4a4a4a;
    --primary: #154273;
    --primary-tint: #e8eef5;
    --error: #b00020;
    --focus: #ffbf47;
    --border: #6b6b6b;
    display: block;
    color: var(--ink);
    font: 1rem/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
  }
  *, *::before, *::after { box-sizing: border-box; }
  .visually-hidden { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .skip { position: absolute; inset-inline-start: 1rem; inset-block-start: -4rem; background: #fff; padding: 0.5rem 1rem; z-index: 2; }
  .skip:focus { inset-block-start: 1rem; }
  header { background: var(--primary); color: #fff; padding: 1rem clamp(0.75rem, 3vw, 2rem); display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; justify-content: space-between; }
  header h1 { margin: 0; font-size: 1.5rem; }
  header p { margin: 0.25rem 0 0; max-inline-size: 60rem; }
  header button { background: #fff; color: var(--primary); }
  main { display: grid; gap: 1.5rem; padding: 1rem clamp(0.75rem, 3vw, 2rem); grid-template-columns: minmax(0, 1fr); }
  @media (min-width: 64rem) {
    main { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); align-items: start; }
    .side { position: sticky; inset-block-start: 0; max-block-size: 100vh; overflow: auto; }
  }
  h2 { font-size: 1.3rem; margin: 0 0 0.5rem; color: var(--primary); }
  h3 { font-size: 1.1rem; margin: 1.25rem 0 0.5rem; color: var(--primary); }
  button, select, input, textarea { font: inherit; }
  button { min-block-size: 2.75rem; padding: 0.4rem 0.9rem; border: 2px solid var(--primary); border-radius: 4px; background: #fff; color: var(--primary); cursor: pointer; }
  button.primary { background: var(--primary); color: #fff; }
  button[aria-disabled='true'], button:disabled { border-color: var(--border); color: var(--muted); background: #f2f2f2; cursor: not-allowed; }
  :focus-visible { outline: 3px solid var(--ink); outline-offset: 2px; box-shadow: 0 0 0 6px var(--focus); }
  .docs { display: flex; flex-wrap: wrap; gap: 0.5rem; padding: 0; margin: 0 0 1rem; list-style: none; }
  .docs button[aria-current='true'] { background: var(--primary); color: #fff; }
  .count { display: inline-block; margin-inline-start: 0.4rem; padding: 0 0.45rem; border-radius: 1rem; background: var(--error); color: #fff; font-size: 0.85rem; }
  fieldset { border: 1px solid var(--border); border-radius: 4px; margin: 0 0 1rem; padding: 0.75rem; min-inline-size: 0; }
  fieldset.depth-1 { border-width: 0 0 0 4px; border-color: var(--primary); padding-inline: 1rem 0; }
  /* A document's form runs to hundreds of fields: the browser lays out and paints only the groups near
     the screen, so a status line or a new preview does not lay out the whole form again. The groups
     stay in the accessibility tree and in find-in-page. */
  fieldset.depth-1 { content-visibility: auto; contain-intrinsic-size: auto 40rem; }
  legend { font-weight: 700; padding-inline: 0.25rem; }
  legend h2 { margin: 0; }
  .field { margin-block: 0 0.9rem; display: grid; gap: 0.25rem; }
  .field label { font-weight: 600; }
  .field.checkbox { grid-template-columns: auto 1fr; align-items: center; }
  .field.checkbox .hint, .field.checkbox .message { grid-column: 1 / -1; }
  .optional, .hint { color: var(--muted); font-weight: 400; }
  .hint { margin: 0; font-size: 0.9rem; }
  input[type='text'], input[type='date'], input[type='email'], input[type='url'], textarea, select { inline-size: 100%; padding: 0.45rem 0.55rem; border: 2px solid var(--border); border-radius: 4px; background: #fff; color: var(--ink); }
  input[type='checkbox'] { inline-size: 1.4rem; block-size: 1.4rem; }
  textarea { resize: vertical; }
  [aria-invalid='true'] { border-color: var(--error); border-width: 3px; }
  .message { margin: 0; color: var(--error); font-weight: 600; }
  .message::before { content: '⚠ '; }
  .items { padding-inline-start: 0; list-style: none; margin: 0 0 0.5rem; }
  .item-tools { display: flex; flex-wrap: wrap; gap: 0.4rem; margin-block-end: 0.6rem; }
  .item-tools button { min-block-size: 2.25rem; padding: 0.2rem 0.6rem; font-size: 0.9rem; }
  .item-scalar { border-block-end: 1px solid #ccc; margin-block-end: 0.75rem; }
  .summary { border: 4px solid var(--error); padding: 0.75rem 1rem; margin-block: 1rem; }
  .summary h3 { color: var(--error); margin-block-start: 0; }
  .summary a, .changes a { color: var(--primary); }
  .controls { display: flex; flex-wrap: wrap; gap: 0.75rem 1.5rem; align-items: end; margin-block-end: 0.75rem; }
  .controls fieldset { border: 0; padding: 0; margin: 0; display: flex; gap: 0.75rem; }
  .controls legend { padding: 0; margin-block-end: 0.25rem; }
  .controls label { display: flex; gap: 0.3rem; align-items: center; }
  .controls .select { display: grid; gap: 0.25rem; font-weight: 700; min-inline-size: 0; max-inline-size: 100%; }
  .controls .select select { font-weight: 400; inline-size: 100%; }
  .frame { inline-size: 100%; block-size: min(80vh, 60rem); border: 1px solid var(--border); background: #fff; }
  .status { min-block-size: 1.5em; color: var(--muted); }
  .blocked { padding: 1rem; border: 2px dashed var(--border); }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
  .file { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.25rem; margin-block: 1rem; }
  .file label { font-weight: 700; }
  .file input { max-inline-size: 100%; }
  .changes li { margin-block-end: 0.25rem; }
  h4 { font-size: 1rem; margin: 1rem 0 0.5rem; }
  .history { padding-inline-start: 1.25rem; }
  .history p { margin: 0 0 0.25rem; }
  .summary-text { white-space: pre-line; overflow-wrap: anywhere; font-size: 0.9rem; color: var(--muted); }
`;
