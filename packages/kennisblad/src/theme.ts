// Colours, type sizes and spacing shared by every section of the kennisblad and the report.
// All text colours meet WCAG AA contrast (4.5:1) against the background they are used on.

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

/** The report's score colours, weak to strong; text on each stays dark (contrast ≥ 7:1). */
export const scoreScale = [
  { upTo: 40, fill: '#f6c9b0', key: 'weak' },
  { upTo: 70, fill: '#f9e4a6', key: 'fair' },
  { upTo: 100, fill: '#bfe0c4', key: 'strong' },
] as const;
export const noScoreFill = '#e6eaec';

export type ScoreBand = (typeof scoreScale)[number]['key'];

export function scoreBand(score: number): ScoreBand {
  return (scoreScale.find((band) => score < band.upTo) ?? scoreScale[scoreScale.length - 1]!).key;
}

export function scoreFill(score: number | null): string {
  if (score === null) return noScoreFill;
  return scoreScale.find((band) => band.key === scoreBand(score))!.fill;
}

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
