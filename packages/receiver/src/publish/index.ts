// Publishing the kennisblad through the receiver. A logged-in coordinator sends a new version from the
// studio; the receiver checks it again with the model's schemas and checks, keeps it beside every
// earlier version, and serves it at stable addresses (editions.ts): the PDF and HTML twin of every
// edition, rendered once per version in a worker thread and kept in the database while the version
// is the newest (older versions' files are pruned; a rollback renders again), and the data files
// with a strong ETag and open CORS, for widgets on municipal sites (`advisers-src`, `content-src`).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DocumentData } from '@maatwerk/kennisblad';
import { readFile } from 'node:fs/promises';
import { textIn, type Advisers, type DataIssue, type Geography, type Lang, type QuickScanContent, type Traject } from '@maatwerk/model';
import { loadDataset } from '@maatwerk/model/node';
import { AuthError, type Auth } from '../auth.ts';
import { HttpError } from '../errors.ts';
import { sendJson } from '../json.ts';
import { etagOf, readJson, sendPublic, type PublicFile } from './http.ts';
import type { SignUpStore } from '../store/index.ts';
import { changeSummary, documentIssues } from './checks.ts';
import { CONTENT_TYPES, createEditions, PUBLIC_HEADERS, DATA_FILES, type Documents, type Edition } from './editions.ts';
import { createRenderer, type RenderedEdition } from './renderer.ts';
import { PUBLISH_TEXT, type PublishText } from './text.ts';
import { createVersionQueries, type VersionInfo } from './versions.ts';

export { createEditions, DATA_FILES, type DataFile, type Documents, type Edition } from './editions.ts';
export type { VersionInfo } from './versions.ts';

export interface PublisherOptions {
  store: SignUpStore;
  /** The login shared with the inbox; only a coordinator may publish. */
  auth: Auth;
  /** Where everything is served (default `/kennisblad`). */
  basePath?: string;
  /** Where the studio is, so a login started there comes back there (default `/studio/`). */
  studioPath?: string;
  /** Largest accepted version in bytes (default 1 MiB; the five shipped files are about 140 kB). */
  maxBodyBytes?: number;
}

export interface Publisher {
  /** Handles every path under the base path; false for other paths. */
  handle(request: IncomingMessage, response: ServerResponse, path: string): Promise<boolean>;
  /** Stops the render thread. */
  close(): Promise<void>;
}

