// The attributes of each public element, for the framework typings (react.ts, vue.ts). A test keeps
// this list equal to the attributes in custom-elements.json, so the typings cannot drift.
import type { MaatwerkAdviseurFinder } from '../adviseur-finder/adviseur-finder.ts';
import type { MaatwerkQuickScan } from '../quick-scan/quick-scan.ts';
import type { MaatwerkSignUp } from '../sign-up/sign-up.ts';

/** Attribute values as markup (and server rendering) writes them: booleans are present or absent. */
type AttributeValue = string | number | boolean | undefined;

export interface QuickScanAttributes {
  lang?: string;
  municipality?: string;
  domains?: string;
  'content-src'?: string;
  'no-storage'?: boolean;
  'heading-level'?: number | string;
}

export interface AdviseurFinderAttributes {
  lang?: string;
  municipality?: string;
  region?: string;
  'advisers-src'?: string;
  'sign-up-href'?: string;
  'heading-level'?: number | string;
}

export interface SignUpAttributes {
  lang?: string;
  action?: string;
  'privacy-href'?: string;
  timeout?: number | string;
  'no-storage'?: boolean;
  municipality?: string;
  'heading-level'?: number | string;
}

/** Every `maatwerk-*` event with its type, as declared in `GlobalEventHandlersEventMap`. */
export type MaatwerkEventMap = {
  [K in keyof GlobalEventHandlersEventMap as K extends `maatwerk-${string}` ? K : never]: GlobalEventHandlersEventMap[K];
};

/** Tag -> element class and attributes. */
export interface MaatwerkElements {
  'maatwerk-quick-scan': { element: MaatwerkQuickScan; attributes: QuickScanAttributes };
  'maatwerk-adviseur-finder': { element: MaatwerkAdviseurFinder; attributes: AdviseurFinderAttributes };
  'maatwerk-sign-up': { element: MaatwerkSignUp; attributes: SignUpAttributes };
}

// Checks at compile time that the interfaces above only hold attribute-like values.
export type AttributeCheck = { [T in keyof MaatwerkElements]: MaatwerkElements[T]['attributes'] extends Record<string, AttributeValue> ? true : never };
