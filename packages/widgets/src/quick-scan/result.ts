// The result screen below its heading: a short summary with links to each domain and the plan, the
// 3x3 picture per domain (as in the report PDF), the action plan from the model's `advise`, and the
// next steps. A chunk of its own, with its own styles: the element prefetches it once the questions
// start, so the entry stays small and the result still appears at once. It renders progressively:
// the element passes how many parts to show (`shown`) and raises it task by task, so no click
// blocks the page for long: the summary and the top domain first, then the other domains, the
// action plan and the next steps.
import { html, nothing, type TemplateResult } from 'lit';
import { RESULT_TEXT, advise, mailtoUrl, summariseResult, textIn, type DomainResult, type DomainSummary, type QuickScanContent, type ResultSummary, type ScanResult } from '@maatwerk/model';
import { handOver, neighbour, reveal } from '../internal/neighbours.ts';
import { PLAN_ID, renderActionPlan } from './action-plan.ts';
import { downloadResult } from './download.ts';
import { renderBandLegend, renderDomainGrid } from './result-grid.ts';
import type { QuickScanText } from './locale.ts';

export { resultStyles } from './result-styles.ts';

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
  /** The element: an adviser finder or sign-up form next to it on the page gets the next step. */
  host: HTMLElement;
  announce: (message: string) => void;
  confirming: boolean;
  button: (label: string, onClick: () => void, kind?: string) => TemplateResult;
  onMunicipality: (event: SubmitEvent) => void;
  onPrint: () => void;
  onRestart: () => void;
  onConfirm: (confirmed: boolean) => void;
  /** Forget the saved answers; absent when nothing is saved. */
  onForget?: () => void;
  /** Moves to a part of the result (an id in the shadow root) and focuses it. */
  onJump: (id: string) => void;
  /** How many parts to render now (RESULT_PARTS): the domains in rank order, then the plan, then the next steps. */
  shown: number;
}

export const NEXT_STEPS_ID = 'next-steps';
/** The parts of a result the element reveals one by one after the summary: each domain, the plan, the next steps. */
export const resultParts = (result: ScanResult) => result.domains.length + 2;
export const domainId = (domain: string) => `domain-${domain}`;

export function renderResult(screen: ResultScreen): TemplateResult {
  const { t, content, result } = screen;
  const name = (id: string) => content.domains.find((domain) => domain.id === id)?.name ?? id;
  // The words and numbers come from the model, as in the e-mail, the report and the inbox.
  const summary = summariseResult(result, content, textIn(RESULT_TEXT, content.lang));
  const ranked = [...result.domains].sort((a, b) => a.rank - b.rank);
  const shown = screen.shown;
  return html`
    <div part="result" class="result">
      ${renderSummary(screen, summary)}
      <h3>${t.ranking}</h3>
      ${renderBandLegend(t)}
      <ol class="ranking">
        ${ranked.slice(0, shown).map((domain, index) => renderDomain(t, content, domain, summary.domains[index]!))}
      </ol>
      ${shown > ranked.length ? renderActionPlan(t, content, advise(content, result), name) : html`<p class="muted">${t.loading}</p>`}
    </div>
    ${shown > ranked.length + 1 ? renderNextSteps(screen) : nothing}
  `;
}

