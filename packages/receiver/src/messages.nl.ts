// What the receiver says about a refused sign-up request, in Dutch; messages.en.ts has the English.
// The catalogue: MESSAGES in messages.ts.

/** What the receiver says about a refused sign-up request. */
export interface Messages {
  notFound: string;
  hostNotAllowed: string;
  originInvalid: string;
  tooComplex: string;
  moreIssues: (count: number) => string;
  timeout: string;
  alreadyReceived: (at: string) => string;
  methodNotAllowed: (allow: string) => string;
  originNotAllowed: string;
  unsupportedMediaType: string;
  missingIdempotencyKey: string;
  tooLarge: (limit: number) => string;
  invalidJson: (detail: string) => string;
  invalidEncoding: string;
  internal: string;
  storeNotWritable: string;
}

export const nl: Messages = {
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
  internal: 'Er ging iets mis bij het opslaan. Probeer het later opnieuw.',
  storeNotWritable: 'De opslag neemt nu geen aanmeldingen aan.',
};
