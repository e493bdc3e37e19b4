// The part of fontkit (no bundled types) the tests use to read a font back.
declare module 'fontkit' {
  interface Font {
    familyName: string;
    subfamilyName: string;
    postscriptName: string;
    /** The names by nameID's key ("fontFamily", "license", ...), then language. */
    name: { records: Record<string, Record<string, string>> };
    directory: { tables: Record<string, unknown> };
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Uint8Array): Font;
}
