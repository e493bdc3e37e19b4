import type { Lang } from '@maatwerk/model';

/** What the receiver says about a refused request, in the language of the sign-up (or the receiver's default). */
export const MESSAGES = {
  nl: {
    notFound: 'Dit adres bestaat niet.',
    hostNotAllowed: 'Deze server is niet bereikbaar onder deze naam.',
    originInvalid: 'De Origin-header is ongeldig.',
    tooComplex: 'De aanmelding bevat veel meer gegevens dan een aanmelding kan hebben.',
    moreIssues: (count: number) => `En nog ${count} andere fouten.`,
    timeout: 'De aanmelding kwam niet op tijd of niet helemaal binnen. Probeer het opnieuw.',
    alreadyReceived: (at: string) =>
      `Uw aanmelding is al ontvangen op ${new Date(at).toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'short' })}. Wijzigingen die u daarna maakte zijn niet opgeslagen: stuur ze per e-mail aan de adviseur van uw regio.`,
    methodNotAllowed: (allow: string) => `Deze methode is hier niet toegestaan. Gebruik: ${allow}.`,
    originNotAllowed: 'Deze website mag geen aanmeldingen versturen naar dit adres.',
    unsupportedMediaType: 'Stuur de aanmelding als JSON, met de header "Content-Type: application/json".',
    missingIdempotencyKey:
      'De header "Idempotency-Key" ontbreekt of heeft niet de goede vorm: 8 tot 128 tekens uit letters, cijfers en - _ . :, bijvoorbeeld een UUID.',
    tooLarge: (limit: number) => `De aanmelding is te groot: hoogstens ${limit} bytes.`,
    invalidJson: (detail: string) => `Dit is geen geldige JSON (${detail}).`,
    invalidEncoding: 'De tekst is niet in UTF-8 gecodeerd.',
    keyReused: 'Deze Idempotency-Key is al gebruikt voor een andere aanmelding. Stuur een nieuwe aanmelding met een nieuwe sleutel.',
    internal: 'Er ging iets mis bij het opslaan. Probeer het later opnieuw.',
    storeNotWritable: 'De opslag neemt nu geen aanmeldingen aan.',
  },
  en: {
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
    keyReused: 'This Idempotency-Key was already used for a different sign-up. Send a new sign-up with a new key.',
    internal: 'Something went wrong while storing. Please try again later.',
    storeNotWritable: 'The store does not accept sign-ups right now.',
  },
} satisfies Record<Lang, Record<string, unknown>>;

export type Messages = (typeof MESSAGES)[Lang];
