// The sign-up form as render functions of what the element hands them: the fields, the error
// summary, the configuration problems and the failure notice. The element keeps the state.
import type { Lang, MunicipalityIndex, MunicipalityMatch, ScanResult } from '@maatwerk/model';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { MunicipalitySelectDetail } from '../events/municipality-combobox.ts';
import type { SignUpErrorKind } from '../events/sign-up.ts';
import { comboboxHtml } from '../internal/municipality-combobox.ts';
import type { DomainOption } from './domains.ts';
import type { FieldName, SignUpText } from './locale.ts';
import type { PreparedMail } from './mail.ts';
import { MAX_QUESTION_LENGTH, topDomains, type FieldErrors, type FormValues } from './payload.ts';
import { safeActionUrl } from './send.ts';

/** What the form shows: the form itself (editing, sending, failed), the confirmation, or the prepared e-mail. */
export type SignUpState = 'editing' | 'sending' | 'sent' | 'failed' | 'mailto';

type TextField = 'name' | 'role' | 'email' | 'phone' | 'question';

export interface Failure {
  kind: Exclude<SignUpErrorKind, 'validation'>;
  status?: number;
  /** Messages the endpoint sent that belong to no field. */
  messages: string[];
}

export interface FormScreen {
  text: SignUpText;
  lang: Lang;
  phase: SignUpState;
  /** The `action` attribute as given, and the endpoint when it is allowed (else the form prepares an e-mail). */
  action: string;
  endpoint: string | null;
  privacyUrl: string | null;
  values: FormValues;
  errors: FieldErrors;
  /** Fields with a message, in form order, for the error summary. */
  invalid: FieldName[];
  showSummary: boolean;
  failure: Failure | null;
  /** The e-mail alternative offered after a failed send. */
  failureMail: PreparedMail | null;
  match: MunicipalityMatch | null;
  index: MunicipalityIndex | undefined;
  result: ScanResult | null;
  domains: DomainOption[];
  domainNames: ReadonlyMap<string, string>;
  onSubmit: (event: Event) => void;
  onInput: (event: Event) => void;
  onFocusout: (event: FocusEvent) => void;
  onFocusin: () => void;
  onMunicipalitySelect: (event: CustomEvent<MunicipalitySelectDetail>) => void;
  onMunicipalityClear: () => void;
  onMunicipalitySearch: () => void;
  onSummaryClick: (event: MouseEvent, field: FieldName) => void;
  onRetry: () => void;
}

export function renderForm(screen: FormScreen): TemplateResult {
  const { text } = screen;
  const sending = screen.phase === 'sending';
  const endpoint = screen.endpoint;
  const result = screen.result;
  return html`<h2 id="form-heading" tabindex="-1">${text.heading}</h2>
    <p class="intro">${text.intro}</p>
    ${renderConfigErrors(screen)} ${screen.showSummary ? renderSummary(screen) : nothing}
    ${screen.phase === 'failed' && screen.failure ? renderFailure(screen, screen.failure) : nothing}
    <form
      part="form"
      novalidate
      aria-labelledby="form-heading"
      @submit=${screen.onSubmit}
      @input=${screen.onInput}
      @change=${screen.onInput}
      @focusout=${screen.onFocusout}
      @focusin=${screen.onFocusin}
    >
      <div class="field ${screen.errors.municipality ? 'field--error' : ''}" part="field">
        ${renderMunicipality(screen, text)}
      </div>
      ${renderText(screen, 'name', { autocomplete: 'name', required: true, maxlength: 120 })}
      ${renderText(screen, 'role', { autocomplete: 'organization-title', required: true, maxlength: 120 })}
      ${renderText(screen, 'email', { autocomplete: 'email', type: 'email', required: true, maxlength: 254, spellcheck: false })}
      ${renderText(screen, 'phone', { autocomplete: 'tel', type: 'tel', maxlength: 20, short: true })} ${renderDomains(screen)}
      ${renderText(screen, 'question', { autocomplete: 'off', multiline: true, maxlength: MAX_QUESTION_LENGTH })} ${renderConsent(screen)}
      ${result ? renderAttachResult(screen, result) : nothing}
      <div class="actions">
        <button
          class="button"
          part="button"
          type="submit"
          aria-disabled=${sending ? 'true' : 'false'}
          aria-busy=${sending ? 'true' : 'false'}
        >
          ${sending ? text.sending : endpoint ? text.submit : text.submitMail}
        </button>
      </div>
    </form>`;
}

