// Library entry for bundler users: the element classes, their event types, and registration.
export { MaatwerkQuickScan } from './quick-scan/quick-scan.ts';
export { MaatwerkAdviseurFinder } from './adviseur-finder/adviseur-finder.ts';
export { MaatwerkSignUp } from './sign-up/sign-up.ts';
export { defineElement } from './internal/define.ts';
export type * from './events/quick-scan.ts';
export type * from './events/adviseur-finder.ts';
export type * from './events/sign-up.ts';
import './define-all.ts';
