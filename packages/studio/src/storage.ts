// Drafts live in the browser's IndexedDB (idb-keyval), so they survive a reload and a closed tab.
// Nothing leaves the browser. One draft per browser profile and origin.
import { del, get, set } from 'idb-keyval';
import type { Docs } from './documents.ts';

const KEY = 'maatwerk-studio:draft';

export interface Draft {
  savedAt: string;
  docs: Docs;
}

export async function loadDraft(): Promise<Draft | undefined> {
  try {
    return await get<Draft>(KEY);
  } catch {
    return undefined; // private mode or storage switched off: start from the published version
  }
}

export async function saveDraft(docs: Docs): Promise<void> {
  await set(KEY, { savedAt: new Date().toISOString(), docs } satisfies Draft);
}

export async function discardDraft(): Promise<void> {
  await del(KEY);
}
