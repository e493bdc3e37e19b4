// The e-mail alternative to posting: a prepared message to the region's adviser (or the general
// contact when the region has none), as a mailto: link and as text to copy.
import { mailtoUrl, type Adviser, type GeneralContact, type MunicipalityMatch, type SignUp } from '@maatwerk/model';
import type { SignUpText } from './locale.ts';
import { mailBody } from './payload.ts';

export interface PreparedMail {
  href: string;
  to: string;
  body: string;
  /** The adviser, or the general contact when the region has none. */
  contact: Adviser | GeneralContact;
  region: string | undefined;
}

export function prepareMail(
  payload: SignUp,
  match: MunicipalityMatch | null,
  general: GeneralContact | undefined,
  text: SignUpText,
  domainNames: ReadonlyMap<string, string>,
  /** `changes`: the sign-up was received before, this e-mail brings what changed since. */
  purpose: 'sign-up' | 'changes' = 'sign-up',
): PreparedMail | null {
  if (!match || !general) return null;
  const contact: Adviser | GeneralContact = match.adviser ?? general;
  const changes = purpose === 'changes';
  const subject = (changes ? text.receivedBefore.changesSubject : text.mail.subject)(payload.municipality.name);
  const body = mailBody(payload, text, domainNames, changes ? text.receivedBefore.changesGreeting : text.mail.greeting);
  return { href: mailtoUrl({ to: contact.email, subject, body }), to: contact.email, body, contact, region: match.adviser ? match.region.name : undefined };
}
