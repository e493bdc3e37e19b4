// Sends a sign-up to the host's endpoint: JSON, an Idempotency-Key that stays the same over
// retries, a deadline, and retries with backoff for network errors and 5xx only. A failure that
// the page's setup or the receiver causes is told apart (the visitor reads a short neutral notice)
// and explained to the webmaster in the console: the page's Content Security Policy blocks the
// endpoint (no retry), no connection after every try (refused, unreachable, or CORS), or no answer
// before the deadline. Only a request still open at the deadline is a timeout: when the deadline
// falls in the wait between tries, the last try's outcome stands.
import type { DataIssue, SignUp } from '@maatwerk/model';
import type { SignUpErrorKind } from '../events/sign-up.ts';
import { issuesFrom } from './payload.ts';

export const DEFAULT_TIMEOUT_MS = 15_000;
/** Waits before the 2nd, 3rd and 4th try. */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [500, 1000, 2000];

export interface SendRequest {
  url: string;
  payload: SignUp;
  idempotencyKey: string;
  /** The longest the whole send may take, retries and waits included. */
  timeoutMs: number;
  retryDelaysMs: readonly number[];
}

export type SendOutcome =
  /** `receivedBefore`: a 409, the endpoint already has a sign-up under this key (with its time, when it said). */
  | { ok: true; status: number; body: unknown; receivedBefore?: { at: Date | undefined } }
  | { ok: false; kind: SignUpErrorKind; status?: number; issues: DataIssue[] };

class Timeout extends Error {}

export async function send(request: SendRequest): Promise<SendOutcome> {
  const csp = watchCspBlocks(request.url);
  try {
    const outcome = await sendWithRetries(request, csp);
    if (!outcome.ok) explainToWebmaster(outcome.kind, request, outcome.tries);
    return outcome;
  } finally {
    csp.stop();
  }
}

async function sendWithRetries(
  { url, payload, idempotencyKey, timeoutMs, retryDelaysMs }: SendRequest,
  csp: CspWatch,
): Promise<SendOutcome & { tries?: number }> {
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new Timeout()), timeoutMs);
  const body = JSON.stringify(payload);
  let last: SendOutcome & { tries?: number } = { ok: false, kind: 'network', issues: [] };
  try {
    for (let attempt = 0; attempt <= retryDelaysMs.length; attempt++) {
      if (attempt > 0 && !(await wait(retryDelaysMs[attempt - 1]!, deadline.signal))) return last;
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': idempotencyKey },
          body,
          credentials: 'omit',
          mode: 'cors',
          cache: 'no-store',
          signal: deadline.signal,
        });
      } catch {
        if (deadline.signal.aborted) return { ok: false, kind: 'timeout', issues: [] };
        if (await csp.blocked()) return { ok: false, kind: 'blocked', issues: [] };
        last = { ok: false, kind: 'network', issues: [], tries: attempt + 1 };
        continue; // offline, DNS, refused connection, CORS: worth another try
      }
      const answer = await readJson(response, deadline.signal);
      if (response.ok) return { ok: true, status: response.status, body: answer };
      if (response.status >= 500) {
        last = { ok: false, kind: 'server', status: response.status, issues: [] };
        continue;
      }
      // An earlier try got through but its answer did not, and the form changed since (the reference
      // receiver's 409): the sign-up is in, nothing to retry, and the visitor must hear that.
      if (response.status === 409) {
        const at = new Date(String((answer as { receivedAt?: unknown } | null)?.receivedAt));
        return { ok: true, status: 409, body: answer, receivedBefore: { at: Number.isNaN(at.getTime()) ? undefined : at } };
      }
      // 4xx: trying again would not help. Field errors go next to the fields.
      const issues = issuesFrom(answer);
      return { ok: false, kind: issues.length ? 'validation' : 'server', status: response.status, issues };
    }
    return last;
  } catch (error) {
    // The answer was still coming in at the deadline.
    if (error instanceof Timeout || deadline.signal.aborted) return { ok: false, kind: 'timeout', issues: [] };
    return { ok: false, kind: 'network', issues: [] };
  } finally {
    clearTimeout(timer);
  }
}

async function readJson(response: Response, signal: AbortSignal): Promise<unknown> {
  try {
    const text = await response.text();
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    if (signal.aborted) throw new Timeout();
    return null;
  }
}

/** Waits `ms`; false when the deadline came first. */
function wait(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', abort);
      resolve(true);
    }, ms);
    const abort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal.addEventListener('abort', abort, { once: true });
  });
}

interface CspWatch {
  /** After a failed request: whether the page's policy blocked it. */
  blocked(): Promise<boolean>;
  stop(): void;
}

/**
 * Notes when the page's Content Security Policy blocks a request to the endpoint's origin while a
 * send runs: fetch only says "TypeError", the `securitypolicyviolation` event says why.
 */
function watchCspBlocks(url: string): CspWatch {
  const origin = new URL(url).origin;
  let blocked = false;
  const onViolation = (event: SecurityPolicyViolationEvent) => {
    if (event.effectiveDirective === 'connect-src' && event.blockedURI.startsWith(origin)) blocked = true;
  };
  document.addEventListener('securitypolicyviolation', onViolation);
  return {
    // The event is a task of its own: give it the chance to arrive before looking.
    blocked: () => new Promise((resolve) => setTimeout(() => resolve(blocked))),
    stop: () => document.removeEventListener('securitypolicyviolation', onViolation),
  };
}

/** What the webmaster reads in the console after a failed send: why, and what to change. Other failures (the endpoint's own answers) need nothing from the page. */
function explainToWebmaster(kind: SignUpErrorKind, { url, timeoutMs }: SendRequest, tries = 1): void {
  const origin = new URL(url).origin;
  const prefix = 'Maatwerk <maatwerk-sign-up>:';
  if (kind === 'blocked') {
    console.warn(
      `${prefix} this page's Content Security Policy does not allow sending to ${origin} (action="${url}"). Add ${origin} to connect-src in the page's Content-Security-Policy, or remove action: the form then prepares an e-mail.`,
    );
  } else if (kind === 'network') {
    console.warn(
      `${prefix} no connection to ${url} (${tries} ${tries === 1 ? 'try' : 'tries'}): the receiver refused the connection or could not be reached, or it does not allow requests from ${location.origin} (CORS). Check that the receiver at action runs, and that it answers this site's origin with Access-Control-Allow-Origin.`,
    );
  } else if (kind === 'timeout') {
    console.warn(`${prefix} ${url} gave no answer within ${timeoutMs} ms (the timeout attribute). Check that the receiver runs and answers in time, or raise timeout.`);
  }
}

/** A random UUID; `crypto.randomUUID` needs a secure context, so plain-http pages get the same from getRandomValues. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') {
    try {
      return crypto.randomUUID();
    } catch {
      // not a secure context
    }
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The endpoint URL when the `action` attribute is safe to send personal data to: https anywhere,
 * http only on this machine (localhost, for the demo and tests), a relative URL on this site.
 * Anything else (javascript:, data:, plain http elsewhere) gives null.
 */
export function safeActionUrl(action: string, base: string): string | null {
  let url: URL;
  try {
    url = new URL(action.trim(), base);
  } catch {
    return null;
  }
  const relative = !/^[a-z][a-z0-9+.-]*:/i.test(action.trim()) && !action.trim().startsWith('//');
  if (url.protocol === 'https:') return url.href;
  if (url.protocol === 'http:' && (relative || ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname))) return url.href;
  return null;
}

/** The privacy statement link when it is a web address (https, http or relative), never javascript: and the like. */
export function safeLink(href: string, base: string): string | null {
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
