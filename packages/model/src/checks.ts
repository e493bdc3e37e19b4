import { figureDisplayIssue } from './figures.ts';
import type { DataIssue } from './messages.ts';
import type { Advisers, Geography, Lang, QuickScanContent, Traject } from './types.ts';

/**
 * What a schema cannot say: unique ids, references that must exist, every cell of the grid covered.
 * Pure, so the widgets run the same checks on content loaded at run time.
 */

type Say = (nl: string, en: string) => string;
const sayIn = (lang: Lang): Say => (nl, en) => (lang === 'nl' ? nl : en);

function duplicates<T>(items: readonly T[], key: (item: T) => string, path: string, say: Say, what: [string, string]): DataIssue[] {
  const seen = new Set<string>();
  const issues: DataIssue[] = [];
  items.forEach((item, index) => {
    const value = key(item);
    if (seen.has(value)) {
      issues.push({ path: `${path}[${index}]`, message: say(`${what[0]} "${value}" komt twee keer voor.`, `${what[1]} "${value}" appears twice.`) });
    }
    seen.add(value);
  });
  return issues;
}

export function checkContent(content: QuickScanContent, lang: Lang = 'nl'): DataIssue[] {
  const say = sayIn(lang);
  const issues: DataIssue[] = [
    ...duplicates(content.factors, (f) => f.id, 'factors', say, ['De factor', 'The factor']),
    ...duplicates(content.levels, (l) => l.id, 'levels', say, ['Het niveau', 'The level']),
    ...duplicates(content.domains, (d) => d.id, 'domains', say, ['Het domein', 'The domain']),
    ...duplicates(content.statements, (s) => s.id, 'statements', say, ['De stelling', 'The statement']),
    ...duplicates(content.phases, (p) => p.id, 'phases', say, ['De fase', 'The phase']),
    ...duplicates(content.actions, (a) => a.id, 'actions', say, ['De actie', 'The action']),
    ...duplicates(content.scale.options, (o) => String(o.value), 'scale.options', say, ['De schaalwaarde', 'The scale value']),
  ];
  const factors = new Set(content.factors.map((f) => f.id));
  const levels = new Set(content.levels.map((l) => l.id));
  const domains = new Set(content.domains.map((d) => d.id));
  const phases = new Set(content.phases.map((p) => p.id));
  const unknown = (path: string, kind: [string, string], value: string) =>
    issues.push({ path, message: say(`Onbekend ${kind[0]} "${value}".`, `Unknown ${kind[1]} "${value}".`) });

  const cells = new Set<string>();
  content.statements.forEach((statement, index) => {
    const path = `statements[${index}]`;
    if (!domains.has(statement.domain)) unknown(`${path}.domain`, ['domein', 'domain'], statement.domain);
    if (!levels.has(statement.level)) unknown(`${path}.level`, ['niveau', 'level'], statement.level);
    if (!factors.has(statement.factor)) unknown(`${path}.factor`, ['factor', 'factor'], statement.factor);
    cells.add(`${statement.domain}/${statement.level}/${statement.factor}`);
  });
  for (const domain of content.domains) {
    for (const level of content.levels) {
      for (const factor of content.factors) {
        if (!cells.has(`${domain.id}/${level.id}/${factor.id}`)) {
          issues.push({
            path: 'statements',
            message: say(
              `Er is geen stelling voor domein "${domain.id}", niveau "${level.id}", factor "${factor.id}".`,
              `There is no statement for domain "${domain.id}", level "${level.id}", factor "${factor.id}".`,
            ),
          });
        }
      }
    }
  }
  content.actions.forEach((action, index) => {
    const path = `actions[${index}]`;
    if (!factors.has(action.factor)) unknown(`${path}.factor`, ['factor', 'factor'], action.factor);
    if (!levels.has(action.level)) unknown(`${path}.level`, ['niveau', 'level'], action.level);
    if (action.domain !== undefined && !domains.has(action.domain)) unknown(`${path}.domain`, ['domein', 'domain'], action.domain);
    if (!phases.has(action.phase)) unknown(`${path}.phase`, ['fase', 'phase'], action.phase);
  });
  content.phases.forEach((phase, index) => {
    if (phase.fromMonth > phase.toMonth) {
      issues.push({ path: `phases[${index}]`, message: say('De fase eindigt voordat hij begint.', 'The phase ends before it starts.') });
    }
  });
  return issues;
}

const MONTHS = /\b(maand|maanden|month|months)\b/i;

