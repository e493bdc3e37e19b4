// The scan's screens before the result: intro, domain choice, a statement step, the resume prompt
// and the content-src error. Pure render functions of what the element hands them; the result
// screen is result.ts (a chunk of its own).
import { html, nothing, type TemplateResult } from 'lit';
import type { Answers, Lang, Statement } from '@maatwerk/model';
import type { ContentProblem, ScanContent } from './content.ts';
import { offeredDomains, type Step } from './flow.ts';
import type { QuickScanText } from './locale.ts';
import type { Progress } from './storage.ts';
import { renderAnswerScale } from './answer-scale.ts';

export type Button = (label: string, onClick: () => void, kind?: string) => TemplateResult;

/** Every button of the scan (the result chunk gets it handed); Lit calls `onClick` with the element as `this`. */
export const button: Button = (label, onClick, kind = '') => html`<button type="button" class="button ${kind}" part="button" @click=${onClick}>${label}</button>`;

/** Every screen's heading; its level follows `heading-level`, so focus finds it by its part. */
export const heading = (text: string): TemplateResult => html`<h2 tabindex="-1" part="heading">${text}</h2>`;
export const SCREEN_HEADING = '[part="heading"]';

export interface IntroScreen {
  t: QuickScanText;
  content: ScanContent;
  notes: TemplateResult[];
  storageOn: boolean;
  place: string | undefined;
  button: Button;
  onStart: () => void;
}

export function renderIntro({ t, content, notes, storageOn, place, button, onStart }: IntroScreen): TemplateResult {
  return html`
    ${heading(content.title)} ${notes}
    <p>${content.intro}</p>
    <ul>
      ${content.durationMinutes ? html`<li>${t.duration(content.durationMinutes)}</li>` : nothing}
      <li>${t.privacy}</li>
      <li>${storageOn ? t.storageOn : t.storageOff}</li>
      ${place ? html`<li>${t.municipality(place)}</li>` : nothing}
    </ul>
    <p class="muted">${t.source}: ${content.source}</p>
    <div class="nav">${button(t.start, onStart)}</div>
  `;
}

export interface DomainsScreen {
  t: QuickScanText;
  content: ScanContent;
  notes: TemplateResult[];
  /** The `domains` attribute. */
  filter: string | undefined;
  chosen: readonly string[];
  error: boolean;
  button: Button;
  onToggle: (id: string, checked: boolean) => void;
  onBack: () => void;
  onBegin: () => void;
}

export function renderDomains({ t, content, notes, filter, chosen, error, button, onToggle, onBack, onBegin }: DomainsScreen): TemplateResult {
  const offered = offeredDomains(content, filter);
  const perDomain = content.statements.filter((statement) => statement.domain === offered[0]?.id).length;
  return html`
    ${heading(t.domainsHeading)} ${notes}
    <p>${t.domainsIntro(perDomain)}</p>
    <fieldset aria-describedby=${error ? 'domain-error' : nothing}>
      <legend>${t.domainsLegend}</legend>
      ${error ? html`<p id="domain-error" class="error-text">${t.domainsError}</p>` : nothing}
      ${offered.map(
        (domain, index) => html`
          <label class="check">
            <input
              type="checkbox"
              .checked=${chosen.includes(domain.id)}
              aria-describedby="domain-${index}"
              @change=${(event: Event) => onToggle(domain.id, (event.target as HTMLInputElement).checked)}
            />
            <span>${domain.name}</span>
          </label>
          <p class="description" id="domain-${index}">${domain.description}</p>
        `,
      )}
    </fieldset>
    <div class="nav">${button(t.back, onBack, 'button--secondary')} ${button(t.begin, onBegin)}</div>
  `;
}

export interface StepScreen {
  t: QuickScanText;
  content: ScanContent;
  steps: readonly Step[];
  step: number;
  answers: Answers;
  emptyWarning: boolean;
  button: Button;
  onAnswer: (id: string, value: number | null) => void;
  onBack: () => void;
  onNext: () => void;
  /** Forget the saved answers; absent when nothing is saved. */
  onForget?: () => void;
}

export function renderStep(screen: StepScreen): TemplateResult {
  const { t, content, steps, emptyWarning, button } = screen;
  const step = steps[screen.step]!;
  const last = screen.step === steps.length - 1;
  return html`
    <div class="progress" part="progress">
      <p id="progress-label">${t.stepOf(screen.step + 1, steps.length)}</p>
      <progress max=${steps.length} .value=${screen.step + 1} aria-labelledby="progress-label"></progress>
    </div>
    ${heading(t.stepHeading(step.domain.name, step.level.name))}
    <p class="description">${step.level.description}</p>
    ${content.scale.question ? html`<p>${content.scale.question}</p>` : nothing}
    ${step.statements.map((statement, index) => renderStatement(screen, statement, index))}
    ${emptyWarning ? html`<p class="note">${t.emptyStep}</p>` : nothing}
    <div class="nav">${button(t.back, screen.onBack, 'button--secondary')} ${button(last ? t.toResult : t.next, screen.onNext)}</div>
    ${screen.onForget ? html`<p>${button(t.forget, screen.onForget, 'button--subtle')}</p>` : nothing}
  `;
}

function renderStatement({ content, answers, onAnswer }: StepScreen, statement: Statement, index: number): TemplateResult {
  return renderAnswerScale({
    name: `statement-${index}`,
    statement: statement.text,
    factor: content.factors.find((factor) => factor.id === statement.factor)?.name,
    help: statement.help,
    options: [...content.scale.options, { value: null, label: content.scale.unknown.label }],
    selected: statement.id in answers ? answers[statement.id] : undefined,
    onChange: (value) => onAnswer(statement.id, value),
  });
}

export function renderResume(t: QuickScanText, lang: Lang, saved: Progress, button: Button, onResume: () => void, onStartFresh: () => void): TemplateResult {
  const date = new Date(saved.savedAt);
  const when = isNaN(date.getTime()) ? saved.savedAt : date.toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' });
  return html`
    ${heading(t.resumeHeading)}
    <p>${t.resumeText(Object.keys(saved.answers).length, when)}</p>
    <div class="nav">${button(t.resume, onResume)} ${button(t.startFresh, onStartFresh, 'button--secondary')}</div>
  `;
}

export function renderError(t: QuickScanText, problem: ContentProblem, button: Button, onUseBuiltIn: () => void): TemplateResult {
  const message = {
    network: t.errorNetwork(problem.url),
    http: t.errorHttp(problem.url, problem.status ?? 0),
    json: t.errorJson(problem.url),
    invalid: t.errorInvalid(problem.url),
  }[problem.kind];
  const shown = problem.issues.slice(0, 5);
  return html`
    ${heading(t.errorHeading)}
    <div class="note note--error">
      <p>${message}</p>
      ${shown.length
        ? html`<ul>
            ${shown.map((issue) => html`<li><code>${issue.path || t.wholeFile}</code>: ${issue.message}</li>`)}
          </ul>`
        : nothing}
      ${problem.issues.length > shown.length ? html`<p>${t.moreIssues(problem.issues.length - shown.length)}</p>` : nothing}
    </div>
    <p>${t.builtInHint}</p>
    <div class="nav">${button(t.useBuiltIn, onUseBuiltIn)}</div>
  `;
}
