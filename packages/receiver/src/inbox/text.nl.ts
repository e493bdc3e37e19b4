// Everything the inbox says, in Dutch; text.en.ts has the English. The catalogue: INBOX_TEXT in text.ts.
import type { Role } from '../accounts.ts';
import type { MailState, Status } from './sign-ups.ts';

/** Everything the inbox pages say. */
export interface InboxText {
  product: string;
  skip: string;
  loggedInAs(name: string, role: string): string;
  roles: Record<Role, string>;
  logout: string;
  inboxTitle: string;
  listCaption: string;
  region: string;
  allRegions: string;
  status: string;
  allStatuses: string;
  statuses: Record<Status, string>;
  filter: string;
  municipality: string;
  received: string;
  mail: string;
  mailStates: Record<MailState, string>;
  attempts(count: number): string;
  empty: string;
  older: string;
  exportCsv(region: string): string;
  otherLanguage: string;
  back: string;
  detailTitle(municipality: string): string;
  name: string;
  role: string;
  email: string;
  phone: string;
  domains: string;
  question: string;
  changedBy(who: string, when: string): string;
  setStatus: string;
  save: string;
  result: string;
  noResult: string;
  reportPdf: string;
  deleteHeading: string;
  deleteConfirm: string;
  delete: string;
  deleted: string;
  statusSaved: string;
  loggedOut: string;
  logIn: string;
  loginTitle: string;
  loginNeeded: string;
  noAccess: string;
  notFound: string;
  badRequest: string;
  pageSizeTooLarge(max: number): string;
  csrf: string;
  csv: Record<'received' | 'municipality' | 'code' | 'name' | 'role' | 'email' | 'phone' | 'domains' | 'question' | 'status', string>;
}

export const nl: InboxText = {
  product: 'Maatwerktraject - inbox voor adviseurs',
  skip: 'Naar de inhoud',
  loggedInAs: (name, role) => `Ingelogd als ${name} (${role})`,
  roles: { adviser: 'adviseur', coordinator: 'coördinator' },
  logout: 'Uitloggen',
  inboxTitle: 'Aanmeldingen',
  listCaption: 'Aanmeldingen, nieuwste eerst',
  region: 'Arbeidsmarktregio',
  allRegions: 'Alle regio’s',
  status: 'Status',
  allStatuses: 'Alle statussen',
  statuses: { nieuw: 'Nieuw', 'in-behandeling': 'In behandeling', afgerond: 'Afgerond' },
  filter: 'Filteren',
  municipality: 'Gemeente',
  received: 'Ontvangen',
  mail: 'E-mailbericht aan adviseur',
  mailStates: { none: 'niet verstuurd (van vóór de inbox)', pending: 'wordt verstuurd', retrying: 'mislukt, wordt opnieuw geprobeerd', sent: 'verstuurd', failed: 'mislukt' },
  attempts: (count) => `${count} ${count === 1 ? 'poging' : 'pogingen'}`,
  empty: 'Er zijn geen aanmeldingen die aan dit filter voldoen.',
  older: 'Oudere aanmeldingen',
  exportCsv: (region) => `Aanmeldingen van regio ${region} downloaden (CSV)`,
  otherLanguage: 'English',
  back: 'Terug naar de aanmeldingen',
  detailTitle: (municipality) => `Aanmelding van gemeente ${municipality}`,
  name: 'Naam',
  role: 'Functie',
  email: 'E-mail',
  phone: 'Telefoon',
  domains: 'Beleidsdomeinen',
  question: 'Vraag',
  changedBy: (who, when) => `gewijzigd door ${who} op ${when}`,
  setStatus: 'Status wijzigen',
  save: 'Opslaan',
  result: 'Uitkomst van de quickscan',
  noResult: 'Bij deze aanmelding zit geen uitkomst van de quickscan.',
  reportPdf: 'Rapport als PDF openen',
  deleteHeading: 'Verwijderen',
  deleteConfirm: 'Ja, verwijder deze aanmelding definitief (bijvoorbeeld op verzoek van de aanmelder).',
  delete: 'Verwijderen',
  deleted: 'De aanmelding is verwijderd.',
  statusSaved: 'De status is opgeslagen.',
  loggedOut: 'U bent uitgelogd.',
  logIn: 'Inloggen',
  loginTitle: 'Inloggen',
  loginNeeded: 'Log in om de aanmeldingen te zien.',
  noAccess: 'U hebt geen toegang tot deze pagina.',
  notFound: 'Deze aanmelding bestaat niet, of u hebt er geen toegang toe.',
  badRequest: 'Dit verzoek klopt niet.',
  pageSizeTooLarge: (max) => `Toon hoogstens ${max} aanmeldingen per pagina.`,
  csrf: 'Dit formulier is verlopen. Laad de pagina opnieuw en probeer het nog eens.',
  csv: { received: 'ontvangen', municipality: 'gemeente', code: 'gemeentecode', name: 'naam', role: 'functie', email: 'e-mail', phone: 'telefoon', domains: 'domeinen', question: 'vraag', status: 'status' },
};
