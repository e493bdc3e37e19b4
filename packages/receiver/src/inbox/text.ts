// Everything the inbox says, in Dutch and English.
import type { Lang } from '@maatwerk/model';
import type { Role } from '../accounts.ts';
import type { MailState, Status } from './sign-ups.ts';

export interface Text {
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

export const TEXT: Record<Lang, Text> = {
  nl: {
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
  },
  en: {
    product: 'Maatwerktraject - advisers’ inbox',
    skip: 'Skip to content',
    loggedInAs: (name, role) => `Logged in as ${name} (${role})`,
    roles: { adviser: 'adviser', coordinator: 'coordinator' },
    logout: 'Log out',
    inboxTitle: 'Sign-ups',
    listCaption: 'Sign-ups, newest first',
    region: 'Labour-market region',
    allRegions: 'All regions',
    status: 'Status',
    allStatuses: 'All statuses',
    statuses: { nieuw: 'New', 'in-behandeling': 'In progress', afgerond: 'Done' },
    filter: 'Filter',
    municipality: 'Municipality',
    received: 'Received',
    mail: 'E-mail to the adviser',
    mailStates: { none: 'not sent (from before the inbox)', pending: 'being sent', retrying: 'failed, will be retried', sent: 'sent', failed: 'failed' },
    attempts: (count) => `${count} ${count === 1 ? 'attempt' : 'attempts'}`,
    empty: 'No sign-ups match this filter.',
    older: 'Older sign-ups',
    exportCsv: (region) => `Download the sign-ups of region ${region} (CSV)`,
    otherLanguage: 'Nederlands',
    back: 'Back to the sign-ups',
    detailTitle: (municipality) => `Sign-up from the municipality of ${municipality}`,
    name: 'Name',
    role: 'Role',
    email: 'E-mail',
    phone: 'Phone',
    domains: 'Policy domains',
    question: 'Question',
    changedBy: (who, when) => `changed by ${who} on ${when}`,
    setStatus: 'Change status',
    save: 'Save',
    result: 'Quick scan result',
    noResult: 'This sign-up has no quick scan result attached.',
    reportPdf: 'Open the report as PDF',
    deleteHeading: 'Delete',
    deleteConfirm: 'Yes, delete this sign-up for good (for example at the request of the person who signed up).',
    delete: 'Delete',
    deleted: 'The sign-up was deleted.',
    statusSaved: 'The status was saved.',
    loggedOut: 'You are logged out.',
    logIn: 'Log in',
    loginTitle: 'Log in',
    loginNeeded: 'Log in to see the sign-ups.',
    noAccess: 'You have no access to this page.',
    notFound: 'This sign-up does not exist, or you have no access to it.',
    badRequest: 'This request is not valid.',
    pageSizeTooLarge: (max) => `Show at most ${max} sign-ups per page.`,
    csrf: 'This form has expired. Reload the page and try again.',
    csv: { received: 'received', municipality: 'municipality', code: 'municipality code', name: 'name', role: 'role', email: 'e-mail', phone: 'phone', domains: 'domains', question: 'question', status: 'status' },
  },
};
