import { dataText, type DataText } from './data-text.ts';
import type { Reference, Thing } from './data-text.nl.ts';
import { figureDisplayIssue } from './figures.ts';
import type { DataIssue } from './messages.ts';
import type { Advisers, Geography, Lang, QuickScanContent, Traject } from './types.ts';

/**
 * What a schema cannot say: unique ids, references that must exist, every cell of the grid covered.
 * Pure, so the widgets run the same checks on content loaded at run time.
 */

function duplicates<T>(items: readonly T[], key: (item: T) => string, path: string, text: DataText, thing: Thing): DataIssue[] {
  const seen = new Set<string>();
  const issues: DataIssue[] = [];
  items.forEach((item, index) => {
    const value = key(item);
    if (seen.has(value)) {
      issues.push({ path: `${path}[${index}]`, message: text.duplicate(thing, value) });
    }
    seen.add(value);
  });
  return issues;
}

export function checkContent(content: QuickScanContent, lang: Lang = 'nl'): DataIssue[] {
  const text = dataText(lang);
  const issues: DataIssue[] = [
    ...duplicates(content.factors, (f) => f.id, 'factors', text, 'factor'),
    ...duplicates(content.levels, (l) => l.id, 'levels', text, 'level'),
    ...duplicates(content.domains, (d) => d.id, 'domains', text, 'domain'),
    ...duplicates(content.statements, (s) => s.id, 'statements', text, 'statement'),
    ...duplicates(content.phases, (p) => p.id, 'phases', text, 'phase'),
    ...duplicates(content.actions, (a) => a.id, 'actions', text, 'action'),
    ...duplicates(content.scale.options, (o) => String(o.value), 'scale.options', text, 'scaleValue'),
  ];
  const factors = new Set(content.factors.map((f) => f.id));
  const levels = new Set(content.levels.map((l) => l.id));
  const domains = new Set(content.domains.map((d) => d.id));
  const phases = new Set(content.phases.map((p) => p.id));
  const unknown = (path: string, reference: Reference, value: string) => issues.push({ path, message: text.unknown(reference, value) });

  const cells = new Set<string>();
  content.statements.forEach((statement, index) => {
    const path = `statements[${index}]`;
    if (!domains.has(statement.domain)) unknown(`${path}.domain`, 'domain', statement.domain);
    if (!levels.has(statement.level)) unknown(`${path}.level`, 'level', statement.level);
    if (!factors.has(statement.factor)) unknown(`${path}.factor`, 'factor', statement.factor);
    cells.add(`${statement.domain}/${statement.level}/${statement.factor}`);
  });
  for (const domain of content.domains) {
    for (const level of content.levels) {
      for (const factor of content.factors) {
        if (!cells.has(`${domain.id}/${level.id}/${factor.id}`)) {
          issues.push({
            path: 'statements',
            message: text.missingStatement(domain.id, level.id, factor.id),
          });
        }
      }
    }
  }
  content.actions.forEach((action, index) => {
    const path = `actions[${index}]`;
    if (!factors.has(action.factor)) unknown(`${path}.factor`, 'factor', action.factor);
    if (!levels.has(action.level)) unknown(`${path}.level`, 'level', action.level);
    if (action.domain !== undefined && !domains.has(action.domain)) unknown(`${path}.domain`, 'domain', action.domain);
    if (!phases.has(action.phase)) unknown(`${path}.phase`, 'phase', action.phase);
  });
  content.phases.forEach((phase, index) => {
    if (phase.fromMonth > phase.toMonth) {
      issues.push({ path: `phases[${index}]`, message: text.phaseEndsBeforeStart });
    }
  });
  return issues;
}

const MONTHS = /\b(maand|maanden|month|months)\b/i;

