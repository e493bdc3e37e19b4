// The accessible HTML companion of the kennisblad and the report (digitoegankelijk.nl advises an
// HTML version beside every PDF). One self-contained file: inline CSS, the PDF's font faces as
// data URLs, no scripts, no external resources. Rendered from the same views as the PDF
// sections, so both say the same. Pure string building: browser-safe.
import { mailtoUrl } from '@maatwerk/model';
import type { FontSources } from './fonts.ts';
import type { Labels } from './labels.ts';
import { FONT_FAMILY, colors, scoreFill } from './theme.ts';
import type { ContactView, FigureView, KennisbladView, SectionView } from './view.ts';
import type { ReportView } from './report-view.ts';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}

const e = escapeHtml;
const safeUrl = (url: string) => (/^(https?:|mailto:|tel:)/i.test(url) ? e(url) : '#');

const CSS = `
*,*::before,*::after{box-sizing:border-box}
html{font-family:"${FONT_FAMILY}","Source Sans 3","Source Sans Pro",system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:112.5%;line-height:1.55;color:${colors.ink};background:${colors.paper}}
body{margin:0}
a{color:${colors.primary};text-underline-offset:.15em}
a:focus-visible,.scroll:focus-visible{outline:3px solid ${colors.accent};outline-offset:2px}
.scroll{overflow-x:auto;max-inline-size:100%}
p,li,dd,td,th,figcaption{overflow-wrap:break-word}
.contact dd,.contact a{overflow-wrap:anywhere}
.skip{position:absolute;inset-inline-start:1rem;inset-block-start:-3rem;background:${colors.paper};padding:.5rem 1rem;z-index:1}
.skip:focus{inset-block-start:1rem}
.wrap{max-inline-size:48rem;margin-inline:auto;padding-inline:1.25rem}
.masthead{background:${colors.primary};color:${colors.paper};border-block-end:.35rem solid ${colors.accent};padding-block:2rem 1.5rem}
.masthead a{color:${colors.paper}}
.kicker{margin:0;font-weight:700;letter-spacing:.12em;text-transform:uppercase;font-size:.8rem;color:${colors.accentTint}}
.masthead h1{font-size:clamp(1.6rem,4vw,2.3rem);line-height:1.15;margin:.6rem 0 .3rem}
.subtitle{margin:0;font-size:1.15rem;color:${colors.primaryTint}}
.edition{margin:.9rem 0 0;display:flex;flex-wrap:wrap;gap:.4rem}
.edition span{background:${colors.primaryTint};color:${colors.primaryDark};border-radius:1rem;padding:.1rem .7rem;font-size:.85rem;font-weight:600}
.pdf-note{font-size:.9rem;color:${colors.muted};margin-block:1rem 0}
.proposal{font-size:.9rem;color:${colors.muted};font-style:italic}
nav ol{padding-inline-start:1.2rem;margin:.3rem 0 0}
nav h2{font-size:1rem;margin:1.25rem 0 0;color:${colors.muted};text-transform:uppercase;letter-spacing:.08em}
main section{margin-block:2rem}
h2{color:${colors.primary};font-size:1.45rem;line-height:1.2;margin:0 0 .6rem;padding-block-start:.5rem;border-block-start:.2rem solid ${colors.accent};display:inline-block}
h3{color:${colors.primary};font-size:1.1rem;margin:1.2rem 0 .4rem}
p{margin:0 0 .75rem;hyphens:auto}
.figures{list-style:none;padding:0;margin:1rem 0;display:grid;grid-template-columns:repeat(auto-fit,minmax(min(13rem,100%),1fr));gap:.75rem}
.figure{background:${colors.primaryTint};border-radius:.3rem;padding:.75rem .9rem}
.figure .value{display:block;font-size:1.7rem;font-weight:700;color:${colors.primary};line-height:1.1}
.figure .label{font-size:.95rem}
.note-ref{font-size:.75em;vertical-align:super;line-height:0;margin-inline-start:.15em;color:${colors.accentText};font-weight:700}
table{border-collapse:separate;border-spacing:.25rem;inline-size:100%;margin-block:.5rem}
caption{caption-side:bottom;text-align:start;font-style:italic;color:${colors.muted};font-size:.9rem;padding-block-start:.3rem}
thead th{background:${colors.primary};color:${colors.paper};text-align:start;padding:.4rem .6rem;border-radius:.25rem .25rem 0 0}
tbody th{text-align:start;color:${colors.primary};padding:.4rem .6rem .4rem 0;vertical-align:middle}
.model td{background:${colors.primaryTint};padding:.5rem;text-align:center;font-size:.9rem;border-radius:.2rem}
.heat td{padding:.45rem;text-align:center;border-radius:.2rem;color:${colors.ink}}
.heat td strong{display:block;font-size:1.2rem}
.heat td.weakest{outline:2px solid ${colors.ink};outline-offset:-2px}
.domains{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(18rem,100%),1fr));gap:.5rem 1.5rem;padding:0;list-style:none}
.domains strong{color:${colors.primary};display:block}
.steps{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fit,minmax(min(10rem,100%),1fr));gap:.6rem;counter-reset:step}
.steps li{background:${colors.panel};border-block-start:.2rem solid ${colors.accent};padding:.7rem;counter-increment:step}
.steps h3{margin-block-start:0}
.steps h3::before{content:counter(step) ". ";color:${colors.accentText}}
.phases{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}
.phases li{flex:1 1 10rem;border-inline-start:.3rem solid ${colors.primary};padding-inline-start:.6rem}
.phases .range{display:block;font-size:.85rem;font-weight:700;color:${colors.accentText};text-transform:uppercase}
.checks{padding-inline-start:1.2rem}
.checks li{margin-block-end:.35rem}
.checks li::marker{content:"✓  ";color:${colors.primary};font-weight:700}
.quote{margin:1.25rem 0;background:${colors.accentTint};border-inline-start:.25rem solid ${colors.accent};padding:1rem 1.25rem}
.quote blockquote{margin:0;font-style:italic;font-size:1.15rem}
.quote figcaption{margin-block-start:.4rem;font-size:.9rem;font-weight:600;color:${colors.muted}}
.contact{background:${colors.primary};color:${colors.paper};border-inline-start:.35rem solid ${colors.accent};border-radius:.3rem;padding:1rem 1.25rem;font-style:normal;margin-block:1rem}
.contact a{color:${colors.paper}}
.contact .role,.contact .example{color:${colors.primarySoft}}
.contact .example{font-size:.85rem;font-style:italic;margin:.6rem 0 0}
.contact dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.5rem 0 0}
.contact dt{color:${colors.primarySoft}}
.contact dd{margin:0;font-weight:600}
.contact-heading{text-transform:uppercase;letter-spacing:.08em;font-size:.8rem;font-weight:700;color:${colors.accentTint};margin:0}
.contact-name{font-size:1.3rem;font-weight:700;margin:.2rem 0 0}
.notes{font-size:.9rem;color:${colors.muted}}
.notes ol{padding-inline-start:1.4rem}
.ranking{border-spacing:0}
.ranking th,.ranking td{padding:.45rem .5rem;border-block-end:1px solid ${colors.rule};text-align:start}
.ranking thead th{border-radius:0}
.ranking td.num{text-align:end;font-variant-numeric:tabular-nums}
.ranking tr.planned td,.ranking tr.planned th{background:${colors.primaryTint}}
.bar{display:inline-block;block-size:.7rem;border-radius:.15rem;vertical-align:middle;margin-inline-end:.4rem}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem 1rem;font-size:.9rem}
.swatch{display:inline-block;inline-size:.9rem;block-size:.9rem;border-radius:.15rem;vertical-align:middle;margin-inline-end:.3rem}
.appendix{border-spacing:0;font-size:.95rem}
.appendix th,.appendix td{padding:.35rem .5rem;border-block-end:1px solid ${colors.rule};text-align:start;vertical-align:top}
.appendix thead th{border-radius:0}
.appendix td.num{text-align:end;font-variant-numeric:tabular-nums}
.appendix tr.weakest td,.appendix tr.weakest th{background:${colors.accentTint}}
.plan ol{padding-inline-start:1.4rem}
.plan li{margin-block-end:.8rem}
.plan .context{display:block;font-size:.9rem;color:${colors.primary};font-weight:600}
.site-footer{border-block-start:1px solid ${colors.rule};margin-block-start:2rem;padding-block:1rem 2rem;color:${colors.muted};font-size:.9rem}
@media print{.skip,nav{display:none}.masthead{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`.trim();

