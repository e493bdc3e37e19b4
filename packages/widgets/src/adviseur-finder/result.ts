// The finder's result views: the adviser's card with the call to action, "no match" and an unknown
// fixed value (their Dutch text: result-locale.ts). A chunk of its own, loaded when the first result needs it (at
// once in fixed mode), so a page with just the search field stays small. The element keeps the
// search field, the live region and the focus, and fires the events; this module renders the views
// and says which event each one fires (views only show once it has loaded).
import { mailtoUrl, type Adviser, type Advisers, type GeneralContact, type Lang, type MunicipalityIndex, type MunicipalityMatch, type Region } from '@maatwerk/model';
import { html, nothing, type TemplateResult } from 'lit';
import type { AdviserFoundDetail, AdviserNotFoundDetail } from '../events/adviseur-finder.ts';
import { headingLevel, withHeadingsFrom } from '../internal/heading-level.ts';
import { handOver, neighbour } from '../internal/neighbours.ts';
import { nl, type FinderResultText } from './result-locale.ts';

export { resultStyles } from './result-styles.ts';

/** The views rendered here. */
export type ResultView =
  | { kind: 'municipality'; match: MunicipalityMatch }
  | { kind: 'region'; region: Region }
  /** `suggestions` when the search field had them; else the closest municipalities are found here. */
  | { kind: 'no-match'; query: string; suggestions?: MunicipalityMatch[]; committed: boolean }
  | { kind: 'invalid'; attribute: 'municipality' | 'region'; value: string };

/**
 * The event a view fires, with a key that tells one visible change from the next (so each fires once),
 * and what to announce with it: "no match" after a search the user finished (Enter).
 */
export type ViewEvent = { key: string; announcement?: string } & ({ found: AdviserFoundDetail } | { notFound: AdviserNotFoundDetail });

/** The event for a view: found for a card, not found for "no match" (once committed) and an unknown fixed value. */
export function eventFor(view: ResultView, index: MunicipalityIndex, text: FinderResultText = nl): ViewEvent {
  if (view.kind === 'municipality' || view.kind === 'region') {
    const region = view.kind === 'region' ? view.region : view.match.region;
    // A match carries its region's adviser; only a region on its own is looked up.
    const adviser = (view.kind === 'municipality' ? view.match.adviser : index.adviserFor(region.code)) ?? null;
    const municipality = view.kind === 'municipality' ? view.match.municipality : null;
    return {
      key: `found ${municipality?.code ?? ''} ${region.code} ${adviser?.email ?? ''}`,
      found: { municipality, region, adviser, matchedVia: view.kind === 'municipality' ? view.match.kind : 'region' },
    };
  }
  const suggestions = suggestionsFor(view, index);
  return view.kind === 'invalid'
    ? { key: `invalid ${view.attribute} ${view.value}`, notFound: { query: view.value, suggestions } }
    : {
        key: `not-found ${view.committed ? view.query : ''}`,
        notFound: { query: view.query, suggestions },
        announcement: view.committed ? text.announceNotFound(view.query, suggestions.length) : undefined,
      };
}

const suggestionsOfView = new WeakMap<ResultView, MunicipalityMatch[]>();

/** The municipalities offered for text that matched nothing (none for an unknown region), worked out once per view. */
function suggestionsFor(view: Extract<ResultView, { kind: 'no-match' | 'invalid' }>, index: MunicipalityIndex): MunicipalityMatch[] {
  let suggestions = suggestionsOfView.get(view);
  if (!suggestions) {
    if (view.kind === 'no-match') suggestions = view.suggestions ?? closest(index, view.query);
    else suggestions = view.attribute === 'municipality' ? closest(index, view.value) : [];
    suggestionsOfView.set(view, suggestions);
  }
  return suggestions;
}