export function checkTraject(traject: Traject, lang: Lang = 'nl'): DataIssue[] {
  const say = sayIn(lang);
  const issues = duplicates(traject.figures, (f) => f.id, 'figures', say, ['Het cijfer', 'The figure']);
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
        message: say(
          `Het cijfer zegt iets over ${publisherName}, maar de bron (${figure.source.name}) is niet van ${publisherName}. Gebruik een bron die dit zegt, of haal die bewering uit de tekst.`,
          `The figure says something about ${publisherName}, but its source (${figure.source.name}) is not by ${publisherName}. Cite a source that says so, or take the claim out of the text.`,
        ),
      });
    }
    if (MONTHS.test(figure.display) && figure.value !== traject.steps.horizonMonths) {
      issues.push({
        path: `${path}.value`,
        message: say(
          `Het cijfer noemt ${figure.value} maanden, maar de termijn van het traject (steps.horizonMonths) is ${traject.steps.horizonMonths}.`,
          `The figure says ${figure.value} months, but the traject's horizon (steps.horizonMonths) is ${traject.steps.horizonMonths}.`,
        ),
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
          message: say(`Het cijfer "${id}" staat niet in de lijst "figures".`, `The figure "${id}" is not in the "figures" list.`),
        });
      }
    });
  }
  return issues;
}

export function checkGeography(geography: Geography, lang: Lang = 'nl'): DataIssue[] {
  const say = sayIn(lang);
  const issues: DataIssue[] = [
    ...duplicates(geography.regions, (r) => r.code, 'regions', say, ['De regiocode', 'The region code']),
    ...duplicates(geography.municipalities, (m) => m.code, 'municipalities', say, ['De gemeentecode', 'The municipality code']),
    ...duplicates(geography.municipalities, (m) => m.name, 'municipalities', say, ['De gemeentenaam', 'The municipality name']),
  ];
  const regions = new Set(geography.regions.map((r) => r.code));
  const used = new Set<string>();
  const names = new Map(geography.municipalities.map((m) => [m.name.toLowerCase(), m.code]));
  geography.municipalities.forEach((municipality, index) => {
    used.add(municipality.region);
    if (!regions.has(municipality.region)) {
      issues.push({
        path: `municipalities[${index}].region`,
        message: say(
          `Gemeente ${municipality.name} hoort bij regio "${municipality.region}", maar die regio staat niet in "regions".`,
          `Municipality ${municipality.name} belongs to region "${municipality.region}", which is not in "regions".`,
        ),
      });
    }
    municipality.aliases?.forEach((alias, aliasIndex) => {
      const other = names.get(alias.name.toLowerCase());
      if (other && other !== municipality.code) {
        issues.push({
          path: `municipalities[${index}].aliases[${aliasIndex}]`,
          message: say(
            `De andere naam "${alias.name}" is de naam van een andere gemeente (${other}).`,
            `The alias "${alias.name}" is the name of another municipality (${other}).`,
          ),
        });
      }
    });
  });
  geography.regions.forEach((region, index) => {
    if (!used.has(region.code)) {
      issues.push({
        path: `regions[${index}]`,
        message: say(`Regio ${region.code} (${region.name}) heeft geen gemeenten.`, `Region ${region.code} (${region.name}) has no municipalities.`),
      });
    }
  });
  return issues;
}

export function checkAdvisers(advisers: Advisers, geography?: Geography, lang: Lang = 'nl'): DataIssue[] {
  const say = sayIn(lang);
  const issues = duplicates(advisers.advisers, (a) => a.region, 'advisers', say, ['De adviseur voor regio', 'The adviser for region']);
  if (!geography) return issues;
  const regions = new Set(geography.regions.map((r) => r.code));
  advisers.advisers.forEach((adviser, index) => {
    if (!regions.has(adviser.region)) {
      issues.push({
        path: `advisers[${index}].region`,
        message: say(`Onbekende arbeidsmarktregio "${adviser.region}".`, `Unknown labour-market region "${adviser.region}".`),
      });
    }
  });
  return issues;
}

/** The traject's horizon is the plan's: the last phase of the action plan ends in its last month. */
export function checkHorizon(traject: Traject, content: QuickScanContent, lang: Lang = 'nl'): DataIssue[] {
  const say = sayIn(lang);
  const end = Math.max(...content.phases.map((phase) => phase.toMonth));
  if (!content.phases.length || end === traject.steps.horizonMonths) return [];
  return [
    {
      path: 'steps.horizonMonths',
      message: say(
        `De termijn is ${traject.steps.horizonMonths} maanden, maar de fasen van het actieplan lopen tot maand ${end}.`,
        `The horizon is ${traject.steps.horizonMonths} months, but the action plan's phases run to month ${end}.`,
      ),
    },
  ];
}
