// User-facing text of `<maatwerk-sign-up>`, Dutch and English. No text lives in the logic.
import type { Lang } from '@maatwerk/model';

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
  failed: {
    heading: string;
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
    resultLine: (rank: number, domain: string, score: string) => string;
    resultCoverage: (percent: number) => string;
  };
  /** The municipality list could not be loaded (network or CSP problem). */
  loadFailed: string;
  config: {
    heading: string;
    privacyMissing: string;
    actionInvalid: (value: string) => string;
    mailOnly: string;
  };
}

export const SIGN_UP_TEXT: Record<Lang, SignUpText> = {
  nl: {
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
    failed: {
      heading: 'Versturen is niet gelukt',
      network: 'Er is geen verbinding met de server. Controleer uw internetverbinding.',
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
      resultLine: (rank, domain, score) => `${rank}. ${domain} (score ${score} van 100)`,
      resultCoverage: (percent) => `${percent}% van de stellingen beantwoord`,
    },
    loadFailed: 'De lijst met gemeenten kon niet worden geladen. Laad de pagina opnieuw.',
    config: {
      heading: 'Dit formulier is niet goed ingesteld',
      privacyMissing: 'De link naar de privacyverklaring ontbreekt (attribuut privacy-href).',
      actionInvalid: (value) => `Het adres om naar te versturen is niet toegestaan: "${value}" (attribuut action, gebruik https://).`,
      mailOnly: 'U kunt zich wel aanmelden: het formulier maakt dan een e-mail aan de adviseur klaar.',
    },
  },
  en: {
    heading: 'Sign up for the Maatwerktraject',
    intro: 'Sign up your municipality. The Lezen & Schrijven adviser in your region will then contact you.',
    requiredMark: '(required)',
    errorPrefix: 'Error:',
    fields: {
      municipality: {
        label: 'Municipality',
        required: 'Choose your municipality from the list',
        invalid: 'Choose your municipality from the list',
      },
      name: { label: 'Your name', required: 'Enter your name', invalid: 'Enter your name, at least 2 characters' },
      role: {
        label: 'Your job title',
        hint: 'For example policy adviser social domain',
        required: 'Enter your job title',
        invalid: 'Enter your job title, at least 2 characters',
      },
      email: {
        label: 'Your work e-mail address',
        hint: 'The adviser will contact you at this address',
        required: 'Enter your e-mail address',
        invalid: 'Enter a valid e-mail address, for example name@municipality.nl',
      },
      phone: {
        label: 'Your phone number',
        hint: 'Optional. For example 030 123 45 67',
        invalid: 'Enter a valid phone number, for example 030 123 45 67, or leave this field empty',
      },
      domains: {
        label: 'Which policy domains interest you?',
        hint: 'Optional. Choose as many as you like.',
        invalid: 'Choose the policy domains again',
      },
      question: {
        label: 'Your question or comments',
        hint: 'Optional. At most 2000 characters.',
        invalid: 'Your question is too long: use at most 2000 characters',
      },
      consent: {
        label: 'I allow Lezen & Schrijven to use my details to contact me about the Maatwerktraject',
        required: 'Give permission to use your details, otherwise we cannot contact you',
        invalid: 'Give permission to use your details, otherwise we cannot contact you',
      },
      attachResult: {
        label: 'Send the result of my quick scan along',
        invalid: 'The quick scan result cannot be sent along. Untick this box to send without it.',
      },
    },
    privacy: { before: 'Read in the ', link: 'privacy statement', after: ' what we do with your details.', newTab: '(opens in a new tab)' },
    resultSummary: (domains) => `Most promising according to your quick scan: ${domains.join(', ')}.`,
    submit: 'Send sign-up',
    submitMail: 'Prepare e-mail',
    sending: 'Sending…',
    errorSummary: { heading: 'There is a problem' },
    status: {
      sending: 'Your sign-up is being sent.',
      sent: 'Your sign-up has been sent.',
      failed: 'Sending failed.',
      errors: (count) => (count === 1 ? 'There is 1 problem in the form.' : `There are ${count} problems in the form.`),
      mailReady: 'Your e-mail is ready to send.',
      mailOpening: 'Your e-mail program is opening…',
    },
    sent: {
      heading: 'Your sign-up has been sent',
      body: (adviser, region) => `Thank you. ${adviser}, the Lezen & Schrijven adviser in the ${region} region, has received your sign-up.`,
      bodyGeneral: (contact) => `Thank you. ${contact} has received your sign-up.`,
      nextHeading: 'What happens next?',
      next: (adviser) => [
        `${adviser} will contact you to plan a first conversation.`,
        'In that conversation you look together at how integrated the approach to low literacy in your municipality is now.',
        'Then you choose the policy domains and make a plan with actions for the next 10 months together.',
      ],
    },
    failed: {
      heading: 'Sending failed',
      network: 'There is no connection to the server. Check your internet connection.',
      timeout: 'The server does not answer in time.',
      server: (status) => `The server has a fault (code ${status}).`,
      rejected: (status) => `The server refused the sign-up (code ${status}).`,
      fields: 'The server found problems in the form. Correct them and send again.',
      keep: 'Your details are still in the form. Try again: you will not be signed up twice.',
      retry: 'Try again',
      mailAlternative: 'Still not working? Sign up by e-mail: ',
      mailAlternativeLink: (address) => `e-mail ${address}`,
    },
    mail: {
      heading: 'Send your sign-up by e-mail',
      intro: (adviser, region) => `Your sign-up goes by e-mail to ${adviser}, the Lezen & Schrijven adviser in the ${region} region.`,
      introGeneral: (contact) => `Your sign-up goes by e-mail to ${contact}.`,
      open: (name) => `Open the e-mail to ${name}`,
      opening: 'Your e-mail program is opening. Check the e-mail and send it.',
      fallback: (address) => `Nothing opens? Copy the text below and send it to ${address}.`,
      bodyLabel: 'Text of the e-mail',
      back: 'Back to the form',
      example: 'Note: this is example data, not a real e-mail address.',
      subject: (municipality) => `Sign-up Maatwerktraject: municipality of ${municipality}`,
      lines: {
        municipality: 'Municipality',
        name: 'Name',
        role: 'Job title',
        email: 'E-mail address',
        phone: 'Phone number',
        domains: 'Policy domains',
        question: 'Question or comments',
        result: 'Quick scan result',
        consent: 'Permission',
      },
      greeting: 'I would like to sign up our municipality for the Maatwerktraject integrale aanpak laaggeletterdheid.',
      consentGiven: 'yes, I allow my details to be used for contact about the Maatwerktraject',
      none: '-',
      resultLine: (rank, domain, score) => `${rank}. ${domain} (score ${score} out of 100)`,
      resultCoverage: (percent) => `${percent}% of the statements answered`,
    },
    loadFailed: 'The list of municipalities could not be loaded. Reload the page.',
    config: {
      heading: 'This form is not set up correctly',
      privacyMissing: 'The link to the privacy statement is missing (attribute privacy-href).',
      actionInvalid: (value) => `The address to send to is not allowed: "${value}" (attribute action, use https://).`,
      mailOnly: 'You can still sign up: the form then prepares an e-mail to the adviser.',
    },
  },
};
