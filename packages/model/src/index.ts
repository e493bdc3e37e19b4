// @maatwerk/model: pure functions and types. No DOM, no network, no Node built-ins;
// Node-only validation lives in `@maatwerk/model/node`.
export * from './types.ts';
export { score, type ScoreOptions } from './score.ts';
export { cellStatements, lowestCells } from './cells.ts';
export { advise, type ActionPlan, type AdviseOptions, type PlanPhase, type PlannedAction } from './advise.ts';
export { SCORING, RESULT_VERSION, scoreBand, type ScoreBand } from './scoring.ts';
export { normalise, slug } from './names.ts';
export {
  createMunicipalityIndex,
  type LookupResult,
  type MatchKind,
  type MunicipalityIndex,
  type MunicipalityMatch,
} from './lookup.ts';
export { LANGS, loadText, textIn, textNow, toLang, type Catalogue } from './catalogue.ts';
export {
  RESULT_TEXT,
  certaintyOf,
  roundScore,
  summariseResult,
  type Certainty,
  type DomainSummary,
  type ResultNames,
  type ResultSummary,
  type ResultText,
} from './result-summary.ts';
export { DATA_TEXT, type DataText } from './data-text.ts';
export { mailtoUrl, type MailParts } from './mailto.ts';
export { checkResult, isScanResult, type CheckedResult } from './result-check.ts';
export { checkAdvisers, checkContent, checkGeography, checkHorizon, checkTraject } from './checks.ts';
export { displayedNumber, displayMatchesValue, figureDisplayIssue, type DisplayedNumber } from './figures.ts';
export { describeSchemaErrors, formatIssue, formatPath, type DataIssue, type SchemaError, type SchemaValidator } from './messages.ts';
export { SCHEMA_FILES, type DataKind } from './schema-files.ts';
