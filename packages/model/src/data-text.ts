// The catalogue of what the model says about data (data-text.nl.ts, data-text.en.ts). Both languages
// are given directly: the checks are synchronous, in Node and in the browser chunks that validate.
import { textIn, type Catalogue } from './catalogue.ts';
import { en } from './data-text.en.ts';
import { nl, type DataText } from './data-text.nl.ts';
import type { Lang } from './types.ts';

export type { DataText } from './data-text.nl.ts';

export const DATA_TEXT: Catalogue<DataText> = { nl, en };

export const dataText = (lang: Lang): DataText => textIn(DATA_TEXT, lang);
