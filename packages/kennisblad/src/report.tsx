// The personalised report of a quick scan result. Reuses the kennisblad's page frame, masthead,
// model grid, horizon, contact card and styles.
//
// Two layouts of the same sections: `pages` puts the overview, the picture per domain and the
// action plan on pages of their own, split where an estimate of the text height says so, and
// numbers them as fixed text; `flow` lets the content run from page to page and numbers the pages
// after pagination (react-pdf then lays out every page twice). `renderReportView` tries `pages`
// and falls back to `flow` when the estimate was wrong.
import { Document, StyleSheet, Text, View, type DocumentProps } from '@react-pdf/renderer';
import { Fragment, type ReactElement } from 'react';
import { documentProps } from './meta.ts';
import { ActionPlan, type PlanPart } from './sections/ActionPlan.tsx';
import { APPENDIX_FIXED_WIDTH, Appendix, LINE_HEIGHT as APPENDIX_LINE_HEIGHT } from './sections/Appendix.tsx';
import { ContactCard } from './sections/Contact.tsx';
import { DocumentProvider } from './sections/context.ts';
import { DOMAINS_PER_PAGE, DomainPicture } from './sections/DomainPicture.tsx';
import { Masthead } from './sections/Masthead.tsx';
import { PageFrame } from './sections/PageFrame.tsx';
import { Paragraph, SectionHeading } from './sections/parts.tsx';
import { Ranking } from './sections/Ranking.tsx';
import { colors, space, type } from './theme.ts';
import type { ReportView } from './report-view.ts';

const styles = StyleSheet.create({
  intro: { fontSize: type.lead, lineHeight: 1.4, color: colors.ink, marginBottom: 14 },
  contact: { marginTop: 2, marginBottom: 12 },
  disclaimer: { fontSize: type.note + 0.5, color: colors.muted, lineHeight: 1.35, borderTopWidth: 0.75, borderTopColor: colors.rule, paddingTop: 6 },
});

export interface ReportDocumentOptions {
  layout?: 'pages' | 'flow';
}

// Rough text metrics of Source Sans 3 for the estimate, in points.
const PAGE_HEIGHT = 842 - (space.pageTop + 14) - space.pageBottom;
const BODY_WIDTH = 595 - 2 * space.pageX - 22;
const FILL = 0.95;
const lines = (text: string, size: number, width: number, em = 0.44) => Math.max(1, Math.ceil((text.length * size * em) / width));

/** The estimated height of each block of the plan, for splitting it over pages. */
function estimate(view: ReportView) {
  const plan = view.plan;
  return {
    header: 36 + lines(plan.intro, type.body, BODY_WIDTH + 22) * type.body * type.lineHeight + 5 + (plan.phases.length ? 46 : 0),
    phaseHead: 28,
    action: (action: { title: string; description: string }) =>
      lines(action.title, type.body, BODY_WIDTH, 0.48) * type.body * 1.2 +
      11 +
      lines(action.description, type.small, BODY_WIDTH, 0.43) * type.small * 1.38 +
      7,
    contact: 36 + lines(view.contact.intro, type.body, BODY_WIDTH + 22) * type.body * type.lineHeight + 5 + 90 + 14,
    disclaimer: 8 + lines(view.disclaimer, type.note + 0.5, BODY_WIDTH + 22) * (type.note + 0.5) * 1.35,
  };
}

/** Splits the action plan over pages; the last part also has room for the contact, or not. */
export function planParts(view: ReportView): { parts: PlanPart[]; contactOnLastPart: boolean } {
  const size = estimate(view);
  const room = PAGE_HEIGHT * FILL;
  const parts: PlanPart[] = [];
  let current: PlanPart = { first: true, phases: [], startNumber: 1 };
  let used = size.header;
  let number = 1;
  for (const phase of view.plan.phases) {
    for (const action of phase.actions) {
      const samePhase = current.phases.at(-1)?.id === phase.id;
      let height = size.action(action) + (samePhase ? 0 : size.phaseHead);
      if (used + height > room && current.phases.length) {
        parts.push(current);
        current = { first: false, phases: [], startNumber: number };
        used = 0;
        // A phase that continues on the next page repeats its heading there.
        height = size.action(action) + size.phaseHead;
      }
      if (current.phases.at(-1)?.id !== phase.id) current.phases.push({ ...phase, actions: [] });
      current.phases.at(-1)!.actions.push(action);
      used += height;
      number += 1;
    }
  }
  parts.push(current);
  return { parts, contactOnLastPart: used + size.contact + size.disclaimer <= room };
}

