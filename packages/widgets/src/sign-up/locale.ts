// User-facing text of `<maatwerk-sign-up>`: Dutch here, English in locale.en.ts (loaded on demand).
// No text lives in the logic.
import type { Catalogue } from '@maatwerk/model';

/** The form's fields, named as in the sign-up payload (`attachResult` is the quick scan result checkbox). */
export type FieldName = 'municipality' | 'name' | 'role' | 'email' | 'phone' | 'domains' | 'question' | 'consent' | 'attachResult';

interface FieldText {
  label: string;
  hint?: string;
  /** Shown when a required field is left empty. */
  required?: string;
  /** Shown when the value is there but not valid. */
  invalid: string;
}

export interface SignUpText {
  heading: string;
  intro: string;
  /** After the label of a required field. */
  requiredMark: string;
  /** Read before a field's error message by screen readers. */
  errorPrefix: string;
  fields: Record<FieldName, FieldText>;
  /** The consent hint around the link to the privacy statement. */
  privacy: { before: string; link: string; after: string; newTab: string };
  /** Hint of the quick scan checkbox: the most promising domains of the result. */
  resultSummary: (domains: string[]) => string;
  submit: string;
  submitMail: string;
  sending: string;
  errorSummary: { heading: string };
  /** Live-region messages. */
  status: { sending: string; sent: string; failed: string; errors: (count: number) => string; mailReady: string; mailOpening: string };
  sent: {
    heading: string;
    body: (adviser: string, region: string) => string;
    bodyGeneral: (contact: string) => string;
    nextHeading: string;
    next: (adviser: string) => string[];
  };
  /** After a 409: the endpoint already had this form's sign-up (an earlier try got through, its answer did not) and the form changed since. */
  receivedBefore: {
    heading: string;
    /** `at`: date and time in words, when the endpoint said. */
    body: (at: string | undefined) => string;
    /** Followed by the link to the e-mail (`failed.mailAlternativeLink`). */
    changes: (contact: string) => string;
    changesSubject: (municipality: string) => string;
    /** First line of the e-mail with the changes. */
    changesGreeting: string;
  };
  failed: {
    heading: string;
    /** The page does not allow sending to the endpoint (its Content Security Policy; the console says what to change). */
    blocked: string;
    network: string;
    timeout: string;
    server: (status: number) => string;
    rejected: (status: number) => string;
    fields: string;
    keep: string;
    retry: string;
    mailAlternative: string;
    mailAlternativeLink: (address: string) => string;
  };
  mail: {
    heading: string;
    intro: (adviser: string, region: string) => string;
    introGeneral: (contact: string) => string;
    open: (name: string) => string;
    opening: string;
    fallback: (address: string) => string;
    bodyLabel: string;
    back: string;
    example: string;
    subject: (municipality: string) => string;
    /** Labels in the plain-text body of the e-mail. */
    lines: Record<'municipality' | 'name' | 'role' | 'email' | 'phone' | 'domains' | 'question' | 'result' | 'consent', string>;
    greeting: string;
    consentGiven: string;
    none: string;
  };
  config: {
    heading: string;
    privacyMissing: string;
    actionInvalid: (value: string) => string;
    mailOnly: string;
  };
}