/** The top of the result: where to start, how sure the picture is, and links to every part. */
function renderSummary(screen: ResultScreen, summary: ResultSummary) {
  const { t, place } = screen;
  const jump = (event: Event) => {
    const link = (event.target as Element).closest('a');
    const id = link?.getAttribute('href')?.slice(1);
    if (!id) return;
    event.preventDefault();
    screen.onJump(id);
  };
  // The nav's click is delegated from its links, which are keyboard-operable (Enter clicks a link).
  /* eslint-disable lit-a11y/click-events-have-key-events */
  return html`<section class="summary" aria-labelledby="summary-heading">
    <h3 id="summary-heading">${t.summaryHeading}</h3>
    ${place ? html`<p>${t.municipality(place.name)}</p>` : nothing}
    ${summary.sentences.mostPromising ? html`<p class="lead">${summary.sentences.mostPromising}</p>` : nothing}
    <p>${summary.sentences.coverage}</p>
    <nav aria-labelledby="toc-heading" @click=${jump}>
      <h4 id="toc-heading">${t.onThisPage}</h4>
      <ol class="toc">
        ${summary.domains.map(
          (domain) => html`<li>
            <a href="#${domainId(domain.domain)}">${domain.name}</a>
            <span class="toc__score">${t.opportunityShort(domain.opportunity)}</span>
          </li>`,
        )}
      </ol>
      <ul class="toc toc--more">
        <li><a href="#${PLAN_ID}">${t.planLink}</a></li>
        <li><a href="#${NEXT_STEPS_ID}">${t.nextHeading}</a></li>
      </ul>
    </nav>
  </section>`;
  /* eslint-enable lit-a11y/click-events-have-key-events */
}

function renderDomain(t: QuickScanText, content: QuickScanContent, domain: DomainResult, summary: DomainSummary) {
  const { name, sentences } = summary;
  return html`<li class="domain">
    <h4 id=${domainId(domain.domain)} tabindex="-1">${t.rank(domain.rank)} ${name}</h4>
    <p>${sentences.opportunity}</p>
    ${renderDomainGrid(domain, name, content, t)}
    ${sentences.weakest ? html`<p class="weakest">${sentences.weakest}</p>` : nothing}
    <p class="muted">${sentences.coverage}</p>
  </li>`;
}

function renderNextSteps(screen: ResultScreen) {
  const { t, result, place, missing, geo, button } = screen;
  const found = place && geo?.getDefaultMunicipalityIndex().lookup(place.code);
  const match = found && found.found ? found.match : undefined;
  const general = geo?.defaultAdvisers.general;
  const finder = neighbour(screen.host, 'maatwerk-adviseur-finder');
  // The form reads the scan's `result` itself (one channel); it only needs to be shown.
  const signUp = neighbour(screen.host, 'maatwerk-sign-up');
  const download = () => {
    downloadResult(result, t.fileName, place?.name);
    screen.announce(t.downloaded);
  };
  // The one primary action: find the adviser (with a finder on the page) or write to them; signing up next to it.
  const adviser = finder ? undefined : match?.adviser;
  const contact = finder
    ? button(t.findAdviser, () => handOver(finder, place?.code))
    : adviser
      ? html`<a class="button" part="button" href=${mailtoUrl({ to: adviser.email })}>${t.mailAdviser}</a>`
      : general
        ? html`<a class="button" part="button" href=${general.url?.startsWith('https:') ? general.url : mailtoUrl({ to: general.email })}>${t.contactGeneral}</a>`
        : nothing;
  return html`<section class="next-steps" aria-labelledby=${NEXT_STEPS_ID}>
    <h3 id=${NEXT_STEPS_ID} tabindex="-1">${t.nextHeading}</h3>
    <form class="municipality" @submit=${screen.onMunicipality}>
      <div>
        <label for="municipality">${t.municipalityLabel}</label>
        <span class="hint" id="municipality-hint">${t.municipalityHint}</span>
        <input
          id="municipality"
          class="input"
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
    ${adviser && match ? html`<p>${t.adviserIs(adviser.name, match.region.name)} <a href=${mailtoUrl({ to: adviser.email })}>${adviser.email}</a></p>` : nothing}
    <div class="actions">${contact} ${signUp ? button(t.signUp, () => reveal(signUp)) : nothing}</div>
    <div class="actions">${button(t.print, screen.onPrint, 'button--secondary')} ${button(t.download, download, 'button--secondary')}</div>
    <div class="actions actions--quiet">
      ${screen.confirming
        ? nothing
        : html`<button type="button" class="button button--subtle" part="button" data-restart @click=${screen.onRestart}>${t.restart}</button>`}
      ${screen.onForget ? button(t.forget, screen.onForget, 'button--subtle') : nothing}
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
