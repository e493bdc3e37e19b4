// Download and reopen: a zip with the data files (as in packages/model/data/), the PDF and the HTML
// twin. Opening reads the data files back from such a zip, or one loose data file.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { DOC_FILES, DOC_KEYS, type DocKey } from './labels.ts';
import type { Docs } from './documents.ts';

export const json = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;

export function buildZip(docs: Docs, files: Record<string, Uint8Array>): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const key of DOC_KEYS) entries[`data/${DOC_FILES[key]}`] = strToU8(json(docs[key]));
  for (const [name, bytes] of Object.entries(files)) entries[name] = bytes;
  // A fixed date keeps the same content byte-identical between downloads.
  return zipSync(entries, { mtime: new Date('2026-01-01T00:00:00Z'), level: 6 });
}

export type Opened = { ok: true; docs: Partial<Docs> } | { ok: false; reason: 'nothing' } | { ok: false; reason: 'json'; name: string };

const byFileName = (name: string): DocKey | undefined => DOC_KEYS.find((key) => name.split('/').pop() === DOC_FILES[key]);

/** Reads the data files from a zip made by the studio, or a single data file named as in data/. */
export function openFile(name: string, bytes: Uint8Array): Opened {
  const texts: [string, string][] = [];
  if (name.toLowerCase().endsWith('.zip')) {
    const entries = unzipSync(bytes, { filter: (file) => byFileName(file.name) !== undefined });
    for (const [entry, content] of Object.entries(entries)) texts.push([entry, strFromU8(content)]);
  } else {
    texts.push([name, strFromU8(bytes)]);
  }
  const docs: Partial<Docs> = {};
  for (const [entry, text] of texts) {
    const key = byFileName(entry);
    if (!key) continue;
    try {
      docs[key] = JSON.parse(text);
    } catch {
      return { ok: false, reason: 'json', name: entry.split('/').pop()! };
    }
  }
  return Object.keys(docs).length ? { ok: true, docs } : { ok: false, reason: 'nothing' };
}

/** Starts a download of bytes under a file name. */
export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
