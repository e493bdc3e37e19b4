// One statement's answer scale: a fieldset of native radio buttons (arrow keys move along the scale,
// a screen reader announces "1 of 5" in order), each a `.check` row (styles.ts),
// laid out so the order always shows: a vertical list on a narrow scan, one row, weak to strong, on
// a wide one. Never a wrapping grid that zig-zags. "Weet ik niet" is not a point on the scale, so it
// stands apart at the end. The layout follows the scan's own width (a container query), not the
// window's: a scan in a sidebar stays a list on a wide screen. Styles: `answerScaleStyles`.
import { css, html, nothing, type TemplateResult } from 'lit';

export interface ScaleOption {
  /** The scale value, or null for "weet ik niet". */
  value: number | null;
  label: string;
}

export interface AnswerScale {
  /** Unique in the shadow root: the radios' group name and the base of the ids. */
  name: string;
  statement: string;
  /** The factor the statement measures, shown above it. */
  factor?: string;
  help?: string;
  /** The ordered options, weak to strong; "weet ik niet" last. */
  options: readonly ScaleOption[];
  /** The chosen value; undefined when the statement has no answer yet. */
  selected: number | null | undefined;
  onChange: (value: number | null) => void;
}

export function renderAnswerScale(scale: AnswerScale): TemplateResult {
  const { name, options, selected } = scale;
  const helpId = `${name}-help`;
  return html`<div class="statement">
    <fieldset aria-describedby=${scale.help ? helpId : nothing}>
      <legend>${scale.factor ? html`<span class="factor">${scale.factor}</span>` : nothing} ${scale.statement}</legend>
      ${scale.help ? html`<p class="hint" id=${helpId}>${scale.help}</p>` : nothing}
      <div class="scale">
        ${options.map(
          (option) => html`<label class="check ${option.value === null ? 'check--unknown' : ''}">
            <input
              type="radio"
              name=${name}
              .checked=${selected !== undefined && selected === option.value}
              @change=${() => scale.onChange(option.value)}
            />
            <span>${option.label}</span>
          </label>`,
        )}
      </div>
    </fieldset>
  </div>`;
}

export const answerScaleStyles = css`
  .statement {
    padding-block: 1em 0.5em;
    border-block-start: 1px solid var(--_color-border);
    container-type: inline-size;
  }
  .factor {
    display: block;
    font-size: 0.875em;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_color-muted);
  }
  /* Narrow: a vertical list, top to bottom in scale order. */
  .scale {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .scale .check:has(:checked) {
    border-color: var(--_color-primary);
    background: var(--_color-surface);
  }
  .check--unknown {
    margin-block-start: 0.25em;
  }
  /* Wide: one row, the radio above its label, "weet ik niet" set apart by a rule. */
  @container (min-inline-size: 40rem) {
    .scale {
      display: grid;
      grid-auto-flow: column;
      /* Each column as wide as its label where the row allows, sharing what is left. */
      grid-auto-columns: auto;
      gap: 0.25em;
    }
    .scale .check {
      flex-direction: column;
      justify-content: flex-start;
      gap: 0.35em;
      padding-block: 0.5em;
      text-align: center;
      hyphens: auto;
    }
    .check--unknown {
      margin-block-start: 0;
      margin-inline-start: 0.5em;
      position: relative;
    }
    .check--unknown::before {
      content: '';
      position: absolute;
      inset-block: 0.25em;
      inset-inline-start: calc(-0.375em - 1px);
      border-inline-start: 1px solid var(--_color-border);
    }
  }
  @media (forced-colors: active) {
    .scale .check:has(:checked) {
      border-color: Highlight;
    }
    .check--unknown::before {
      border-color: CanvasText;
    }
  }
`;
