// What the sign-up form shows instead of the form: the confirmation after sending, and the
// prepared e-mail to the adviser.
import type { Lang, MunicipalityMatch } from '@maatwerk/model';
import { html, nothing, type TemplateResult } from 'lit';
import type { SignUpText } from './locale.ts';
import type { PreparedMail } from './mail.ts';

/** The endpoint had this form's sign-up already (a 409): when, and the e-mail that brings the changes made since. */
export interface ReceivedBefore {
  at: Date | undefined;
  lang: Lang;
  changesMail: PreparedMail | null;
}

/**
 * The confirmation: who will get in touch (the region's adviser, or the general contact). When the
 * sign-up had been received before, it says when, that the later changes were not stored, and how
 * to send them.
 */
export function renderSent(text: SignUpText, match: MunicipalityMatch | null, generalContact: string, receivedBefore?: ReceivedBefore): TemplateResult {
  const adviser = match?.adviser;
  const contact = adviser?.name ?? generalContact;
  const mail = receivedBefore?.changesMail;
  return html`<div class="confirmation" part="confirmation">
    ${receivedBefore
      ? html`<h2 id="confirmation-heading" tabindex="-1">${text.receivedBefore.heading}</h2>
          <p>${text.receivedBefore.body(receivedBefore.at && formatMoment(receivedBefore.at, receivedBefore.lang))}</p>
          ${mail ? html`<p>${text.receivedBefore.changes(mail.contact.name)}<a href=${mail.href}>${text.failed.mailAlternativeLink(mail.to)}</a></p>` : nothing}`
      : html`<h2 id="confirmation-heading" tabindex="-1">${text.sent.heading}</h2>
          <p>${adviser && match ? text.sent.body(adviser.name, match.region.name) : text.sent.bodyGeneral(contact)}</p>`}
    <h3>${text.sent.nextHeading}</h3>
    <ol>
      ${text.sent.next(contact).map((step) => html`<li>${step}</li>`)}
    </ol>
  </div>`;
}

export interface MailScreen {
  text: SignUpText;
  mail: PreparedMail;
  /** The built-in advisers are fictional example data: say so. */
  example: boolean;
  opening: boolean;
  onMailLinkClick: () => void;
  onBackToForm: () => void;
}

export function renderMail({ text, mail, example, opening, onMailLinkClick, onBackToForm }: MailScreen): TemplateResult {
  return html`<div class="confirmation" part="confirmation">
    <h2 id="mail-heading" tabindex="-1">${text.mail.heading}</h2>
    <p>${mail.region ? text.mail.intro(mail.contact.name, mail.region) : text.mail.introGeneral(mail.contact.name)}</p>
    ${example ? html`<p class="note">${text.mail.example}</p>` : nothing}
    <p class="actions">
      <a class="button" part="button" href=${mail.href} @click=${onMailLinkClick}>${text.mail.open(mail.contact.name)}</a>
    </p>
    ${opening ? html`<p>${text.mail.opening}</p>` : nothing}
    <p>${text.mail.fallback(mail.to)}</p>
    <div class="field" part="field">
      <label for="mail-body">${text.mail.bodyLabel}</label>
      <textarea id="mail-body" class="input mail-body" part="input" readonly .value=${mail.body}></textarea>
    </div>
    <p>
      <button class="button button--secondary" part="button" type="button" @click=${onBackToForm}>${text.mail.back}</button>
    </p>
  </div>`;
}

/** "2 maart 2026 om 11:15" / "2 March 2026 at 11:15", in the visitor's time zone. */
function formatMoment(at: Date, lang: Lang): string {
  return at.toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeStyle: 'short' });
}
