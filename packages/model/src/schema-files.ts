/** The kinds of data the model knows, and the schema file that describes each. */
export const SCHEMA_FILES = {
  content: 'content.schema.json',
  traject: 'traject.schema.json',
  municipalities: 'municipalities.schema.json',
  advisers: 'advisers.schema.json',
  result: 'result.schema.json',
  signUp: 'sign-up.schema.json',
  hyphenation: 'hyphenation.schema.json',
} as const;

export type DataKind = keyof typeof SCHEMA_FILES;
