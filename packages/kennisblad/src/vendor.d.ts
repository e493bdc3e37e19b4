// Type declarations for untyped imports.

/** The `hyphen` package's per-language entries (CommonJS, no bundled types). */
declare module 'hyphen/nl' {
  interface HyphenOptions {
    hyphenChar?: string;
    minWordLength?: number;
    debug?: boolean;
    exceptions?: string[];
  }
  const hyphenator: {
    hyphenate(text: string, options?: HyphenOptions): Promise<string>;
    hyphenateSync(text: string, options?: HyphenOptions): string;
  };
  export default hyphenator;
}

/** Vite turns `?url` imports into the URL of the emitted asset (browser entry only). */
declare module '*.ttf?url' {
  const url: string;
  export default url;
}
