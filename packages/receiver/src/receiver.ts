// The reference sign-up receiver: plain node:http over the sign-up store (store/). It accepts exactly what
// <maatwerk-sign-up> sends, validates it with the model's JSON Schema (the same schema the browser
// checks with), and stores each sign-up once per Idempotency-Key.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { textIn, type DataIssue, type Lang, type SignUp } from '@maatwerk/model';
import { validate } from '@maatwerk/model/node';
import { hostAllowed, LOOPBACK_HOSTS } from './hosts.ts';
import type { Inbox } from './inbox/index.ts';
import type { Publisher } from './publish/index.ts';
import { MESSAGES, type Messages } from './messages.ts';
import { exceedsSize, signUpIssues } from './sign-up-checks.ts';
import { sendJson } from './json.ts';
import type { SignUpStore, StoredSignUp } from './store/index.ts';

export interface ReceiverOptions {
  /** Where sign-ups go: `await openStore(location)`. The caller closes it after the server. */
  store: SignUpStore;
  /**
   * Origins (scheme://host[:port]) whose pages may send sign-ups and read the list, or a function
   * that decides per origin (e.g. any localhost port in tests). Other origins get 403.
   */
  allowedOrigins?: readonly string[] | ((origin: string) => boolean);
  /** Largest accepted request body in bytes (default 64 KiB). */
  maxBodyBytes?: number;
  /** Language of error messages when the sign-up does not say (`lang` in the payload wins). */
  lang?: Lang;
  /**
   * Serve `GET /api/sign-ups` to anyone who reaches the port (default false). For tests and local
   * tools only: real sign-ups are read in the inbox, behind login.
   */
  listSignUps?: boolean;
  /**
   * Host names (optionally `name:port`) this receiver answers to; any other `Host` gets 421 before
   * anything else runs, which defeats DNS rebinding. Default: loopback names only.
   */
  allowedHosts?: readonly string[];
  /**
   * The advisers' inbox (login, pages, notification mail), served under `/inbox`. Read per request,
   * so it may be set once the server listens and its public URL is known.
   */
  inbox?: Inbox;
  /** The published kennisblad and the studio's publishing API, under `/kennisblad`. Read per request, as `inbox`. */
  publisher?: Publisher;
  /** Called once per request with what happened; never receives bodies, headers or personal data. */
  log?: (entry: RequestLog) => void;
}

export interface RequestLog {
  method: string;
  path: string;
  status: number;
  durationMs: number;
  /** Why a request was refused, e.g. `invalid-json`; no personal data. */
  reason?: string;
}

/** Body of a 201 (and of its replays). */
export interface SignUpReceipt {
  /** A random id (not a sequence number: it does not reveal how many sign-ups exist). */
  id: string;
  receivedAt: string;
}

export const SIGN_UPS_PATH = '/api/sign-ups';
export const HEALTH_PATH = '/healthz';
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
/** A UUID fits; so do most other idempotency key schemes. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/;
/** A full sign-up with a scan result of every domain has well under a thousand values. */
const MAX_JSON_VALUES = 3_000;
/** More errors help nobody fix a form, and cost the server to describe. */
const MAX_REPORTED_ISSUES = 20;

const ALLOWED_HEADERS = 'Content-Type, Idempotency-Key';
const ALLOWED_METHODS = 'GET, POST, OPTIONS';

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly errors: DataIssue[],
    readonly reason: string,
    readonly headers: Record<string, string> = {},
    /** More of the answer beside `errors`. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(reason);
  }
}

/**
 * Creates the receiver as a Node `http.Server` (not yet listening). Every sign-up that got a 2xx is
 * in the store; close the store after the server.
 */