export const DEFAULT_PUBLISH_MAX_BYTES = 1024 * 1024;
/** How many versions the history shows. */
const HISTORY_LENGTH = 50;
/** The HTML twin is one file with inline CSS, its fonts as data: URLs and no script: allow exactly that. */
const TWIN_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Keeps the shipped data as version 1 when nothing was published yet, so every address works from the start. */
export async function createPublisher(options: PublisherOptions): Promise<Publisher> {
  const { store, auth, basePath = '/kennisblad', studioPath = '/studio/', maxBodyBytes = DEFAULT_PUBLISH_MAX_BYTES } = options;
  const shipped = await loadDataset();
  if (!shipped.ok) throw new Error(`The model data does not load: ${shipped.issues.map((issue) => issue.message).join('; ')}`);
  const { geography } = shipped.dataset;
  const editions = createEditions(geography);
  const versions = createVersionQueries(store.database);
  const renderer = createRenderer();
  /** Renders in progress, by version and edition: two requests for one new PDF render it once. */
  const rendering = new Map<string, Promise<RenderedEdition>>();
  /** The newest version's parsed documents and data files; replaced when another version is newest. */
  let latest: { version: number; publishedAt: string; documents: Documents; files: Map<string, PublicFile> } | undefined;

  if ((await versions.currentNumber()) === 0) await versions.add({ basedOn: 0, documents: await shippedDocuments(), publishedBy: '@maatwerk/model', summary: PUBLISH_TEXT.nl.shipped });

  return {
    async handle(request, response, path) {
      if (!path.startsWith(`${basePath}/`)) return false;
      const lang: Lang = new URL(request.url ?? '/', 'http://receiver.invalid').searchParams.get('lang') === 'en' ? 'en' : 'nl';
      try {
        await route(request, response, path.slice(basePath.length + 1), lang);
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        const headers = error instanceof Refusal ? error.headers : {};
        sendJson(response, error.status, { errors: [{ path: '', message: messageFor(error, lang) }], ...(error.status === 401 && { loginUrl: loginUrl() }) }, headers);
      }
      return true;
    },
    close: () => renderer.close(),
  };

  async function route(request: IncomingMessage, response: ServerResponse, relative: string, lang: Lang): Promise<void> {
    const method = request.method ?? 'GET';
    if (relative.startsWith('api/')) return api(request, response, relative.slice('api/'.length), method, lang);
    const address = editions.parse(relative);
    if (!address) throw new Refusal(404, 'not-found', (t) => t.notFound);
    if (method === 'OPTIONS') {
      response.writeHead(204, { ...PUBLIC_HEADERS, 'Access-Control-Allow-Methods': 'GET, HEAD', 'Access-Control-Allow-Headers': 'If-None-Match', 'Access-Control-Max-Age': '600' });
      return void response.end();
    }
    if (method !== 'GET' && method !== 'HEAD') throw methodNotAllowed('GET, HEAD, OPTIONS');
    const newest = await current();
    if (address.kind === 'data') return sendPublic(request, response, CONTENT_TYPES.json, newest.files.get(address.file)!);
    const body = Buffer.from((await versions.file(newest.version, address.file)) ?? (await renderEdition(newest.version, newest.documents, address.edition))[address.format]);
    const headers: Record<string, string> = address.format === 'html' ? { 'Content-Security-Policy': TWIN_CSP } : {};
    sendPublic(request, response, CONTENT_TYPES[address.format], { body, etag: etagOf(body) }, headers);
  }

  async function api(request: IncomingMessage, response: ServerResponse, route: string, method: string, lang: Lang): Promise<void> {
    if (route === 'published') {
      if (method !== 'GET') throw methodNotAllowed('GET');
      const { version, publishedAt, documents } = await current();
      const body = Buffer.from(JSON.stringify({ version, publishedAt, documents }));
      return sendPublic(request, response, CONTENT_TYPES.json, { body, etag: etagOf(body) });
    }
    if (route === 'session') {
      if (method !== 'GET') throw methodNotAllowed('GET');
      // "Who am I" is a question, not a refusal: not being logged in is an answer (200), not an error.
      const session = await auth.sessions.get(request);
      if (!session) return sendJson(response, 200, { account: null, canPublish: false, loginUrl: loginUrl() });
      const { account, csrfToken } = session;
      return sendJson(response, 200, { account: { name: account.name, role: account.role }, canPublish: account.role === 'coordinator', csrfToken });
    }
    const session = await auth.requireRole(request, 'coordinator');
    const actor = session.account.email;
    if (route === 'versions' && method === 'GET') return sendJson(response, 200, { versions: await versions.list(HISTORY_LENGTH) });
    const restore = /^versions\/(\d{1,9})\/restore$/.exec(route);
    if (route !== 'versions' && !restore) throw new Refusal(404, 'not-found', (t) => t.notFound);
    if (method !== 'POST') throw methodNotAllowed(restore ? 'POST' : 'GET, POST');
    auth.requireCsrf(request, session, undefined);
    const body = await readJson(request, maxBodyBytes, {
      unsupported: () => new Refusal(415, 'unsupported-media-type', (t) => t.notJson),
      tooLarge: () => new Refusal(413, 'body-too-large', (t) => t.tooLarge(maxBodyBytes), { Connection: 'close' }),
      invalid: () => new Refusal(400, 'invalid-json', (t) => t.invalidJson),
    });
    const basedOn = (body as { basedOn?: unknown } | null)?.basedOn;
    if (!Number.isInteger(basedOn)) throw new Refusal(400, 'based-on-missing', (t) => t.basedOnMissing);

    if (restore) {
      const older = await versions.get(Number(restore[1]));
      if (!older) throw new Refusal(404, 'no-such-version', (t) => t.noSuchVersion(restore[1]!));
      const documents = JSON.parse(older.documentsText) as Documents;
      const summary = `${textIn(PUBLISH_TEXT, lang).restored(older.version)}\n${changeSummary((await current()).documents, documents, lang)}`;
      const added = await addVersion({ basedOn: basedOn as number, documents, publishedBy: actor, summary, restoredFrom: older.version });
      await versions.audit(actor, 'restore', `version ${added.version} = version ${older.version}`);
      // Same data, so the same bytes as when the older version was published.
      renderNationalEditions(added.version, documents);
      return sendJson(response, 201, added);
    }
    const documents = (body as { documents?: unknown }).documents;
    const issues = await documentIssues(documents, geography, lang);
    if (issues.length) return sendJson(response, 400, { errors: issues.slice(0, 50) satisfies DataIssue[] });
    const summary = changeSummary((await current()).documents, documents as Documents, lang);
    const added = await addVersion({ basedOn: basedOn as number, documents: documents as Documents, publishedBy: actor, summary });
    await versions.audit(actor, 'publish', `version ${added.version}`);
    renderNationalEditions(added.version, documents as Documents);
    sendJson(response, 201, added);
  }

  /** The national editions are the ones linked everywhere: render them now, not on the first visit. */
  function renderNationalEditions(version: number, documents: Documents): void {
    for (const edition of [{ lang: 'nl' }, { lang: 'en' }] as const) renderEdition(version, documents, edition).catch(() => undefined);
  }

  /** Adds the version, and drops the rendered files of the versions before it (their data stays). */
  async function addVersion(next: Parameters<typeof versions.add>[0]): Promise<VersionInfo> {
    const added = await versions.add(next);
    if (added) {
      await versions.pruneFiles(added.version);
      return added;
    }
    const newest = await versions.currentNumber();
    throw new Refusal(409, 'stale', (t) => t.stale(newest));
  }

  /** The newest version, its documents parsed once and its data files serialised once. */
  async function current(): Promise<NonNullable<typeof latest>> {
    const version = await versions.currentNumber();
    if (latest?.version === version) return latest;
    const stored = (await versions.get(version))!;
    const documents = JSON.parse(stored.documentsText) as Documents;
    const files = new Map(
      DATA_FILES.map((file) => {
        const body = Buffer.from(`${JSON.stringify(documents[file], null, 2)}\n`);
        return [file, { body, etag: etagOf(body) }] as const;
      }),
    );
    latest = { version, publishedAt: stored.publishedAt, documents, files };
    return latest;
  }

  /** Renders one edition of a version in the worker thread, once, and keeps both files in the store. */
  function renderEdition(version: number, documents: Documents, edition: Edition): Promise<RenderedEdition> {
    const key = `${version}/${editions.fileOf(edition, 'pdf')}`;
    let job = rendering.get(key);
    if (!job) {
      job = renderer.render(documentData(documents, edition.lang, geography), edition).then(async (rendered) => {
        await versions.putFile(version, editions.fileOf(edition, 'pdf'), rendered.pdf);
        await versions.putFile(version, editions.fileOf(edition, 'html'), Buffer.from(rendered.html));
        return rendered;
      });
      rendering.set(key, job);
      void job.finally(() => rendering.delete(key)).catch(() => undefined);
    }
    return job.catch(() => {
      throw new Refusal(500, 'render-failed', (t) => t.renderFailed);
    });
  }

  function loginUrl(): string {
    return `${auth.loginPath}?next=${encodeURIComponent(studioPath)}`;
  }
}

