// The notification e-mail to a region's adviser, in Dutch; mail-text.en.ts has the English. It names
// the municipality and links to the sign-up; the personal data stay behind the inbox's login.

export interface MailText {
  subject: (municipality: string) => string;
  body: (municipality: string, region: string, link: string) => string;
}

export const nl: MailText = {
  subject: (municipality) => `Nieuwe aanmelding voor het Maatwerktraject: gemeente ${municipality}`,
  body: (municipality, region, link) =>
    `Er is een nieuwe aanmelding voor het Maatwerktraject binnengekomen van de gemeente ${municipality} (arbeidsmarktregio ${region}).\n\nBekijk de aanmelding in de inbox (na inloggen):\n${link}\n\nDeze e-mail bevat bewust geen persoonsgegevens.\n`,
};