/** The report as a react-pdf `Document` element, ready for `renderToBuffer` or `pdf()`. */
export function reportDocument(view: ReportView, options: ReportDocumentOptions = {}): ReactElement<DocumentProps> {
  const { labels } = view;
  const frame = {
    runningTitle: `${view.kicker}: ${view.municipality?.name ?? view.title}`,
    runningEdition: view.completedText ?? view.dateText,
    publisher: view.publisher,
    footerDate: view.completedText ?? view.dateText,
  };
  const chips = [view.completedText, view.municipality && `${view.municipality.name} (${view.municipality.code})`].filter(
    (chip): chip is string => Boolean(chip),
  );
  const overview = (
    <>
      <Masthead
        kicker={view.kicker}
        publisher={view.publisher}
        title={view.title}
        subtitle={view.subtitle}
        chips={chips}
        {...(view.companion && { webVersion: { text: labels.webVersion({ file: view.companion.html }), href: view.companion.html } })}
      />
      <Text style={styles.intro}>{view.intro}</Text>
      <Ranking view={view} />
    </>
  );
  const picture = view.domains.length > 0 && <DomainPicture view={view} />;
  const contact = (
    <>
      <View wrap={false}>
        <SectionHeading>{labels.report.contactHeading}</SectionHeading>
        <Paragraph>{view.contact.intro}</Paragraph>
        <View style={styles.contact}>
          <ContactCard contact={view.contact} />
        </View>
      </View>
      <Text style={styles.disclaimer}>{view.disclaimer}</Text>
    </>
  );

  let pages: ReactElement[];
  if (options.layout === 'flow') {
    pages = [
      <PageFrame key="flow" {...frame}>
        {overview}
        {picture}
        <ActionPlan view={view} />
        {contact}
        {view.appendix.domains.length > 0 && (
          <View break>
            <Appendix view={view} />
          </View>
        )}
      </PageFrame>,
    ];
  } else {
    const { parts, contactOnLastPart } = planParts(view);
    const pictures = pictureParts(view).map((domains, index) => [<DomainPicture key="picture" view={view} domains={domains} first={index === 0} />]);
    // Each page's children are a list: every element in it needs a key, the overview too.
    const groups: ReactElement[][] = [[<Fragment key="overview">{overview}</Fragment>], ...pictures, ...parts.map((part) => [<ActionPlan key="plan" view={view} part={part} />])];
    if (contactOnLastPart) groups.at(-1)!.push(<View key="contact">{contact}</View>);
    else groups.push([<View key="contact">{contact}</View>]);
    appendixParts(view).forEach((domains, index) => groups.push([<Appendix key="appendix" view={view} domains={domains} first={index === 0} />]));
    pages = groups.map((children, index) => (
      <PageFrame key={index} {...frame} page={{ number: index + 1, total: groups.length }} sheet={index + 1}>
        {children}
      </PageFrame>
    ));
  }

  return (
    <Document
      {...documentProps({
        title: `${view.kicker}: ${view.subtitle}`,
        subject: view.title,
        publisher: view.publisher,
        keywords: view.keywords,
        locale: labels.locale,
        date: view.date,
      })}
    >
      <DocumentProvider value={{ lang: view.lang, labels }}>{pages}</DocumentProvider>
    </Document>
  );
}

/** Items in runs of `size`: the pages of a part that repeats per domain. */
function chunks<T>(items: readonly T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let index = 0; index < items.length; index += size) parts.push(items.slice(index, index + size));
  return parts;
}

/** The pictures per domain in pages of `DOMAINS_PER_PAGE`. */
const pictureParts = (view: ReportView) => chunks(view.domains, DOMAINS_PER_PAGE);

/** The appendix's domain tables split over pages by their estimated height (a table never splits). */
export function appendixParts(view: ReportView): ReportView['appendix']['domains'][] {
  const { appendix } = view;
  const room = PAGE_HEIGHT * FILL;
  const statementWidth = BODY_WIDTH + 22 - APPENDIX_FIXED_WIDTH;
  const paragraph = (text: string) => lines(text, type.body, BODY_WIDTH + 22) * type.body * type.lineHeight + 5;
  const height = (domain: ReportView['appendix']['domains'][number]) =>
    24 + 16 + 12 +
    domain.rows.reduce((sum, row) => sum + lines(row.statement, type.small, statementWidth, 0.41) * type.small * APPENDIX_LINE_HEIGHT + 4.5 + (row.weakest ? type.note : 0), 0) +
    (domain.tie ? lines(domain.tie, type.small, BODY_WIDTH + 22) * type.small * 1.35 + 4 : 0);
  const parts: ReportView['appendix']['domains'][] = [];
  let current: ReportView['appendix']['domains'] = [];
  let used = 36 + paragraph(appendix.intro) + paragraph(appendix.tieRule);
  for (const domain of appendix.domains) {
    if (used + height(domain) > room && current.length) {
      parts.push(current);
      current = [];
      used = 0;
    }
    current.push(domain);
    used += height(domain);
  }
  if (current.length) parts.push(current);
  return parts;
}

/** How many pages the `pages` layout plans for a report. */
export function plannedReportPages(view: ReportView): number {
  const { parts, contactOnLastPart } = planParts(view);
  return 1 + pictureParts(view).length + parts.length + (contactOnLastPart ? 0 : 1) + appendixParts(view).length;
}