async function shippedDocuments(): Promise<Documents> {
  const dataDir = new URL('../../../model/data/', import.meta.url);
  const entries = await Promise.all(DATA_FILES.map(async (file) => [file, JSON.parse(await readFile(new URL(file, dataDir), 'utf8')) as unknown] as const));
  return Object.fromEntries(entries) as Documents;
}

function documentData(documents: Documents, lang: Lang, geography: Geography): DocumentData {
  return {
    traject: documents[`traject.${lang}.json`] as Traject,
    content: documents[`content.${lang}.json`] as QuickScanContent,
    advisers: documents['advisers.json'] as Advisers,
    geography,
  };
}

function messageFor(error: HttpError, lang: Lang): string {
  const t = textIn(PUBLISH_TEXT, lang);
  if (error instanceof Refusal) return error.say(t);
  if (error instanceof AuthError) return error.status === 401 ? t.loginNeeded : error.reason === 'role-not-allowed' ? t.coordinatorsOnly : t.csrf;
  return error.status === 404 ? t.notFound : t.renderFailed;
}

/** A refusal that says why in the studio's words (the AuthErrors of the login have theirs above). */
class Refusal extends HttpError {
  constructor(
    status: number,
    reason: string,
    readonly say: (text: PublishText) => string,
    readonly headers: Record<string, string> = {},
  ) {
    super(status, reason);
  }
}

function methodNotAllowed(allow: string): Refusal {
  return new Refusal(405, 'method-not-allowed', (t) => t.methodNotAllowed(allow), { Allow: allow });
}
