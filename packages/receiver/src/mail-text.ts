// The notification e-mail's text in every language (mail-text.nl.ts, mail-text.en.ts).
import type { Catalogue } from '@maatwerk/model';
import { en } from './mail-text.en.ts';
import { nl, type MailText } from './mail-text.nl.ts';

export const MAIL_TEXT: Catalogue<MailText> = { nl, en };
