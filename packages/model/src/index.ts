// @maatwerk/model: pure functions and types. No DOM, no network, no Node built-ins;
// Node-only validation lives in `@maatwerk/model/node`.
export * from './types.ts';
export { score, type ScoreOptions } from './score.ts';
export { advise, type ActionPlan, type AdviseOptions, type PlanPhase, type PlannedAction } from './advise.ts';
export { SCORING, RESULT_VERSION, scoreBand, type ScoreBand } from './scoring.ts';
export {
  createMunicipalityIndex,
  normalise,
  type LookupResult,
  type MatchKind,
  type MunicipalityIndex,
  type MunicipalityMatch,
} from './lookup.ts';
export { checkAdvisers, checkContent, checkGeography, checkTraject } from './checks.ts';
export { describeSchemaErrors, formatIssue, formatPath, type DataIssue, type SchemaError, type SchemaValidator } from './messages.ts';
export { SCHEMA_FILES, type DataKind } from './schema-files.ts';
