// What the publishing API says when it refuses, in the studio's language (`?lang=en`, else Dutch).
import type { Catalogue } from '@maatwerk/model';
import { en } from './text.en.ts';
import { nl, type PublishText } from './text.nl.ts';

export type { PublishText } from './text.nl.ts';

export const PUBLISH_TEXT: Catalogue<PublishText> = { nl, en };
