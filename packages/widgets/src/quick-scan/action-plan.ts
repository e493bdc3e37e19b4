// The 10-month action plan from the model's `advise`, grouped by phase. Each phase is a native
// disclosure (details/summary: a button with its open state for a screen reader, Enter and Space
// for the keyboard) named after the phase, so no two share a name; the first phase is open. In
// print every phase is open (result-styles.ts).
import { html, type TemplateResult } from 'lit';
import type { ActionPlan, QuickScanContent } from '@maatwerk/model';
import type { QuickScanText } from './locale.ts';

export const PLAN_ID = 'plan';

export function renderActionPlan(t: QuickScanText, content: QuickScanContent, plan: ActionPlan, domainName: (id: string) => string): TemplateResult {
  const lower = (list: QuickScanContent['factors'], id: string) => (list.find((item) => item.id === id)?.name ?? id).toLowerCase();
  return html`<section class="plan" aria-labelledby=${PLAN_ID}>
    <h3 id=${PLAN_ID} tabindex="-1">${t.planHeading(plan.months)}</h3>
    ${plan.phases.length
      ? html`<p>${t.planIntro}</p>
          ${plan.phases.map(
            ({ phase, actions }, index) => html`<details class="phase" ?open=${index === 0}>
              <summary>
                <span class="phase__name">${t.phaseHeading(phase.name, phase.fromMonth, phase.toMonth)}</span>
                <span class="phase__count">${t.actionCount(actions.length)}</span>
              </summary>
              ${phase.description ? html`<p class="description">${phase.description}</p>` : ''}
              <ul class="actions-list">
                ${actions.map(
                  ({ action, domain }) => html`<li>
                    <h4>${action.title}</h4>
                    <p>${action.description}</p>
                    <p class="meta">${t.planFor(domainName(domain), lower(content.factors, action.factor), lower(content.levels, action.level))}</p>
                  </li>`,
                )}
              </ul>
            </details>`,
          )}`
      : html`<p>${t.noPlan}</p>`}
  </section>`;
}