export function checkTraject(traject: Traject, lang: Lang = 'nl'): DataIssue[] {
  const text = dataText(lang);
  const issues = duplicates(traject.figures, (f) => f.id, 'figures', text, 'figure');
  // "Stichting Lezen & Schrijven" is named "Lezen & Schrijven" in running text.
  const publisherName = traject.publisher.replace(/^Stichting\s+/, '');
  traject.figures.forEach((figure, index) => {
    const path = `figures[${index}]`;
    const displayIssue = figureDisplayIssue(figure, `${path}.display`, traject.lang, lang);
    if (displayIssue) issues.push(displayIssue);
    // A claim about the publisher's own work needs the publisher as its source, not a third party
    // (the "35 regio's, each with an adviser of Lezen & Schrijven" card once cited UWV for that).
    if (figure.label.includes(publisherName) && !figure.source.name.includes(publisherName)) {
      issues.push({
        path: `${path}.source`,
        message: text.figureSourceNotPublisher(publisherName, figure.source.name),
      });
    }
    if (MONTHS.test(figure.display) && figure.value !== traject.steps.horizonMonths) {
      issues.push({
        path: `${path}.value`,
        message: text.figureMonths(figure.value, traject.steps.horizonMonths),
      });
    }
  });
  const ids = new Set(traject.figures.map((figure) => figure.id));
  for (const [key, value] of Object.entries(traject)) {
    if (!value || typeof value !== 'object' || !('figures' in value) || !Array.isArray(value.figures)) continue;
    (value.figures as string[]).forEach((id, index) => {
      if (!ids.has(id)) {
        issues.push({
          path: `${key}.figures[${index}]`,
          message: text.figureNotListed(id),
        });
      }
    });
  }
  return issues;
}

export function checkGeography(geography: Geography, lang: Lang = 'nl'): DataIssue[] {
  const text = dataText(lang);
  const issues: DataIssue[] = [
    ...duplicates(geography.regions, (r) => r.code, 'regions', text, 'regionCode'),
    ...duplicates(geography.municipalities, (m) => m.code, 'municipalities', text, 'municipalityCode'),
    ...duplicates(geography.municipalities, (m) => m.name, 'municipalities', text, 'municipalityName'),
  ];
  const regions = new Set(geography.regions.map((r) => r.code));
  const used = new Set<string>();
  const names = new Map(geography.municipalities.map((m) => [m.name.toLowerCase(), m.code]));
  geography.municipalities.forEach((municipality, index) => {
    used.add(municipality.region);
    if (!regions.has(municipality.region)) {
      issues.push({
        path: `municipalities[${index}].region`,
        message: text.municipalityRegionUnknown(municipality.name, municipality.region),
      });
    }
    municipality.aliases?.forEach((alias, aliasIndex) => {
      const other = names.get(alias.name.toLowerCase());
      if (other && other !== municipality.code) {
        issues.push({
          path: `municipalities[${index}].aliases[${aliasIndex}]`,
          message: text.aliasIsOtherMunicipality(alias.name, other),
        });
      }
    });
  });
  geography.regions.forEach((region, index) => {
    if (!used.has(region.code)) {
      issues.push({
        path: `regions[${index}]`,
        message: text.regionWithoutMunicipalities(region.code, region.name),
      });
    }
  });
  return issues;
}

export function checkAdvisers(advisers: Advisers, geography?: Geography, lang: Lang = 'nl'): DataIssue[] {
  const text = dataText(lang);
  const issues = duplicates(advisers.advisers, (a) => a.region, 'advisers', text, 'adviserRegion');
  if (!geography) return issues;
  const regions = new Set(geography.regions.map((r) => r.code));
  advisers.advisers.forEach((adviser, index) => {
    if (!regions.has(adviser.region)) {
      issues.push({
        path: `advisers[${index}].region`,
        message: text.unknownRegion(adviser.region),
      });
    }
  });
  return issues;
}

/** The traject's horizon is the plan's: the last phase of the action plan ends in its last month. */
export function checkHorizon(traject: Traject, content: QuickScanContent, lang: Lang = 'nl'): DataIssue[] {
  const text = dataText(lang);
  const end = Math.max(...content.phases.map((phase) => phase.toMonth));
  if (!content.phases.length || end === traject.steps.horizonMonths) return [];
  return [
    {
      path: 'steps.horizonMonths',
      message: text.horizonMismatch(traject.steps.horizonMonths, end),
    },
  ];
}