/** What the HTML twin may embed besides the view. */
export interface HtmlOptions {
  /**
   * URLs (in Node: `data:` URLs from `nodeWebFonts()`) of the four WOFF2 faces of the font the PDF
   * embeds, so the twin looks like its PDF without fetching anything. Without them the page falls
   * back to an installed Source Sans 3 (the font Maatwerk Sans is made from) or the system font.
   */
  fonts?: FontSources;
}

/** The `@font-face` rules of the four faces, under the family name the CSS asks for first. */
function fontFaces(fonts: FontSources | undefined): string {
  if (!fonts) return '';
  const faces: Array<[string, number, string]> = [
    [fonts.regular, 400, 'normal'],
    [fonts.semibold, 600, 'normal'],
    [fonts.bold, 700, 'normal'],
    [fonts.italic, 400, 'italic'],
  ];
  return faces
    .map(([url, weight, style]) => `@font-face{font-family:"${FONT_FAMILY}";src:url("${url}") format("woff2");font-weight:${weight};font-style:${style};font-display:swap}\n`)
    .join('');
}

interface PageParts extends HtmlOptions {
  lang: string;
  title: string;
  description: string;
  author: string;
  keywords: string[];
  skipLink: string;
  header: string;
  nav?: string;
  main: string;
  footer: string;
}

