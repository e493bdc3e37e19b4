// The result screen below its heading: ranking with chart and table per domain, the action plan
// from the model's `advise`, and the next steps. A chunk of its own: the element prefetches it once
// the questions start, so the entry stays small and the result still appears at once.
import { html, nothing, type TemplateResult } from 'lit';
import { RESULT_TEXT, advise, summariseResult, textIn, type DomainResult, type DomainSummary, type QuickScanContent, type ScanResult } from '@maatwerk/model';
import { renderChart, renderTable } from './chart.ts';
import type { QuickScanText } from './locale.ts';

export type Place = { code: string; name: string };
export type Municipalities = typeof import('../internal/municipalities.ts');

/** What the element hands to the result screen: its state, and its handlers (called with the element as `this`). */
export interface ResultScreen {
  t: QuickScanText;
  content: QuickScanContent;
  result: ScanResult;
  place: Place | undefined;
  missing: { query: string; suggestions: string[] } | undefined;
  geo: Municipalities | undefined;
  /** An adviser finder / sign-up form is on the page. */
  finder: boolean;
  signUp: boolean;
  confirming: boolean;
  button: (label: string, onClick: () => void, kind?: string) => TemplateResult;
  onMunicipality: (event: SubmitEvent) => void;
  onFindAdviser: () => void;
  onSignUp: () => void;
  onDownload: () => void;
  onPrint: () => void;
  onRestart: () => void;
  onConfirm: (confirmed: boolean) => void;
}

const dimension = (list: QuickScanContent['factors'], id: string) => (list.find((item) => item.id === id)?.name ?? id).toLowerCase();

export function renderResult(screen: ResultScreen): TemplateResult {
  const { t, content, result, place } = screen;
  const name = (id: string) => content.domains.find((domain) => domain.id === id)?.name ?? id;
  // The words and numbers come from the model, as in the e-mail, the report and the inbox.
  const summary = summariseResult(result, content, textIn(RESULT_TEXT, content.lang));
  const ranked = [...result.domains].sort((a, b) => a.rank - b.rank);
  const plan = advise(content, result);
  return html`
    <div part="result">
      ${place ? html`<p>${t.municipality(place.name)}</p>` : nothing}
      ${summary.sentences.mostPromising ? html`<p>${summary.sentences.mostPromising}</p>` : nothing}
      <p>${summary.sentences.coverage}</p>
      <h3>${t.ranking}</h3>
      <ol class="ranking">
        ${ranked.map((domain, index) => renderDomain(t, content, domain, summary.domains[index]!))}
      </ol>
      <section class="plan">
        <h3>${t.planHeading(plan.months)}</h3>
        ${plan.phases.length
          ? plan.phases.map(
              ({ phase, actions }) => html`
                <h4>${t.phaseHeading(phase.name, phase.fromMonth, phase.toMonth)}</h4>
                <p class="description">${phase.description}</p>
                <ul>
                  ${actions.map(
                    ({ action, domain }) => html`<li>
                      <h5>${action.title}</h5>
                      <p>${action.description}</p>
                      <p class="meta">${t.planFor(name(domain), dimension(content.factors, action.factor), dimension(content.levels, action.level))}</p>
                    </li>`,
                  )}
                </ul>
              `,
            )
          : html`<p>${t.noPlan}</p>`}
      </section>
    </div>
    ${renderNextSteps(screen)}
  `;
}

function renderDomain(t: QuickScanText, content: QuickScanContent, domain: DomainResult, summary: DomainSummary) {
  const { name, sentences } = summary;
  return html`<li class="domain">
    <h4>${t.rank(domain.rank)} ${name}</h4>
    <p>${sentences.opportunity}</p>
    ${sentences.weakest ? html`<p>${sentences.weakest}</p>` : nothing}
    <p>${sentences.coverage}</p>
    ${renderChart(domain, name, content, t)} ${renderTable(domain, name, content, t)}
  </li>`;
}

function renderNextSteps(screen: ResultScreen) {
  const { t, place, missing, geo, button } = screen;
  const found = place && geo?.getDefaultMunicipalityIndex().lookup(place.code);
  const match = found && found.found ? found.match : undefined;
  const general = geo?.defaultAdvisers.general;
  return html`<section class="next-steps">
    <h3>${t.nextHeading}</h3>
    <form class="municipality" @submit=${screen.onMunicipality}>
      <div>
        <label for="municipality">${t.municipalityLabel}</label>
        <span class="hint" id="municipality-hint">${t.municipalityHint}</span>
        <input
          id="municipality"
          name="municipality"
          autocomplete="off"
          .value=${place?.name ?? ''}
          aria-invalid=${missing ? 'true' : 'false'}
          aria-describedby=${missing ? 'municipality-hint municipality-error' : 'municipality-hint'}
        />
      </div>
      <button class="button button--secondary" part="button">${t.chooseMunicipality}</button>
    </form>
    ${missing ? html`<p class="error-text" id="municipality-error">${t.municipalityMissing(missing.query, missing.suggestions)}</p>` : nothing}
    ${screen.finder
      ? nothing
      : match?.adviser
        ? html`<p>${t.adviserIs(match.adviser.name, match.region.name)} <a href="mailto:${match.adviser.email}">${match.adviser.email}</a></p>`
        : general
          ? html`<p><a href=${general.url?.startsWith('https:') ? general.url : `mailto:${general.email}`}>${t.contactGeneral}</a></p>`
          : nothing}
    <div class="actions">
      ${screen.finder ? button(t.findAdviser, screen.onFindAdviser) : nothing}
      ${screen.signUp ? button(t.signUp, screen.onSignUp) : nothing}
      ${button(t.download, screen.onDownload, 'button--secondary')} ${button(t.print, screen.onPrint, 'button--secondary')}
      ${screen.confirming
        ? nothing
        : html`<button type="button" class="button button--secondary" part="button" data-restart @click=${screen.onRestart}>${t.restart}</button>`}
    </div>
    ${screen.confirming
      ? html`<div class="confirm" role="group" aria-labelledby="confirm-text">
          <p id="confirm-text">${t.confirmRestart}</p>
          <div class="actions">
            ${button(t.confirmYes, () => screen.onConfirm(true))} ${button(t.confirmNo, () => screen.onConfirm(false), 'button--secondary')}
          </div>
        </div>`
      : nothing}
  </section>`;
}
