/** The embeddable entry points: each builds to one self-contained ES module in dist/, with its gzip budget. */
export const ENTRIES = [
  { name: 'maatwerk', source: 'src/define-all.ts', budgetKb: 40 },
  { name: 'quick-scan', source: 'src/quick-scan/define.ts', budgetKb: 30 },
  { name: 'adviseur-finder', source: 'src/adviseur-finder/define.ts', budgetKb: 20 },
  { name: 'sign-up', source: 'src/sign-up/define.ts', budgetKb: 25 },
] as const;