function renderText(
  screen: FormScreen,
  field: TextField,
  options: { autocomplete: string; type?: string; required?: boolean; maxlength: number; multiline?: boolean; short?: boolean; spellcheck?: boolean },
): TemplateResult {
  const { text } = screen;
  const { label, hint } = text.fields[field];
  const error = screen.errors[field];
  const describedBy = [hint && `hint-${field}`, error && `error-${field}`].filter(Boolean).join(' ') || nothing;
  const classes = `input${options.short ? ' input--short' : ''}`;
  const value = live(screen.values[field]);
  return html`<div class="field ${error ? 'field--error' : ''}" part="field">
    <label for="field-${field}">${label}${options.required ? html` <span class="required">${text.requiredMark}</span>` : nothing}</label>
    ${hint ? html`<p class="hint" id="hint-${field}">${hint}</p>` : nothing} ${renderError(screen, field, error)}
    ${options.multiline
      ? html`<textarea
          id="field-${field}"
          class=${classes}
          part="input"
          name=${field}
          rows="5"
          maxlength=${options.maxlength}
          autocomplete=${options.autocomplete === 'off' ? 'off' : nothing}
          aria-describedby=${describedBy}
          aria-invalid=${error ? 'true' : nothing}
          .value=${value}
        ></textarea>`
      : html`<input
          id="field-${field}"
          class=${classes}
          part="input"
          name=${field}
          type=${options.type ?? 'text'}
          autocomplete=${options.autocomplete}
          maxlength=${options.maxlength}
          ?required=${options.required}
          spellcheck=${options.spellcheck === false ? 'false' : nothing}
          aria-describedby=${describedBy}
          aria-invalid=${error ? 'true' : nothing}
          .value=${value}
        />`}
  </div>`;
}


function renderError(screen: FormScreen, field: FieldName, error: string | undefined): TemplateResult | typeof nothing {
  const { text } = screen;
  return error
    ? html`<p class="error-text" id="error-${field}"><span class="visually-hidden">${text.errorPrefix}</span> ${error}</p>`
    : nothing;
}


function renderDomains(screen: FormScreen): TemplateResult {
  const { text } = screen;
  const { label, hint } = text.fields.domains;
  const error = screen.errors.domains;
  const describedBy = ['hint-domains', error && 'error-domains'].filter(Boolean).join(' ');
  const chosen = new Set(screen.values.domains);
  return html`<fieldset class="field ${error ? 'field--error' : ''}" part="field" aria-describedby=${describedBy}>
    <legend>${label}</legend>
    <p class="hint" id="hint-domains">${hint}</p>
    ${renderError(screen, 'domains', error)}
    <ul class="choices">
      ${screen.domains.map(
        (domain) =>
          html`<li>
            <label class="choice"
              ><input type="checkbox" name="domains" value=${domain.id} .checked=${live(chosen.has(domain.id))} />${domain.name}</label
            >
          </li>`,
      )}
    </ul>
  </fieldset>`;
}


function renderConsent(screen: FormScreen): TemplateResult {
  const { text } = screen;
  const privacy = screen.privacyUrl;
  const label = html`${text.fields.consent.label} <span class="required">${text.requiredMark}</span>`;
  const hint = privacy
    ? html`${text.privacy.before}<a href=${privacy} target="_blank" rel="noopener noreferrer">${text.privacy.link} ${text.privacy.newTab}</a
        >${text.privacy.after}`
    : undefined;
  return renderCheckbox(screen, 'consent', label, hint);
}


function renderAttachResult(screen: FormScreen, result: ScanResult): TemplateResult {
  const { text } = screen;
  return renderCheckbox(screen, 'attachResult', text.fields.attachResult.label, text.resultSummary(topDomains(result, screen.domainNames)));
}


