// Events of `<maatwerk-quick-scan>`. All bubble and are composed, so a host page can listen on document.
import type { ScanResult } from '@maatwerk/model';

/** The user chose the domains and the first statement step begins. */
export const SCAN_START_EVENT = 'maatwerk-scan-start';
/** The user completed a statement step (pressed Next on it). */
export const SCAN_STEP_EVENT = 'maatwerk-scan-step';
/** The scan is finished: `detail.result` is the full, versioned result of the model's `score()`. */
export const SCAN_COMPLETE_EVENT = 'maatwerk-scan-complete';

export interface ScanStartDetail {
  /** The content (instrument) the answers belong to. */
  content: { id: string; version: string };
  /** The chosen domain ids, in content order. */
  domains: string[];
}

export interface ScanStepDetail {
  /** The completed step, counting from 1 (as shown: "Stap 3 van 12"). */
  step: number;
  total: number;
  domain: string;
  level: string;
}

export interface ScanCompleteDetail {
  result: ScanResult;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'maatwerk-scan-start': CustomEvent<ScanStartDetail>;
    'maatwerk-scan-step': CustomEvent<ScanStepDetail>;
    'maatwerk-scan-complete': CustomEvent<ScanCompleteDetail>;
  }
}
