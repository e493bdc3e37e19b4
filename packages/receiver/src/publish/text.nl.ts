// What the publishing API says, in Dutch; text.en.ts has the English. The catalogue: PUBLISH_TEXT in text.ts.

/** What the publishing API says when it refuses, and the summaries it writes into the version history. */
export interface PublishText {
  loginNeeded: string;
  coordinatorsOnly: string;
  csrf: string;
  notJson: string;
  invalidJson: string;
  tooLarge: (limit: number) => string;
  basedOnMissing: string;
  stale: (version: number) => string;
  noSuchVersion: (version: string) => string;
  restored: (version: number) => string;
  shipped: string;
  notFound: string;
  methodNotAllowed: (allow: string) => string;
  renderFailed: string;
}

export const nl: PublishText = {
  loginNeeded: 'Log in als coördinator om het kennisblad te publiceren.',
  coordinatorsOnly: 'Alleen een coördinator kan het kennisblad publiceren of terugzetten. Met uw account kunt u het wel bekijken en downloaden.',
  csrf: 'Deze aanvraag komt niet van de studio op deze site, of uw sessie is verlopen. Laad de studio opnieuw en probeer het nog eens.',
  notJson: 'Stuur de versie als JSON, met de header "Content-Type: application/json".',
  invalidJson: 'De versie is geen geldige JSON.',
  tooLarge: (limit: number) => `Deze versie is te groot om te publiceren: hoogstens ${Math.round(limit / 1024)} kB.`,
  basedOnMissing: 'Zeg op welke gepubliceerde versie deze wijzigingen voortbouwen ("basedOn").',
  stale: (version: number) => `Intussen is versie ${version} gepubliceerd. Laad de studio opnieuw om die te zien; uw concept blijft in deze browser bewaard.`,
  noSuchVersion: (version: string) => `Versie ${version} bestaat niet.`,
  restored: (version: number) => `Teruggezet naar versie ${version}.`,
  shipped: 'De data die met @maatwerk/model is meegeleverd (packages/model/data).',
  notFound: 'Dit adres bestaat niet.',
  methodNotAllowed: (allow: string) => `Deze methode is hier niet toegestaan. Gebruik: ${allow}.`,
  renderFailed: 'Het kennisblad kon niet worden gemaakt. Probeer het later opnieuw.',
};