/** Dutch, built in. */
export const nl: SignUpText = {
  heading: 'Aanmelden voor het Maatwerktraject',
  intro: 'Meld uw gemeente aan. De adviseur van Lezen & Schrijven in uw regio neemt daarna contact met u op.',
  requiredMark: '(verplicht)',
  errorPrefix: 'Fout:',
  fields: {
    municipality: {
      label: 'Gemeente',
      required: 'Kies uw gemeente uit de lijst',
      invalid: 'Kies uw gemeente uit de lijst',
    },
    name: { label: 'Uw naam', required: 'Vul uw naam in', invalid: 'Vul uw naam in, minstens 2 tekens' },
    role: {
      label: 'Uw functie',
      hint: 'Bijvoorbeeld beleidsadviseur sociaal domein',
      required: 'Vul uw functie in',
      invalid: 'Vul uw functie in, minstens 2 tekens',
    },
    email: {
      label: 'Uw e-mailadres op het werk',
      hint: 'Hierop neemt de adviseur contact met u op',
      required: 'Vul uw e-mailadres in',
      invalid: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl',
    },
    phone: {
      label: 'Uw telefoonnummer',
      hint: 'Niet verplicht. Bijvoorbeeld 030 123 45 67',
      invalid: 'Vul een geldig telefoonnummer in, bijvoorbeeld 030 123 45 67, of laat dit veld leeg',
    },
    domains: {
      label: 'Welke beleidsdomeinen interesseren u?',
      hint: 'Niet verplicht. Kies er zoveel als u wilt.',
      invalid: 'Kies de beleidsdomeinen opnieuw',
    },
    question: {
      label: 'Uw vraag of toelichting',
      hint: 'Niet verplicht. Hoogstens 2000 tekens.',
      invalid: 'Uw vraag is te lang: gebruik hoogstens 2000 tekens',
    },
    consent: {
      label: 'Ik geef Lezen & Schrijven toestemming om mijn gegevens te gebruiken om contact met mij op te nemen over het Maatwerktraject',
      required: 'Geef toestemming om uw gegevens te gebruiken, anders kunnen wij geen contact met u opnemen',
      invalid: 'Geef toestemming om uw gegevens te gebruiken, anders kunnen wij geen contact met u opnemen',
    },
    attachResult: {
      label: 'Stuur het resultaat van mijn quick scan mee',
      invalid: 'Het resultaat van de quick scan kan niet worden meegestuurd. Haal het vinkje weg om zonder resultaat te versturen.',
    },
  },
  privacy: { before: 'Lees in de ', link: 'privacyverklaring', after: ' wat wij met uw gegevens doen.', newTab: '(opent in een nieuw tabblad)' },
  resultSummary: (domains) => `Meest kansrijk volgens uw quick scan: ${domains.join(', ')}.`,
  submit: 'Aanmelding versturen',
  submitMail: 'E-mail klaarmaken',
  sending: 'Bezig met versturen…',
  errorSummary: { heading: 'Er is een probleem' },
  status: {
    sending: 'Uw aanmelding wordt verstuurd.',
    sent: 'Uw aanmelding is verstuurd.',
    failed: 'Versturen is niet gelukt.',
    errors: (count) => (count === 1 ? 'Er is 1 probleem in het formulier.' : `Er zijn ${count} problemen in het formulier.`),
    mailReady: 'Uw e-mail is klaar om te versturen.',
    mailOpening: 'Uw e-mailprogramma opent…',
  },
  sent: {
    heading: 'Uw aanmelding is verstuurd',
    body: (adviser, region) => `Bedankt. ${adviser}, de adviseur van Lezen & Schrijven in de regio ${region}, heeft uw aanmelding ontvangen.`,
    bodyGeneral: (contact) => `Bedankt. ${contact} heeft uw aanmelding ontvangen.`,
    nextHeading: 'Wat gebeurt er nu?',
    next: (adviser) => [
      `${adviser} neemt contact met u op om een eerste gesprek te plannen.`,
      'In dat gesprek kijkt u samen hoe integraal de aanpak van laaggeletterdheid in uw gemeente nu is.',
      'Daarna kiest u de beleidsdomeinen en maakt u samen een plan met acties voor de komende 10 maanden.',
    ],
  },
  receivedBefore: {
    heading: 'Uw aanmelding was al ontvangen',
    body: (at) => `Deze aanmelding is al ontvangen${at ? ` op ${at}` : ''}: een eerdere poging kwam aan. U bent aangemeld.`,
    changes: (contact) => `Wat u daarna veranderde, is niet opgeslagen. Stuur dat per e-mail aan ${contact}: `,
    changesSubject: (municipality) => `Wijziging aanmelding: gemeente ${municipality}`,
    changesGreeting: 'Wij zijn al aangemeld. Dit zijn onze gegevens zoals ze nu kloppen.',
  },
  failed: {
    heading: 'Versturen is niet gelukt',
    blocked: 'Versturen is op deze website nu niet mogelijk.',
    network: 'Er is geen verbinding met de server. Controleer uw internetverbinding, of probeer het later opnieuw.',
    timeout: 'De server reageert niet op tijd.',
    server: (status) => `De server heeft een storing (code ${status}).`,
    rejected: (status) => `De server heeft de aanmelding geweigerd (code ${status}).`,
    fields: 'De server heeft problemen gevonden in het formulier. Verbeter ze en verstuur opnieuw.',
    keep: 'Uw gegevens staan nog in het formulier. Probeer het opnieuw: u wordt niet twee keer aangemeld.',
    retry: 'Opnieuw proberen',
    mailAlternative: 'Lukt het niet? Meld u dan aan per e-mail: ',
    mailAlternativeLink: (address) => `e-mail naar ${address}`,
  },
  mail: {
    heading: 'Verstuur uw aanmelding per e-mail',
    intro: (adviser, region) => `Uw aanmelding gaat per e-mail naar ${adviser}, de adviseur van Lezen & Schrijven in de regio ${region}.`,
    introGeneral: (contact) => `Uw aanmelding gaat per e-mail naar ${contact}.`,
    open: (name) => `Open de e-mail aan ${name}`,
    opening: 'Uw e-mailprogramma opent. Controleer de e-mail en verstuur hem.',
    fallback: (address) => `Opent er niets? Kopieer dan de tekst hieronder en stuur die naar ${address}.`,
    bodyLabel: 'Tekst van de e-mail',
    back: 'Terug naar het formulier',
    example: 'Let op: dit zijn voorbeeldgegevens, geen echt e-mailadres.',
    subject: (municipality) => `Aanmelding Maatwerktraject: gemeente ${municipality}`,
    lines: {
      municipality: 'Gemeente',
      name: 'Naam',
      role: 'Functie',
      email: 'E-mailadres',
      phone: 'Telefoonnummer',
      domains: 'Beleidsdomeinen',
      question: 'Vraag of toelichting',
      result: 'Resultaat quick scan',
      consent: 'Toestemming',
    },
    greeting: 'Graag meld ik onze gemeente aan voor het Maatwerktraject integrale aanpak laaggeletterdheid.',
    consentGiven: 'ja, ik geef toestemming om mijn gegevens te gebruiken voor contact over het Maatwerktraject',
    none: '-',
  },
  config: {
    heading: 'Dit formulier is niet goed ingesteld',
    privacyMissing: 'De link naar de privacyverklaring ontbreekt (attribuut privacy-href).',
    actionInvalid: (value) => `Het adres om naar te versturen is niet toegestaan: "${value}" (attribuut action, gebruik https://).`,
    mailOnly: 'U kunt zich wel aanmelden: het formulier maakt dan een e-mail aan de adviseur klaar.',
  },
};

/** Dutch in the entry; English a chunk, loaded for lang="en". */
export const SIGN_UP_TEXT: Catalogue<SignUpText> = { nl, en: () => import('./locale.en.ts').then((module) => module.en) };
