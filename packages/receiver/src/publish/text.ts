// What the publishing API says when it refuses, in the studio's language (`?lang=en`, else Dutch).
import type { Lang } from '@maatwerk/model';

export const TEXT = {
  nl: {
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
  },
  en: {
    loginNeeded: 'Log in as a coordinator to publish the kennisblad.',
    coordinatorsOnly: 'Only a coordinator can publish or roll back the kennisblad. With your account you can view and download it.',
    csrf: 'This request does not come from the studio on this site, or your session has expired. Reload the studio and try again.',
    notJson: 'Send the version as JSON, with the header "Content-Type: application/json".',
    invalidJson: 'The version is not valid JSON.',
    tooLarge: (limit: number) => `This version is too large to publish: at most ${Math.round(limit / 1024)} kB.`,
    basedOnMissing: 'Say which published version these changes build on ("basedOn").',
    stale: (version: number) => `Version ${version} has been published in the meantime. Reload the studio to see it; your draft stays in this browser.`,
    noSuchVersion: (version: string) => `Version ${version} does not exist.`,
    restored: (version: number) => `Rolled back to version ${version}.`,
    shipped: 'The data shipped with @maatwerk/model (packages/model/data).',
    notFound: 'This address does not exist.',
    methodNotAllowed: (allow: string) => `This method is not allowed here. Use: ${allow}.`,
    renderFailed: 'The kennisblad could not be made. Try again later.',
  },
} satisfies Record<Lang, unknown>;
