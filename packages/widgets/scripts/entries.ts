// The embeddable entry points: each builds to one ES module in dist/ (plus on-demand chunks in
// dist/chunks/), with its gzip budget from the issues and the elements a page puts next to it.
// `scripts/size.ts` loads each entry with its elements on a blank page in Chromium and checks the budget.

/**
 * Built-in data that is a chunk of its own, loaded on first use rather than at start. A budget that
 * names the data (the issue says "+ default Dutch content", "+ municipality data") counts its chunk.
 */
export const DATA = {
  municipalities: {
    chunk: /^chunks\/municipalities-[\w-]+\.js$/,
    what: 'the built-in municipalities and example advisers',
    when: 'on first focus of a municipality field, or at once when the markup names a municipality',
  },
  plan: {
    chunk: /^chunks\/plan\.nl-[\w-]+\.js$/,
    what: 'the action plan of the default Dutch content',
    when: 'with the result screen, once the questions start',
  },
} as const;

export interface Entry {
  name: string;
  source: string;
  budgetKb: number;
  /** What the budget covers, in the words of the issue that sets it. */
  budget: string;
  /** The elements a page with this entry has (default attributes). */
  elements: readonly string[];
  /** Built-in data the budget includes: its chunk counts even though it loads after start. */
  includes?: ReadonlyArray<keyof typeof DATA>;
}

export const ENTRIES: readonly Entry[] = [
  {
    name: 'maatwerk',
    source: 'src/define-all.ts',
    budgetKb: 40,
    budget: 'all three elements together',
    elements: ['maatwerk-quick-scan', 'maatwerk-adviseur-finder', 'maatwerk-sign-up'],
  },
  {
    name: 'quick-scan',
    source: 'src/quick-scan/define.ts',
    budgetKb: 30,
    budget: 'element + Lit + default Dutch content',
    elements: ['maatwerk-quick-scan'],
    includes: ['plan'],
  },
  {
    name: 'adviseur-finder',
    source: 'src/adviseur-finder/define.ts',
    budgetKb: 20,
    budget: 'element + Lit + municipality and example adviser data',
    elements: ['maatwerk-adviseur-finder'],
    includes: ['municipalities'],
  },
  {
    name: 'sign-up',
    source: 'src/sign-up/define.ts',
    budgetKb: 25,
    budget: "the sign-up's own entry point",
    elements: ['maatwerk-sign-up'],
  },
];