export function createReceiver(options: ReceiverOptions): Server {
  const { store, maxBodyBytes = DEFAULT_MAX_BODY_BYTES, lang: defaultLang = 'nl', listSignUps = false, allowedHosts = LOOPBACK_HOSTS, log } = options;
  const allowed = options.allowedOrigins ?? [];
  const allowedOrigins = typeof allowed === 'function' ? allowed : ((list) => (origin: string) => list.has(normaliseOrigin(origin)))(new Set(allowed.map(normaliseOrigin)));

  const server = createServer({ requestTimeout: 15_000, headersTimeout: 10_000 }, (request, response) => {
    const started = performance.now();
    const path = new URL(request.url ?? '/', 'http://receiver.invalid').pathname;
    let reason: string | undefined;
    handle(request, response, path)
      .catch((error: unknown) => {
        const refusal = error instanceof Refusal ? error : internalError(request, error);
        reason = refusal.reason;
        if (!response.headersSent && !request.socket.destroyed) sendJson(response, refusal.status, { ...refusal.extra, errors: refusal.errors }, refusal.headers);
        else {
          // The client went away (or the server's request timeout ended it): log what happened, not a 500.
          response.statusCode = refusal.status;
          response.destroy();
        }
      })
      .finally(() => {
        log?.({ method: request.method ?? '', path, status: response.statusCode, durationMs: Math.round(performance.now() - started), ...(reason && { reason }) });
      });
  });
  return server;

  /** A fault: the storage error code goes to the log (never its message, which may quote data). */
  function internalError(request: IncomingMessage, error: unknown): Refusal {
    const code = (error as { code?: unknown } | undefined)?.code;
    if (request.socket.destroyed || code === 'ECONNRESET' || code === 'ECONNABORTED') return new Refusal(408, [{ path: '', message: textIn(MESSAGES, defaultLang).timeout }], 'client-aborted');
    const detail = typeof code === 'string' && /^[\w.-]{1,40}$/.test(code) ? `:${code}` : '';
    return new Refusal(500, [{ path: '', message: textIn(MESSAGES, defaultLang).internal }], `internal-error${detail}`, corsHeaders(request) ?? {});
  }

  /**
   * CORS headers for an allowed Origin, none for a request without one (curl, server to server: not
   * a browser page), null for an origin that is not allowed.
   */
  function corsHeaders(request: IncomingMessage): Record<string, string> | null {
    const origin = request.headers.origin;
    if (origin === undefined) return {};
    if (!allowedOrigins(origin)) return null;
    return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
  }

  async function handle(request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
    const method = request.method ?? 'GET';
    const say = textIn(MESSAGES, defaultLang);
    const host = hostAllowed(request.headers.host, allowedHosts);
    if (host !== 'allowed') throw new Refusal(host === 'missing' ? 400 : 421, [{ path: '', message: say.hostNotAllowed }], `host-${host}`);
    if (path === HEALTH_PATH) {
      if (method !== 'GET' && method !== 'HEAD') throw methodNotAllowed(say, 'GET');
      // From the last write that finished (a sign-up or the store's background probe), so a full disk,
      // a read-only folder or a read-only replica shows here without this request queueing behind writers.
      const { ok, at, by, reason: cause } = store.writeHealth();
      const lastWrite = { ok, at: at.toISOString(), by, ...(cause && { reason: cause }) };
      if (ok) return sendJson(response, 200, { status: 'ok', lastWrite });
      throw new Refusal(503, [{ path: '', message: say.storeNotWritable }], `store-not-writable:${cause}`, {}, { lastWrite });
    }
    if (options.inbox && (await options.inbox.handle(request, response, path))) return;
    if (options.publisher && (await options.publisher.handle(request, response, path))) return;
    if (path !== SIGN_UPS_PATH) throw new Refusal(404, [{ path: '', message: say.notFound }], 'not-found');

    // `Origin: null` (sandboxed frames, file:// pages) and garbage cannot be an allowed origin.
    const sentOrigin = request.headers.origin;
    if (sentOrigin !== undefined && (sentOrigin === 'null' || !URL.canParse(sentOrigin))) throw new Refusal(400, [{ path: '', message: say.originInvalid }], 'origin-invalid');
    // CORS: only configured origins get CORS headers; a request from any other page is refused.
    const cors = corsHeaders(request);
    if (!cors) throw new Refusal(403, [{ path: '', message: say.originNotAllowed }], 'origin-not-allowed');

    if (method === 'OPTIONS') {
      response.writeHead(204, {
        ...cors,
        'Access-Control-Allow-Methods': ALLOWED_METHODS,
        'Access-Control-Allow-Headers': ALLOWED_HEADERS,
        'Access-Control-Max-Age': '600',
        'Cache-Control': 'no-store',
      });
      response.end();
      return;
    }
    if (method === 'GET' || method === 'HEAD') {
      if (!listSignUps) throw methodNotAllowed(say, 'POST, OPTIONS', cors);
      return sendJson(response, 200, { signUps: (await store.list()) satisfies StoredSignUp[] }, cors);
    }
    if (method !== 'POST') throw methodNotAllowed(say, listSignUps ? ALLOWED_METHODS : 'POST, OPTIONS', cors);

    const refuse = (status: number, message: string, reason: string, path = '') => new Refusal(status, [{ path, message }], reason, cors);
    if (!isJson(request.headers['content-type'])) throw refuse(415, say.unsupportedMediaType, 'unsupported-media-type');
    const idempotencyKey = request.headers['idempotency-key'];
    if (typeof idempotencyKey !== 'string' || !IDEMPOTENCY_KEY_PATTERN.test(idempotencyKey)) {
      throw refuse(400, say.missingIdempotencyKey, 'missing-idempotency-key');
    }

    const body = await readBody(request, maxBodyBytes, () => refuse(413, say.tooLarge(maxBodyBytes), 'body-too-large'));
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      throw refuse(400, say.invalidEncoding, 'invalid-encoding');
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw refuse(400, say.invalidJson(error instanceof Error ? error.message : 'parse error'), 'invalid-json');
    }

    const lang = languageOf(data) ?? defaultLang;
    if (exceedsSize(data, MAX_JSON_VALUES)) throw refuse(400, textIn(MESSAGES, lang).tooComplex, 'too-complex');
    const validation = await validate<SignUp>('signUp', data, { lang });
    const issues = validation.valid && validation.data ? signUpIssues(validation.data, lang) : validation.issues;
    if (issues.length || !validation.data) throw new Refusal(400, capped(issues, textIn(MESSAGES, lang)), 'invalid-sign-up', cors);

    const outcome = await store.insert(idempotencyKey, validation.data, new Date());
    if (outcome.kind === 'conflict') {
      // The form retried after a timeout with edited fields: the first version was stored. Say so,
      // with its receipt, instead of a dead end; nothing is stored twice.
      const stored = outcome.row;
      return sendJson(response, 409, { id: stored.publicId, receivedAt: stored.receivedAt, errors: [{ path: '', message: textIn(MESSAGES, lang).alreadyReceived(stored.receivedAt) }] }, cors);
    }
    const receipt: SignUpReceipt = { id: outcome.row.publicId, receivedAt: outcome.row.receivedAt };
    if (outcome.kind === 'created') {
      sendJson(response, 201, receipt, cors);
      // After the answer: a slow or failing mail server never delays or loses the sign-up.
      options.inbox?.signUpStored(outcome.row);
      return;
    }
    // A retry of a sign-up that was stored before: same receipt, nothing stored twice.
    return sendJson(response, 200, receipt, { ...cors, 'Idempotent-Replayed': 'true', 'Access-Control-Expose-Headers': 'Idempotent-Replayed' });
  }
}