/** The closest municipalities for text that matches nothing: shorten it until something matches. */
function closest(index: MunicipalityIndex, query: string): MunicipalityMatch[] {
  for (let text = query.trim(); text.length >= 2; text = text.slice(0, -1)) {
    const found = index.search(text, 5);
    if (found.length) return found;
  }
  return [];
}

/** What the element hands to the result views. */
export interface Outcome {
  /** The element: the console names it when `headingLevel` is not a heading level. */
  host: HTMLElement;
  view: ResultView;
  /** Text in the element's language; Dutch (`nl` here) when the language brings none. */
  text: FinderResultText | undefined;
  lang: Lang;
  index: MunicipalityIndex;
  advisers: Advisers;
  /** `heading-level` as given: the level of the result heading (the card's heading is one lower). */
  headingLevel: unknown;
  /** `sign-up-href`, trimmed. */
  signUpHref: string;
  onSuggestion: (match: MunicipalityMatch) => void;
}

export function renderOutcome(outcome: Outcome): TemplateResult {
  return withHeadingsFrom(headingLevel(outcome.host, outcome.headingLevel), renderView(outcome, outcome.text ?? nl));
}

/** The view with its headings at level 2 and 3; renderOutcome moves them to `heading-level`. */
function renderView(outcome: Outcome, text: FinderResultText): TemplateResult {
  const { view } = outcome;
  if (view.kind === 'municipality' || view.kind === 'region') return renderResult(outcome, view, text);
  const invalid = view.kind === 'invalid';
  return html`${renderHeading(invalid ? (view.attribute === 'municipality' ? text.invalidMunicipalityHeading : text.invalidRegionHeading) : text.noMatchHeading)}
    ${invalid
      ? html`<p class="error-text">${view.attribute === 'municipality' ? text.invalidMunicipality(view.value) : text.invalidRegion(view.value)}</p>`
      : html`<p>${text.noMatch(view.query)}</p>`}
    ${renderSuggestions(outcome, suggestionsFor(view, outcome.index), text)} ${renderGeneralContact(outcome, text)}`;
}

function renderResult(outcome: Outcome, view: Extract<ResultView, { kind: 'municipality' | 'region' }>, text: FinderResultText): TemplateResult {
  const match = view.kind === 'municipality' ? view.match : undefined;
  const region = match ? match.region : (view as { region: Region }).region;
  const adviser = match ? match.adviser : outcome.index.adviserFor(region.code);
  const former = match?.kind === 'former' && match.alias ? match.alias : undefined;
  return html`${renderHeading(match ? match.municipality.name : text.regionHeading(region.name))}
    ${match
      ? html`<p class="muted"><span>${text.region(region.name)}</span><br /><span>${text.province(match.municipality.province)}</span></p>`
      : nothing}
    ${former ? html`<p class="note">${text.merged(former.name, formatMergeDate(former.until, outcome.lang), match!.municipality.name)}</p>` : nothing}
    ${adviser ? renderCard(outcome, adviser, text) : renderNoAdviser(outcome, text)}
    ${renderCallToAction(outcome, adviser, match?.municipality, text)}`;
}

function renderCard(outcome: Outcome, adviser: Adviser, text: FinderResultText): TemplateResult {
  return html`<div class="card" part="card">
    ${adviser.photoUrl
      ? html`<img class="photo" part="photo" src=${adviser.photoUrl} alt="" width="96" height="96" referrerpolicy="no-referrer" />`
      : nothing}
    <div class="card__body">
      <h3><span class="eyebrow">${text.yourAdviser}</span>${adviser.name}</h3>
      <p>${adviser.role}</p>
      ${renderContactList(adviser, text)} ${renderExampleNote(outcome, text)}
    </div>
  </div>`;
}

function renderNoAdviser(outcome: Outcome, text: FinderResultText): TemplateResult {
  const general = outcome.advisers.general;
  return html`<div class="card" part="card">
    <div class="card__body">
      <h3><span class="eyebrow">${text.contact}</span>${general.name}</h3>
      <p>${text.noAdviser}</p>
      ${renderContactList(general, text)} ${renderExampleNote(outcome, text)}
    </div>
  </div>`;
}

