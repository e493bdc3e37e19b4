// The inbox's server-rendered pages (no script: the strict CSP allows none inline, and none is
// needed). Every value goes through `html`, which escapes it. Text lives in ./text.ts.
import { mailtoUrl, textIn, type Lang } from '@maatwerk/model';
import type { ReportView } from '@maatwerk/kennisblad';
import type { Account } from '../accounts.ts';
import { html, type Markup } from '../html.ts';
import { STATUSES, type InboxSignUp, type Status } from './sign-ups.ts';
import { INBOX_TEXT, type InboxText } from './text.ts';

export interface PageContext {
  lang: Lang;
  account: Account;
  csrfToken: string;
  basePath: string;
}

// Made once per language: building a DateTimeFormat costs far more than formatting with it, and a
// list page formats a date per row while sign-ups and /healthz wait for the same thread.
const DATE_FORMATS: Record<Lang, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }),
};

const formatDate = (date: Date, lang: Lang) => DATE_FORMATS[lang].format(date);

export function layout(lang: Lang, title: string, body: Markup, context?: PageContext): string {
  const t = textIn(INBOX_TEXT, lang);
  const header = context
    ? html`<form class="logout" method="post" action="${context.basePath}/logout"><input type="hidden" name="_csrf" value="${context.csrfToken}">
<span>${t.loggedInAs(context.account.name, t.roles[context.account.role])}</span> <button type="submit">${t.logout}</button></form>`
    : '';
  return html`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} - ${t.product}</title><link rel="stylesheet" href="/inbox/inbox.css"></head>
<body><a class="skip" href="#main">${t.skip}</a><header><p class="product">${t.product}</p>${header}</header>
<main id="main">${body}</main></body></html>`.text;
}

export function messagePage(lang: Lang, title: string, message: string, link?: { href: string; text: string }): string {
  return layout(lang, title, html`<h1>${title}</h1><p>${message}</p>${link ? html`<p><a href="${link.href}">${link.text}</a></p>` : ''}`);
}

export interface ListPage {
  signUps: InboxSignUp[];
  regions: ReadonlyArray<{ code: string; name: string }>;
  regionOf(code: string): string;
  region?: string;
  status?: Status;
  size: number;
  /** Link to the next (older) page, if there is one. */
  olderHref?: string;
  notice?: string;
}

export function listPage(context: PageContext, page: ListPage): string {
  const t = textIn(INBOX_TEXT, context.lang);
  const { basePath } = context;
  const option = (value: string, label: string, selected: boolean) => html`<option value="${value}" ${selected ? html`selected` : ''}>${label}</option>`;
  const rows = page.signUps.map(
    (signUp) => html`<tr>
<td><a href="${basePath}/sign-ups/${signUp.publicId}">${signUp.payload.municipality.name}</a></td>
<td>${page.regionOf(signUp.municipalityCode)}</td>
<td>${formatDate(signUp.receivedAt, context.lang)}</td>
<td>${t.statuses[signUp.status]}</td>
<td>${mailText(t, signUp)}</td></tr>`,
  );
  const exportRegion = page.region ?? (page.regions.length === 1 ? page.regions[0]!.code : undefined);
  return layout(
    context.lang,
    t.inboxTitle,
    html`<h1>${t.inboxTitle}</h1>
${page.notice ? html`<p role="status" class="notice">${page.notice}</p>` : ''}
<form class="filters" method="get" action="${basePath}/">
<p><label for="region">${t.region}</label>
<select id="region" name="region">${option('', t.allRegions, !page.region)}${page.regions.map((region) => option(region.code, region.name, region.code === page.region))}</select></p>
<p><label for="status">${t.status}</label>
<select id="status" name="status">${option('', t.allStatuses, !page.status)}${STATUSES.map((status) => option(status, t.statuses[status], status === page.status))}</select></p>
<input type="hidden" name="size" value="${page.size}"><input type="hidden" name="lang" value="${context.lang}">
<p><button type="submit">${t.filter}</button></p></form>
${
  page.signUps.length
    ? html`<table><caption>${t.listCaption}</caption><thead><tr><th scope="col">${t.municipality}</th><th scope="col">${t.region}</th><th scope="col">${t.received}</th><th scope="col">${t.status}</th><th scope="col">${t.mail}</th></tr></thead>
<tbody>${rows}</tbody></table>`
    : html`<p>${t.empty}</p>`
}
${page.olderHref ? html`<p><a href="${page.olderHref}">${t.older}</a></p>` : ''}
${exportRegion ? html`<p><a href="${basePath}/export.csv?region=${exportRegion}">${t.exportCsv(page.regions.find((region) => region.code === exportRegion)?.name ?? exportRegion)}</a></p>` : ''}
<p><a href="?lang=${context.lang === 'nl' ? 'en' : 'nl'}" hreflang="${context.lang === 'nl' ? 'en' : 'nl'}">${t.otherLanguage}</a></p>`,
    context,
  );
}