function page(parts: PageParts): string {
  return `<!doctype html>
<html lang="${e(parts.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(parts.title)}</title>
<meta name="description" content="${e(parts.description)}">
<meta name="author" content="${e(parts.author)}">
<meta name="keywords" content="${e(parts.keywords.join(', '))}">
<style>
${fontFaces(parts.fonts)}${CSS}
</style>
</head>
<body>
<a class="skip" href="#inhoud">${e(parts.skipLink)}</a>
<header class="masthead">
<div class="wrap">
${parts.header}
</div>
</header>
${parts.nav ? `<div class="wrap">\n${parts.nav}\n</div>\n` : ''}<main id="inhoud" class="wrap" tabindex="-1">
${parts.main}
</main>
<footer class="site-footer">
<div class="wrap">
${parts.footer}
</div>
</footer>
</body>
</html>
`;
}

/**
 * A table that may be wider than a 320 px screen: it scrolls inside a labelled, focusable region,
 * so the page itself never scrolls sideways (WCAG 1.4.10) and keyboard users can scroll it too.
 */
function scrollRegion(label: string, table: string): string {
  return `<div class="scroll" role="region" aria-label="${e(label)}" tabindex="0">\n${table}\n</div>`;
}

const paragraphs = (items: readonly string[]) => items.map((text) => `<p>${e(text)}</p>`).join('\n');

function noteRef(figure: FigureView, template: Labels['figureNote']): string {
  return `<a class="note-ref" href="#noot-${figure.note}" aria-label="${e(template({ note: figure.note }))}">${figure.note}</a>`;
}

function figures(list: readonly FigureView[], template: Labels['figureNote']): string {
  if (!list.length) return '';
  const items = list.map(
    (figure) => `<li class="figure"><span class="value">${e(figure.display)}${noteRef(figure, template)}</span> <span class="label">${e(figure.label)}</span></li>`,
  );
  return `<ul class="figures">\n${items.join('\n')}\n</ul>`;
}

function quote(data: { text: string; author: string; role: string; organisation: string }, template: Labels['quoteBy']): string {
  return `<figure class="quote">
<blockquote><p>${e(data.text)}</p></blockquote>
<figcaption>${e(template(data))}</figcaption>
</figure>`;
}

function contact(data: ContactView, labels: KennisbladView['labels']): string {
  const rows = [
    `<dt>${e(labels.email)}</dt><dd><a href="${e(mailtoUrl({ to: data.email }))}">${e(data.email)}</a></dd>`,
    data.phone ? `<dt>${e(labels.phone)}</dt><dd><a href="tel:${e(data.phone.replace(/\s+/g, ''))}">${e(data.phone)}</a></dd>` : '',
    data.url ? `<dt>${e(labels.website)}</dt><dd><a href="${safeUrl(data.url)}">${e(data.url.replace(/^https?:\/\//, ''))}</a></dd>` : '',
  ].filter(Boolean);
  return `<address class="contact">
<p class="contact-heading">${e(data.heading)}</p>
<p class="contact-name">${e(data.name)}</p>
${data.role ? `<p class="role">${e(data.role)}</p>` : ''}
<dl>${rows.join('')}</dl>
${data.exampleNote ? `<p class="example">${e(data.exampleNote)}</p>` : ''}
</address>`;
}