/** A field of one checkbox: its error above it, a hint below (linked with aria-describedby). */
function renderCheckbox(screen: FormScreen, field: 'consent' | 'attachResult', label: TemplateResult | string, hint: TemplateResult | string | undefined): TemplateResult {
  const error = screen.errors[field];
  const describedBy = [hint !== undefined && `hint-${field}`, error && `error-${field}`].filter(Boolean).join(' ') || nothing;
  return html`<div class="field ${error ? 'field--error' : ''}" part="field">
    ${renderError(screen, field, error)}
    <label class="choice">
      <input
        id="field-${field}"
        type="checkbox"
        name=${field}
        ?required=${field === 'consent'}
        aria-describedby=${describedBy}
        aria-invalid=${error ? 'true' : nothing}
        .checked=${live(screen.values[field])}
      />
      <span>${label}</span>
    </label>
    ${hint === undefined ? nothing : html`<p class="hint" id="hint-${field}">${hint}</p>`}
  </div>`;
}


function renderConfigErrors(screen: FormScreen): TemplateResult | typeof nothing {
  const { text } = screen;
  const problems: string[] = [];
  if (!screen.privacyUrl) problems.push(text.config.privacyMissing);
  if (screen.action && !safeActionUrl(screen.action, document.baseURI)) problems.push(text.config.actionInvalid(screen.action));
  if (!problems.length) return nothing;
  return html`<div class="config-error">
    <h3>${text.config.heading}</h3>
    ${problems.map((problem) => html`<p>${problem}</p>`)}
    <p>${text.config.mailOnly}</p>
  </div>`;
}


function renderSummary(screen: FormScreen): TemplateResult | typeof nothing {
  const { text } = screen;
  const invalid = screen.invalid;
  if (!invalid.length) return nothing;
  return html`<div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-heading">
    <h3 id="error-summary-heading">${text.errorSummary.heading}</h3>
    <ul>
      ${invalid.map(
        (field) => html`<li><a href="#${field === 'domains' ? 'field-domains' : `field-${field}`}" @click=${(event: MouseEvent) => screen.onSummaryClick(event, field)}>${screen.errors[field]}</a></li>`,
      )}
    </ul>
  </div>`;
}


function renderFailure(screen: FormScreen, failure: Failure): TemplateResult {
  const { text } = screen;
  const reason =
    failure.kind === 'network' || failure.kind === 'timeout' || failure.kind === 'blocked'
      ? text.failed[failure.kind]
      : failure.status !== undefined && failure.status < 500
          ? text.failed.rejected(failure.status)
          : text.failed.server(failure.status ?? 500);
  const mail = screen.failureMail;
  return html`<div class="failure" role="group" aria-labelledby="failure-heading">
    <h3 id="failure-heading" tabindex="-1">${text.failed.heading}</h3>
    <p>${reason}</p>
    ${failure.messages.map((message) => html`<p>${message}</p>`)}
    <p>${text.failed.keep}</p>
    <div class="actions">
      <button class="button" part="button" type="button" @click=${screen.onRetry}>${text.failed.retry}</button>
    </div>
    ${mail ? html`<p>${text.failed.mailAlternative}<a href=${mail.href}>${text.failed.mailAlternativeLink(mail.to)}</a></p>` : nothing}
  </div>`;
}

/** The municipality field: this bundle's own combobox (see `comboboxHtml`). */
function renderMunicipality(screen: FormScreen, text: SignUpText): TemplateResult {
  return comboboxHtml`<maatwerk-municipality-combobox
    class="municipality"
    name="municipality"
    required
    lang=${screen.lang}
    label=${text.fields.municipality.label}
    .index=${screen.index}
    .value=${screen.match}
    .error=${screen.errors.municipality ?? ''}
    @maatwerk-municipality-select=${screen.onMunicipalitySelect}
    @maatwerk-municipality-clear=${screen.onMunicipalityClear}
    @maatwerk-municipality-search=${screen.onMunicipalitySearch}
  ></maatwerk-municipality-combobox>`;
}
