import type { Action, DomainResult, Phase, QuickScanContent, ScanResult } from './types.ts';

export interface AdviseOptions {
  /** How many of the best-ranked domains get actions. */
  topDomains?: number;
  /** Actions per domain: at least `min` where the library allows, never more than `max`. */
  min?: number;
  max?: number;
}

export interface PlannedAction {
  action: Action;
  domain: string;
  /** Score of the action's factor x level cell in that domain; null when it was not answered. */
  cellScore: number | null;
  /** True when the cell scored below the action's threshold; false for a filler that strengthens a good score. */
  belowThreshold: boolean;
}

export interface PlanPhase {
  phase: Phase;
  actions: PlannedAction[];
}

export interface ActionPlan {
  months: number;
  domains: string[];
  phases: PlanPhase[];
}

const DEFAULTS = { topDomains: 3, min: 3, max: 5 } as const;

/**
 * Builds the 10-month action plan for the best-ranked domains: per domain the actions aimed at its
 * weakest cells first (domain-specific before generic), no action twice, ordered by plan phase.
 */
export function advise(content: QuickScanContent, result: ScanResult, options: AdviseOptions = {}): ActionPlan {
  const { topDomains, min, max } = { ...DEFAULTS, ...options };
  const chosen = new Set<string>();
  const planned: PlannedAction[] = [];
  const domains = result.domains
    .filter((domain) => domain.score !== null)
    .sort((a, b) => a.rank - b.rank)
    .slice(0, topDomains);

  for (const domain of domains) {
    const candidates = rankCandidates(content, domain).filter((candidate) => !chosen.has(candidate.action.id));
    const below = candidates.filter((candidate) => candidate.belowThreshold);
    const picks = spreadOverCells(below).slice(0, max);
    // A strong domain still gets a plan: top it up with actions for its weakest cells.
    for (const candidate of candidates) {
      if (picks.length >= min) break;
      if (!picks.includes(candidate)) picks.push(candidate);
    }
    for (const pick of picks) {
      chosen.add(pick.action.id);
      planned.push(pick);
    }
  }

  const phaseOrder = new Map(content.phases.map((phase, index) => [phase.id, index]));
  const phases = content.phases.map((phase) => ({
    phase,
    actions: planned.filter((item) => item.action.phase === phase.id),
  }));
  return {
    months: Math.max(...content.phases.map((phase) => phase.toMonth)),
    domains: domains.map((domain) => domain.domain),
    phases: phases.filter((entry) => entry.actions.length > 0 && phaseOrder.has(entry.phase.id)),
  };
}

function rankCandidates(content: QuickScanContent, domain: DomainResult): PlannedAction[] {
  const cellScore = (action: Action) =>
    domain.cells.find((cell) => cell.level === action.level && cell.factor === action.factor)?.score ?? null;
  const order = new Map(content.actions.map((action, index) => [action.id, index]));
  return content.actions
    .filter((action) => action.domain === undefined || action.domain === domain.domain)
    .map((action) => {
      const score = cellScore(action);
      return { action, domain: domain.domain, cellScore: score, belowThreshold: score !== null && score < action.advisedBelow };
    })
    .sort(
      (a, b) =>
        // weakest cell first; unanswered cells after answered ones (we know less about them)
        (a.cellScore ?? 101) - (b.cellScore ?? 101) ||
        Number(b.action.domain !== undefined) - Number(a.action.domain !== undefined) ||
        (order.get(a.action.id) ?? 0) - (order.get(b.action.id) ?? 0),
    );
}

/** Keeps the order but takes one action per cell first, so the plan addresses several weak links. */
function spreadOverCells(candidates: PlannedAction[]): PlannedAction[] {
  const seen = new Set<string>();
  const first: PlannedAction[] = [];
  const rest: PlannedAction[] = [];
  for (const candidate of candidates) {
    const cell = `${candidate.action.level}/${candidate.action.factor}`;
    (seen.has(cell) ? rest : first).push(candidate);
    seen.add(cell);
  }
  return [...first, ...rest];
}
