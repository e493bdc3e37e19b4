// Generated from packages/model/schemas by `pnpm --filter @maatwerk/model generate`. Do not edit.

/**
 * Hyphenation exceptions of the documents in one language: words the TeX patterns (the hyphen package) break wrongly, and words that must never break. Each word is written with a hyphen at every point where a line may break ('verbeter-acties'); a word written without one is never broken ('Maatwerktraject'). Matching ignores case and applies to whole words only.
 */
export interface Hyphenation {
  $schema?: string;
  lang: 'nl' | 'en';
  /**
   * Where the breaks come from, e.g. the Woordenlijst Nederlandse Taal (woordenlijst.org), or 'product name: never broken'.
   */
  source: string;
  /**
   * Items: Letters only, with a hyphen at each allowed break.
   */
  words: string[];
}
