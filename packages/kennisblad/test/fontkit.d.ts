// The part of fontkit (no bundled types) the tests use to read a font back.
declare module 'fontkit' {
  interface Font {
    familyName: string;
    subfamilyName: string;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Uint8Array): Font;
}