function section(view: SectionView, body: string): string {
  return `<section id="${view.id}" aria-labelledby="kop-${view.id}">
<h2 id="kop-${view.id}">${e(view.heading)}</h2>
${body}
</section>`;
}

/** The kennisblad as one accessible, self-contained HTML page. */
export function kennisbladHtml(view: KennisbladView, options: HtmlOptions = {}): string {
  const { labels } = view;
  const note = labels.figureNote;
  const sections = [view.why, view.what, view.model, view.steps, view.delivers, view.practice, view.participation, view.signUp];
  const modelTable = `<figure>
${scrollRegion(view.model.caption, `<table class="model">
<caption>${e(view.model.caption)}</caption>
<thead><tr><td></td>${view.model.factors.map((factor) => `<th scope="col">${e(factor.name)}</th>`).join('')}</tr></thead>
<tbody>
${view.model.levels
  .map(
    (level) =>
      `<tr><th scope="row">${e(level.name)}</th>${view.model.factors
        .map((factor) => `<td>${e(labels.modelCell({ factor: factor.name, level: level.name.toLocaleLowerCase(labels.locale) }))}</td>`)
        .join('')}</tr>`,
  )
  .join('\n')}
</tbody>
</table>`)}
</figure>`;

  const main = [
    section(view.why, `${paragraphs(view.why.paragraphs)}\n${figures(view.why.figures, note)}`),
    section(view.what, `${paragraphs(view.what.paragraphs)}\n${figures(view.what.figures, note)}`),
    section(
      view.model,
      `${paragraphs(view.model.paragraphs)}
${modelTable}
<h3>${e(labels.domainsHeading)}</h3>
<p class="proposal">${e(labels.proposalDomains({ count: view.model.domains.length }))}</p>
<ul class="domains">
${view.model.domains.map((domain) => `<li><strong>${e(domain.name)}</strong> ${e(domain.description)}</li>`).join('\n')}
</ul>
${quote(view.quote, labels.quoteBy)}`,
    ),
    section(
      view.steps,
      `${paragraphs(view.steps.paragraphs)}
<ol class="steps">
${view.steps.items.map((item) => `<li><h3>${e(item.title)}</h3><p>${e(item.text)}</p></li>`).join('\n')}
</ol>
<h3>${e(labels.horizonHeading)}</h3>
${figures(view.steps.figures, note)}
<ol class="phases">
${view.steps.phases
  .map(
    (phase) =>
      `<li><strong>${e(phase.name)}</strong> <span class="range">${e(labels.monthRange({ from: phase.fromMonth, to: phase.toMonth }))}</span> ${e(phase.description)}</li>`,
  )
  .join('\n')}
</ol>
<p class="proposal">${e(labels.proposalPhases({ months: view.steps.horizonMonths }))}</p>`,
    ),
    section(
      view.delivers,
      `${paragraphs(view.delivers.paragraphs)}
<ul class="checks">
${view.delivers.items.map((item) => `<li>${e(item)}</li>`).join('\n')}
</ul>`,
    ),
    section(view.practice, `${paragraphs(view.practice.paragraphs)}\n${quote(view.practice.quote, labels.quoteBy)}\n${figures(view.practice.figures, note)}`),
    section(view.participation, `${paragraphs(view.participation.paragraphs)}\n${figures(view.participation.figures, note)}`),
    section(
      view.signUp,
      `${paragraphs(view.signUp.paragraphs)}
${view.signUp.regionText ? `<p><strong>${e(view.signUp.regionText)}</strong></p>` : ''}
${view.signUp.finder ? `<p><strong>${e(view.signUp.finder)}</strong></p>` : ''}
${figures(view.signUp.figures, note)}
${contact(view.signUp.contact, labels)}`,
    ),
    `<section id="bronnen" class="notes" aria-labelledby="kop-bronnen">
<h2 id="kop-bronnen">${e(labels.notesHeading)}</h2>
<ol>
${view.notes
  .map(
    (figure) =>
      `<li id="noot-${figure.note}">${e(figure.noteText)}${figure.source.url ? ` <a href="${safeUrl(figure.source.url)}">${e(figure.sourceHost ?? figure.source.url)}</a>` : ''}</li>`,
  )
  .join('\n')}
</ol>
</section>`,
  ].join('\n');

  const editionDate = labels.editionDate({ date: view.dateText });
  return page({
    ...options,
    lang: view.lang,
    title: `${view.title}: ${view.subtitle} (${view.editionText})`,
    description: `${view.subtitle}. ${view.editionText}, ${view.dateText}.`,
    author: view.publisher,
    keywords: view.keywords,
    skipLink: labels.skipLink,
    header: `<p class="kicker">${e(labels.kicker)} · ${e(view.publisher)}</p>
<h1>${e(view.title)}</h1>
<p class="subtitle">${e(view.subtitle)}</p>
<p class="edition"><span>${e(view.editionText)}</span><span>${e(editionDate)}</span></p>`,
    nav: `<p class="pdf-note">${e(labels.pdfVersion)}${pdfLink(view)}</p>
<nav aria-labelledby="kop-inhoud">
<h2 id="kop-inhoud">${e(labels.contents)}</h2>
<ol>
${sections.map((item) => `<li><a href="#${item.id}">${e(item.heading)}</a></li>`).join('\n')}
<li><a href="#bronnen">${e(labels.notesHeading)}</a></li>
</ol>
</nav>`,
    main,
    footer: `<p>${e(view.publisher)} · ${e(editionDate)} · ${e(view.editionText)}</p>`,
  });
}