function capped(issues: DataIssue[], say: Messages): DataIssue[] {
  return issues.length <= MAX_REPORTED_ISSUES ? issues : [...issues.slice(0, MAX_REPORTED_ISSUES), { path: '', message: say.moreIssues(issues.length - MAX_REPORTED_ISSUES) }];
}

function methodNotAllowed(say: Messages, allow: string, headers: Record<string, string> = {}): Refusal {
  return new Refusal(405, [{ path: '', message: say.methodNotAllowed(allow) }], 'method-not-allowed', { ...headers, Allow: allow });
}

/** `application/json`, optionally with `; charset=utf-8`. */
function isJson(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const [type, ...parameters] = contentType.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  const charset = parameters.find((parameter) => parameter.startsWith('charset='))?.slice('charset='.length).replaceAll('"', '');
  return charset === undefined || charset === 'utf-8' || charset === 'utf8';
}

function normaliseOrigin(origin: string): string {
  return origin.trim().replace(/\/+$/, '').toLowerCase();
}

function languageOf(data: unknown): Lang | undefined {
  const lang = data && typeof data === 'object' ? (data as { lang?: unknown }).lang : undefined;
  return lang === 'nl' || lang === 'en' ? lang : undefined;
}

/**
 * Reads the body up to `limit` bytes. A larger body (by Content-Length or as it streams in) is
 * refused without buffering it; the connection is closed after the 413 so the rest is not read.
 */
function readBody(request: IncomingMessage, limit: number, tooLarge: () => Refusal): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    request.resume();
    return Promise.reject(closing(tooLarge()));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    request.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        reject(closing(tooLarge()));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (done) return;
      done = true;
      resolve(Buffer.concat(chunks));
    });
    request.on('error', (error) => {
      if (done) return;
      done = true;
      reject(error);
    });
  });
}

function closing(refusal: Refusal): Refusal {
  return new Refusal(refusal.status, refusal.errors, refusal.reason, { ...refusal.headers, Connection: 'close' });
}