export function detailPage(context: PageContext, signUp: InboxSignUp, regionName: string, report: ReportView | undefined, domainNames: Map<string, string>): string {
  const t = textIn(INBOX_TEXT, context.lang);
  const { basePath } = context;
  const p = signUp.payload;
  const base = `${basePath}/sign-ups/${signUp.publicId}`;
  const field = (label: string, value: Markup | string | undefined) => (value ? html`<dt>${label}</dt><dd>${value}</dd>` : '');
  return layout(
    context.lang,
    t.detailTitle(p.municipality.name),
    html`<p><a href="${basePath}/">${t.back}</a></p>
<h1>${t.detailTitle(p.municipality.name)}</h1>
<dl>
${field(t.municipality, `${p.municipality.name} (${p.municipality.code})`)}
${field(t.region, regionName)}
${field(t.received, formatDate(signUp.receivedAt, context.lang))}
${field(t.name, p.name)}
${field(t.role, p.role)}
${field(t.email, html`<a href="${mailtoUrl({ to: p.email })}">${p.email}</a>`)}
${field(t.phone, p.phone)}
${field(t.domains, p.domains.map((domain) => domainNames.get(domain) ?? domain).join(', '))}
${field(t.question, p.question)}
${field(t.mail, mailText(t, signUp))}
</dl>
<h2>${t.status}</h2>
<p>${t.statuses[signUp.status]}${signUp.statusChangedBy && signUp.statusChangedAt ? html` (${t.changedBy(signUp.statusChangedBy, formatDate(signUp.statusChangedAt, context.lang))})` : ''}</p>
<form method="post" action="${base}/status"><input type="hidden" name="_csrf" value="${context.csrfToken}">
<fieldset><legend>${t.setStatus}</legend>
${STATUSES.map((status) => html`<label><input type="radio" name="status" value="${status}" ${status === signUp.status ? html`checked` : ''}> ${t.statuses[status]}</label> `)}
</fieldset><p><button type="submit">${t.save}</button></p></form>
${report ? resultSection(t, report, `${base}/report.pdf`) : html`<h2>${t.result}</h2><p>${t.noResult}</p>`}
<h2>${t.deleteHeading}</h2>
<form method="post" action="${base}/delete"><input type="hidden" name="_csrf" value="${context.csrfToken}">
<p><label><input type="checkbox" name="confirm" value="yes" required> ${t.deleteConfirm}</label></p>
<p><button type="submit">${t.delete}</button></p></form>`,
    context,
  );
}

/** The attached scan result as the report has it: ranked domains, then the 3x3 picture per domain. */
function resultSection(t: InboxText, view: ReportView, pdfHref: string): Markup {
  const r = view.labels.report;
  const ranking = html`<table><caption>${r.rankingHeading}</caption><thead><tr><th scope="col">${r.rank}</th><th scope="col">${r.domain}</th><th scope="col">${r.opportunity}</th><th scope="col">${r.answered}</th><th scope="col">${r.unknown}</th></tr></thead>
<tbody>${view.ranking.map((row) => html`<tr><td>${row.rank}</td><th scope="row">${row.name}</th><td>${row.opportunity ?? r.notAssessed}</td><td>${row.answered}/${row.total}</td><td>${row.unknown}</td></tr>`)}</tbody></table>`;
  const grids = view.domains.map(
    (domain) => html`<h3>${domain.heading}</h3>
<table class="grid"><caption>${domain.caption}</caption><thead><tr><td></td>${view.factors.map((factor) => html`<th scope="col">${factor.name}</th>`)}</tr></thead>
<tbody>${domain.grid.map(
      (row, index) => html`<tr><th scope="row">${view.levels[index]?.name ?? ''}</th>${row.map(
        (cell) => html`<td class="band-${cell.band ?? 'none'}">${cell.score === null ? r.noAnswer : html`${cell.score} <span class="band">(${r.bands[cell.band!]})</span>`}</td>`,
      )}</tr>`,
    )}</tbody></table>
<p>${domain.weakestLink}</p><p>${domain.certainty}</p>`,
  );
  return html`<h2>${t.result}</h2>${view.completedText ? html`<p>${view.completedText}</p>` : ''}
<p><a class="button" href="${pdfHref}">${t.reportPdf}</a></p>
${ranking}<h2>${r.pictureHeading}</h2>${grids}`;
}

function mailText(t: InboxText, signUp: InboxSignUp): string {
  return t.mailStates[signUp.mailState] + (signUp.mailState === 'failed' || signUp.mailState === 'retrying' ? ` (${t.attempts(signUp.mailAttempts)})` : '');
}

export const STYLESHEET = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font-family:system-ui,sans-serif;font-size:1rem;line-height:1.5;color:#1a1a1a;background:#fff}
header{display:flex;flex-wrap:wrap;gap:1rem;justify-content:space-between;align-items:center;padding:.75rem 1.5rem;background:#154273;color:#fff}
header .product{margin:0;font-weight:700}
header button{margin-inline-start:.5rem}
main{max-inline-size:70rem;margin:0 auto;padding:1rem 1.5rem 3rem}
a{color:#154273}
header a,header span{color:#fff}
.skip{position:absolute;inset-inline-start:-999px}
.skip:focus{position:static;display:block;padding:.5rem;background:#ffbf47;color:#1a1a1a}
:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px;background-color:#ffbf47}
button,.button{font:inherit;padding:.4rem .9rem;border:2px solid #154273;border-radius:4px;background:#154273;color:#fff;text-decoration:none;display:inline-block;cursor:pointer}
select,input{font:inherit}
.filters{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-end}
.filters p{margin:0}
table{border-collapse:collapse;margin-block:1rem;inline-size:100%}
caption{text-align:start;font-weight:700;padding-block:.25rem}
th,td{border:1px solid #6b6b6b;padding:.35rem .6rem;text-align:start;vertical-align:top}
.grid td{text-align:center}
.band-weak{background:#fde2e1}.band-fair{background:#fff4cc}.band-strong{background:#dcefdc}
.notice{padding:.5rem 1rem;border-inline-start:4px solid #2a6e2f;background:#eef6ee}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
dt{font-weight:700}dd{margin:0;white-space:pre-wrap}
fieldset{border:1px solid #6b6b6b}
`;
