// Everything the inbox says, in Dutch and English.
import type { Catalogue } from '@maatwerk/model';
import { en } from './text.en.ts';
import { nl, type InboxText } from './text.nl.ts';

export type { InboxText } from './text.nl.ts';

export const INBOX_TEXT: Catalogue<InboxText> = { nl, en };