/** The link from an HTML twin to its PDF, when the file names are known. */
function pdfLink(view: KennisbladView | ReportView): string {
  return view.companion ? ` <a href="${e(view.companion.pdf)}">${e(view.labels.pdfLink({ file: view.companion.pdf }))}</a>` : '';
}

/** The personalised report as one accessible, self-contained HTML page. */
export function reportHtml(view: ReportView, options: HtmlOptions = {}): string {
  const { labels } = view;
  const r = labels.report;
  const factorHeads = view.factors.map((factor) => `<th scope="col">${e(factor.name)}</th>`).join('');
  const ranking = `<section id="kansrijk" aria-labelledby="kop-kansrijk">
<h2 id="kop-kansrijk">${e(r.rankingHeading)}</h2>
<p>${e(view.rankingIntro)}</p>
${scrollRegion(r.rankingHeading, `<table class="ranking">
<thead><tr><th scope="col">${e(r.rank)}</th><th scope="col">${e(r.domain)}</th><th scope="col">${e(r.opportunity)}</th><th scope="col">${e(r.answered)}</th><th scope="col">${e(r.unknown)}</th></tr></thead>
<tbody>
${view.ranking
  .map(
    (row) =>
      `<tr${view.plan.domains.includes(row.domain) ? ' class="planned"' : ''}><td class="num">${row.rank}</td><th scope="row">${e(row.name)}</th><td>${
        row.opportunity === null
          ? `<em>${e(r.notAssessed)}</em>`
          : `<span class="bar" style="inline-size:${Math.max(2, row.opportunity) * 0.08}rem;background:${scoreFill(row.opportunity)}" aria-hidden="true"></span>${row.opportunity}`
      }</td><td class="num">${row.answered}/${row.total}</td><td class="num">${row.unknown}</td></tr>`,
  )
  .join('\n')}
</tbody>
</table>`)}
<ul class="legend" aria-label="${e(r.legend)}">
${view.legend.map((entry) => `<li><span class="swatch" style="background:${entry.fill}" aria-hidden="true"></span>${e(entry.text)}</li>`).join('\n')}
</ul>
</section>`;

  const domains = view.domains.length
    ? `<section id="beeld" aria-labelledby="kop-beeld">
<h2 id="kop-beeld">${e(r.pictureHeading)}</h2>
<p>${e(r.pictureIntro)}</p>
${view.domains
  .map((domain) => {
    const isWeakest = (cell: { level: string; factor: string }) => domain.weakest?.level === cell.level && domain.weakest.factor === cell.factor;
    return `<h3>${e(domain.heading)}</h3>
${scrollRegion(domain.caption, `<table class="heat">
<caption>${e(domain.caption)}</caption>
<thead><tr><td></td>${factorHeads}</tr></thead>
<tbody>
${domain.grid
  .map((row, index) => {
    const level = view.levels[index]!;
    return `<tr><th scope="row">${e(level.name)}</th>${row
      .map(
        (cell) =>
          `<td style="background:${scoreFill(cell.score)}"${isWeakest(cell) ? ' class="weakest"' : ''}><strong>${cell.score === null ? '–' : cell.score}</strong>${e(cell.band ? r.bands[cell.band] : r.noAnswer)}</td>`,
      )
      .join('')}</tr>`;
  })
  .join('\n')}
</tbody>
</table>`)}
<p><strong>${e(domain.weakestLink)}</strong> ${e(domain.certainty)}</p>`;
  })
  .join('\n')}
</section>`
    : '';

  let number = 0;
  const plan = `<section id="actieplan" class="plan" aria-labelledby="kop-actieplan">
<h2 id="kop-actieplan">${e(view.plan.heading)}</h2>
<p>${e(view.plan.intro)}</p>
${view.plan.phases
  .map(
    (phase) => `<h3>${e(phase.name)} <small>(${e(phase.range)})</small></h3>
<ol start="${number + 1}">
${phase.actions
  .map((action) => {
    number += 1;
    return `<li><strong>${e(action.title)}</strong> <span class="context">${e(action.context)}</span> ${e(action.description)}</li>`;
  })
  .join('\n')}
</ol>`,
  )
  .join('\n')}
</section>`;

  const a = view.appendix;
  const appendix = a.domains.length
    ? `<section id="bijlage" aria-labelledby="kop-bijlage">
<h2 id="kop-bijlage">${e(a.heading)}</h2>
<p>${e(a.intro)}</p>
<p>${e(a.tieRule)}</p>
${a.domains
  .map(
    (domain) => `<h3>${e(domain.heading)}</h3>
${scrollRegion(
  domain.caption,
  `<table class="appendix">
<caption>${e(domain.caption)}</caption>
<thead><tr><th scope="col">${e(a.columns.cell)}</th><th scope="col">${e(a.columns.statement)}</th><th scope="col">${e(a.columns.answer)}</th><th scope="col">${e(a.columns.score)}</th></tr></thead>
<tbody>
${domain.rows
  .map(
    (row) =>
      `<tr${row.weakest ? ' class="weakest"' : ''}><th scope="row">${e(row.cell)}${row.weakest ? ` <strong>(${e(r.appendix.weakestMark)})</strong>` : ''}</th><td>${e(row.statement)}</td><td>${e(row.answer)}</td><td class="num">${e(row.score)}</td></tr>`,
  )
  .join('\n')}
</tbody>
</table>`,
)}${domain.tie ? `\n<p>${e(domain.tie)}</p>` : ''}`,
  )
  .join('\n')}
</section>`
    : '';

  const contactSection = `<section id="contact" aria-labelledby="kop-contact">
<h2 id="kop-contact">${e(r.contactHeading)}</h2>
<p>${e(view.contact.intro)}</p>
${contact(view.contact, labels)}
</section>`;

  const chips = [view.completedText, view.municipality && `${view.municipality.name} (${view.municipality.code})`].filter(Boolean) as string[];
  return page({
    ...options,
    lang: view.lang,
    title: `${view.kicker}: ${view.subtitle}`,
    description: view.intro,
    author: view.publisher,
    keywords: view.keywords,
    skipLink: labels.skipLink,
    header: `<p class="kicker">${e(view.kicker)} · ${e(view.publisher)}</p>
<h1>${e(view.title)}</h1>
<p class="subtitle">${e(view.subtitle)}</p>
${chips.length ? `<p class="edition">${chips.map((chip) => `<span>${e(chip)}</span>`).join('')}</p>` : ''}${view.companion ? `\n<p class="pdf-note">${pdfLink(view).trim()}</p>` : ''}`,
    main: [`<p class="lead">${e(view.intro)}</p>`, ranking, domains, plan, contactSection, appendix].join('\n'),
    footer: `<p>${e(view.disclaimer)}</p>\n<p>${e(view.publisher)} · ${e(view.completedText ?? view.dateText)}</p>`,
  });
}
