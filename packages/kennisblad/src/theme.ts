// Colours, type sizes and spacing shared by every section of the kennisblad and the report.
// All text colours meet WCAG AA contrast (4.5:1) against the background they are used on.
import { SCORING, scoreBand, type ScoreBand } from '@maatwerk/model';

export const colors = {
  /** Deep petrol: header band, headings, figure numbers. White on it is 9.6:1. */
  primary: '#0b4f5c',
  primaryDark: '#083a44',
  /** Light petrol tint for panels. */
  primaryTint: '#e3f0f1',
  primarySoft: '#b9d9dd',
  /** Warm accent for rules, step numbers and highlights (large text and graphics only). */
  accent: '#e07b2a',
  /** Accent tint for the quote panels. */
  accentTint: '#fbeee2',
  /** Darker accent that passes 4.5:1 on white for small text. */
  accentText: '#a34f0c',
  ink: '#1c2a30',
  muted: '#4d5e66',
  rule: '#c9d5d9',
  paper: '#ffffff',
  panel: '#f4f7f8',
} as const;

/** The report's score colours, weak to strong (the bands are the model's); text on each stays dark (contrast ≥ 7:1).
 * The quick scan's result grid uses the same colours (packages/widgets/src/quick-scan/result-styles.ts). */
const BAND_FILLS: Record<ScoreBand, string> = { weak: '#f6c9b0', fair: '#f9e4a6', strong: '#bfe0c4' };
export const scoreScale = SCORING.bands.map((band) => ({ ...band, fill: BAND_FILLS[band.key] }));
export const noScoreFill = '#e6eaec';

export { scoreBand, type ScoreBand };

export function scoreFill(score: number | null): string {
  if (score === null) return noScoreFill;
  return scoreScale.find((band) => band.key === scoreBand(score))!.fill;
}

/**
 * The family name every style sheet uses: Maatwerk Sans, our subsets of Source Sans 3, renamed
 * because the OFL reserves the name "Source" for Adobe's unmodified fonts (fonts/LICENSE.md).
 */
export const FONT_FAMILY = 'Maatwerk Sans';

/** Sizes in points (A4 is 595 × 842 pt). Body text 10 pt: readable in print and on screen. */
export const type = {
  body: 10,
  small: 8.75,
  note: 7.5,
  lead: 12,
  h2: 15,
  h3: 11.5,
  title: 26,
  figure: 20,
  lineHeight: 1.4,
} as const;

export const space = {
  pageX: 46,
  pageTop: 40,
  pageBottom: 58,
  gap: 14,
  section: 16,
} as const;
