// What the receiver says about a refused sign-up request, in English.
import type { Messages } from './messages.nl.ts';

export const en: Messages = {
  notFound: 'This address does not exist.',
  hostNotAllowed: 'This server does not answer to this host name.',
  originInvalid: 'The Origin header is not valid.',
  tooComplex: 'The sign-up holds far more data than a sign-up can have.',
  moreIssues: (count: number) => `And ${count} more errors.`,
  timeout: 'The sign-up did not arrive in time or not completely. Please try again.',
  alreadyReceived: (at: string) =>
    `Your sign-up was already received on ${new Date(at).toLocaleString('en-GB', { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'short' })}. Changes you made after that were not stored: send them by e-mail to your region's adviser.`,
  methodNotAllowed: (allow: string) => `This method is not allowed here. Use: ${allow}.`,
  originNotAllowed: 'This website may not send sign-ups to this address.',
  unsupportedMediaType: 'Send the sign-up as JSON, with the header "Content-Type: application/json".',
  missingIdempotencyKey:
    'The "Idempotency-Key" header is missing or malformed: 8 to 128 characters from letters, digits and - _ . :, for example a UUID.',
  tooLarge: (limit: number) => `The sign-up is too large: at most ${limit} bytes.`,
  invalidJson: (detail: string) => `This is not valid JSON (${detail}).`,
  invalidEncoding: 'The text is not encoded as UTF-8.',
  internal: 'Something went wrong while storing. Please try again later.',
  storeNotWritable: 'The store does not accept sign-ups right now.',
};
