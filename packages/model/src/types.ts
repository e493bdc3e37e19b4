import type { QuickScanContent } from './generated/content.ts';
import type { Geography } from './generated/municipalities.ts';
import type { Advisers } from './generated/advisers.ts';
import type { Traject } from './generated/traject.ts';
import type { ScanResult } from './generated/result.ts';

export type { QuickScanContent, Geography, Advisers, Traject, ScanResult };
export type { SignUp } from './generated/sign-up.ts';
export type { Hyphenation } from './generated/hyphenation.ts';

export type Lang = QuickScanContent['lang'];
export type Statement = QuickScanContent['statements'][number];
export type Domain = QuickScanContent['domains'][number];
export type Factor = QuickScanContent['factors'][number];
export type Level = QuickScanContent['levels'][number];
export type Phase = QuickScanContent['phases'][number];
export type Action = QuickScanContent['actions'][number];
export type Municipality = Geography['municipalities'][number];
export type MunicipalityAlias = NonNullable<Municipality['aliases']>[number];
export type Region = Geography['regions'][number];
export type Adviser = Advisers['advisers'][number];
export type GeneralContact = Advisers['general'];
export type Figure = Traject['figures'][number];
export type DomainResult = ScanResult['domains'][number];
export type CellResult = DomainResult['cells'][number];
export type WeakestLink = NonNullable<DomainResult['weakestLink']>;

/** Statement id -> scale value, or null for "weet ik niet". A missing key means not answered yet. */
export type Answers = Record<string, number | null>;