function renderContactList(contact: Pick<GeneralContact, 'email' | 'phone' | 'url'>, text: FinderResultText): TemplateResult {
  return html`<dl class="contact">
    <dt>${text.email}</dt>
    <dd><a href=${mailtoUrl({ to: contact.email })}>${contact.email}</a></dd>
    ${contact.phone ? html`<dt>${text.phone}</dt><dd><a href="tel:${contact.phone.replace(/[^\d+]/g, '')}">${contact.phone}</a></dd>` : nothing}
    ${contact.url && /^https?:\/\//.test(contact.url)
      ? html`<dt>${text.website}</dt><dd><a href=${contact.url}>${contact.url.replace(/^https?:\/\//, '')}</a></dd>`
      : nothing}
  </dl>`;
}

function renderCallToAction(
  outcome: Outcome,
  adviser: Adviser | undefined,
  municipality: { code: string; name: string } | undefined,
  text: FinderResultText,
): TemplateResult {
  const code = municipality?.code;
  // A sign-up form on this page gets the municipality; elsewhere the link goes to one, or mails the adviser.
  const signUp = neighbour(outcome.host, 'maatwerk-sign-up');
  if (signUp) {
    return html`<div class="cta"><button type="button" class="button" part="cta" @click=${() => handOver(signUp, code)}>${text.cta}</button></div>`;
  }
  const href = signUpUrl(outcome.signUpHref, code);
  if (href) return html`<div class="cta"><a class="button" part="cta" href=${href}>${text.cta}</a></div>`;
  const to = adviser ?? outcome.advisers.general;
  const mail = mailtoUrl({ to: to.email, subject: text.mailSubject(municipality?.name), body: text.mailBody(to.name, municipality?.name) });
  return html`<div class="cta">
    <a class="button" part="cta" href=${mail}>${text.cta}</a>
    <p class="muted">${text.ctaMail(to.name)}</p>
  </div>`;
}

function renderSuggestions(outcome: Outcome, suggestions: MunicipalityMatch[], text: FinderResultText): TemplateResult | typeof nothing {
  if (!suggestions.length) return nothing;
  return html`<p>${text.didYouMean}</p>
    <ul class="suggestions">
      ${suggestions.map(
        (match) =>
          html`<li>
            <button type="button" class="button button--secondary" @click=${() => outcome.onSuggestion(match)}>
              ${text.suggestion(match.municipality.name, match.municipality.province)}
            </button>
          </li>`,
      )}
    </ul>`;
}

function renderGeneralContact(outcome: Outcome, text: FinderResultText): TemplateResult {
  const general = outcome.advisers.general;
  return html`<p>${text.generalContact(general.name)}</p>
    ${renderContactList(general, text)} ${renderExampleNote(outcome, text)}`;
}

/** Example data is fictional: say so next to every name and address taken from it. */
function renderExampleNote(outcome: Outcome, text: FinderResultText): TemplateResult | typeof nothing {
  return outcome.advisers.example ? html`<p class="example">${text.example}</p>` : nothing;
}

/** The view's main heading (at `heading-level` once shifted); it takes focus after a suggestion is picked. */
function renderHeading(content: unknown): TemplateResult {
  return html`<h2 id="result-heading" tabindex="-1">${content}</h2>`;
}

/** "2022-03-23" (the last day a former municipality existed) -> "24 maart 2022" (the day it merged). */
export function formatMergeDate(until: string | undefined, lang: Lang): string | undefined {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(until ?? '');
  if (!parts) return undefined;
  const date = new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]) + 1));
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** `sign-up-href` with `?municipality=GM…`, or undefined when it is missing or not an http(s) URL. */
function signUpUrl(href: string, code: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, document.baseURI);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    if (code) url.searchParams.set('municipality', code);
    return url.href;
  } catch {
    return undefined;
  }
}
