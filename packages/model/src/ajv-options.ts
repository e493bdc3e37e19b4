import type { Options } from 'ajv';

/** Shared by the Node validator and the generated browser validators, so both judge data alike. */
export const AJV_OPTIONS = {
  allErrors: true,
  strict: true,
} as const satisfies Options;
