// What the receiver says about a refused request, in the language of the sign-up (or the receiver's default).
import type { Catalogue } from '@maatwerk/model';
import { en } from './messages.en.ts';
import { nl, type Messages } from './messages.nl.ts';

export type { Messages } from './messages.nl.ts';

export const MESSAGES: Catalogue<Messages> = { nl, en };
