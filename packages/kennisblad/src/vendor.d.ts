// Type declarations for untyped imports.

/** The `hyphen` package's per-language entries (CommonJS, no bundled types). */
interface HyphenPatternOptions {
  hyphenChar?: string;
  minWordLength?: number;
  debug?: boolean;
  exceptions?: string[];
}
interface HyphenPatterns {
  hyphenate(text: string, options?: HyphenPatternOptions): Promise<string>;
  hyphenateSync(text: string, options?: HyphenPatternOptions): string;
}
declare module 'hyphen/nl/index.js' {
  const hyphenator: HyphenPatterns;
  export default hyphenator;
}
declare module 'hyphen/en-gb/index.js' {
  const hyphenator: HyphenPatterns;
  export default hyphenator;
}

/** Vite turns `?url` imports into the URL of the emitted asset (browser entry only). */
declare module '*.ttf?url' {
  const url: string;
  export default url;
}
