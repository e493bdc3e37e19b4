// The notification e-mail to a region's adviser, in English.
import type { MailText } from './mail-text.nl.ts';

export const en: MailText = {
  subject: (municipality) => `New sign-up for the Maatwerktraject: ${municipality}`,
  body: (municipality, region, link) =>
    `A new sign-up for the Maatwerktraject arrived from the municipality of ${municipality} (labour-market region ${region}).\n\nOpen it in the inbox (after logging in):\n${link}\n\nThis e-mail deliberately contains no personal data.\n`,
};
