// The studio's side of publishing through the receiver (packages/receiver/src/publish): the
// published version to compare with, who is logged in, the history, publish and roll back. The API
// is on the studio's own origin under /kennisblad/api/ (the session cookie is SameSite=Lax and
// HttpOnly); a studio on a plain web server finds no API and offers the download instead.
import type { Lang } from '@maatwerk/model';
import { DOC_FILES, DOC_KEYS, type DocKey } from './labels.ts';
import type { Docs } from './documents.ts';

const API = '/kennisblad/api/';

export interface Published {
  version: number;
  publishedAt: string;
  docs: Docs;
}

export type Session = { kind: 'anonymous'; loginUrl: string } | { kind: 'signed-in'; name: string; canPublish: boolean; csrfToken: string };

export interface VersionInfo {
  version: number;
  publishedAt: string;
  publishedBy: string;
  summary: string;
  restoredFrom?: number;
}

export interface Refusal {
  message: string;
  /** Where, for a version the server found invalid: `traject.nl.json › figures[5].display`. */
  where?: string;
}

export type Outcome = { ok: true; version: VersionInfo } | { ok: false; errors: Refusal[] };

/** The newest published version, or undefined when the studio is not served by a receiver. */
export async function fetchPublished(): Promise<Published | undefined> {
  try {
    const response = await fetch(`${API}published`);
    if (!response.ok) return undefined;
    const body = (await response.json()) as { version: number; publishedAt: string; documents: Record<string, unknown> };
    const docs = Object.fromEntries(DOC_KEYS.map((key) => [key, body.documents[DOC_FILES[key]]])) as Docs;
    return { version: body.version, publishedAt: body.publishedAt, docs };
  } catch {
    return undefined;
  }
}

export async function fetchSession(): Promise<Session> {
  const response = await fetch(`${API}session`);
  if (!response.ok) throw new Error(`session: ${response.status}`);
  const body = (await response.json()) as { loginUrl?: string; account: { name: string } | null; canPublish?: boolean; csrfToken?: string };
  if (!body.account) return { kind: 'anonymous', loginUrl: body.loginUrl ?? '/inbox/login' };
  return { kind: 'signed-in', name: body.account.name, canPublish: body.canPublish === true, csrfToken: body.csrfToken ?? '' };
}

export async function fetchHistory(): Promise<VersionInfo[]> {
  const response = await fetch(`${API}versions`);
  return response.ok ? ((await response.json()) as { versions: VersionInfo[] }).versions : [];
}

export function publish(docs: Docs, basedOn: number, csrfToken: string, lang: Lang): Promise<Outcome> {
  const documents = Object.fromEntries(DOC_KEYS.map((key: DocKey) => [DOC_FILES[key], docs[key]]));
  return send(`${API}versions?lang=${lang}`, { basedOn, documents }, csrfToken);
}

/** Publishes an older version's data again, as a new version. */
export function restore(version: number, basedOn: number, csrfToken: string, lang: Lang): Promise<Outcome> {
  return send(`${API}versions/${version}/restore?lang=${lang}`, { basedOn }, csrfToken);
}

async function send(url: string, body: unknown, csrfToken: string): Promise<Outcome> {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken }, body: JSON.stringify(body) });
  const answer = (await response.json().catch(() => ({}))) as VersionInfo & { errors?: { file?: string; path: string; message: string }[] };
  if (response.ok) return { ok: true, version: answer };
  const errors = (answer.errors ?? [{ path: '', message: `HTTP ${response.status}` }]).map((error) => ({
    message: error.message,
    ...((error.file || error.path) && { where: [error.file, error.path].filter(Boolean).join(' › ') }),
  }));
  return { ok: false, errors };
}
