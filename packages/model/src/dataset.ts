// Node-side loading of a whole data folder, validated, for the CLI and the kennisblad generator.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataIssue } from './messages.ts';
import type { Advisers, Geography, Lang, QuickScanContent, Traject } from './types.ts';
import { checkHorizon } from './checks.ts';
import { validateFile } from './validate.ts';

export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));

export interface Dataset {
  content: QuickScanContent;
  traject: Traject;
  geography: Geography;
  advisers: Advisers;
}

export type DatasetResult = { ok: true; dataset: Dataset } | { ok: false; issues: DataIssue[] };

/** The files of a data folder: language files end in `.<lang>.json`. */
export function datasetFiles(dir: string, lang: Lang) {
  return {
    content: join(dir, `content.${lang}.json`),
    traject: join(dir, `traject.${lang}.json`),
    municipalities: join(dir, 'municipalities.json'),
    advisers: join(dir, 'advisers.json'),
  };
}

/** Loads and validates every file of a data folder; returns all issues of all files at once. */
export async function loadDataset(dir: string = DEFAULT_DATA_DIR, lang: Lang = 'nl', messageLang: Lang = 'nl'): Promise<DatasetResult> {
  const files = datasetFiles(dir, lang);
  const [content, traject, geography] = await Promise.all([
    validateFile<QuickScanContent>(files.content, { kind: 'content', lang: messageLang }),
    validateFile<Traject>(files.traject, { kind: 'traject', lang: messageLang }),
    validateFile<Geography>(files.municipalities, { kind: 'municipalities', lang: messageLang }),
  ]);
  const advisers = await validateFile<Advisers>(files.advisers, { kind: 'advisers', lang: messageLang, ...(geography.data && { geography: geography.data }) });
  const issues = [content, traject, geography, advisers].flatMap((validation) => validation.issues);
  if (content.data && traject.data) {
    issues.push(...checkHorizon(traject.data, content.data, messageLang).map((issue) => ({ ...issue, file: files.traject })));
  }
  if (issues.length || !content.data || !traject.data || !geography.data || !advisers.data) return { ok: false, issues };
  return { ok: true, dataset: { content: content.data, traject: traject.data, geography: geography.data, advisers: advisers.data } };
}
