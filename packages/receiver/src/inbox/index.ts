// The advisers' inbox: server-rendered pages behind the OpenID Connect login. An adviser sees the
// sign-ups of their regions only (anything else is a 404, as if it did not exist); a coordinator
// sees all. Every page with personal data is `no-store`; every change needs the session's CSRF token;
// views, exports, changes and deletions go to the audit log without personal data.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { textIn, type Lang, type ScanResult } from '@maatwerk/model';
import { loadDataset, type Dataset } from '@maatwerk/model/node';
import { buildReport, renderReport, resultIssues } from '@maatwerk/kennisblad';
import type { Account, AccountDirectory } from '../accounts.ts';
import { AuthError, readForm, type Auth } from '../auth.ts';
import { HttpError } from '../errors.ts';
import { createMailer, type Mailer, type MailerOptions } from '../mail.ts';
import type { SignUpStore, StoredSignUp } from '../store/index.ts';
import { detailPage, layout, listPage, messagePage, STYLESHEET, type PageContext } from './pages.ts';
import { createRegions } from './regions.ts';
import { createSignUpQueries, STATUSES, type InboxSignUp, type Status } from './sign-ups.ts';
import { INBOX_TEXT } from './text.ts';
import { html } from '../html.ts';

export interface InboxOptions {
  store: SignUpStore;
  auth: Auth;
  accounts: AccountDirectory;
  /** Public origin of the inbox, for the links in notification e-mails. */
  publicUrl: string;
  /** SMTP settings for the notification e-mails; without them, sign-ups are stored and shown but nobody is told. */
  mail?: Omit<MailerOptions, 'onOutcome'>;
  /** Sign-ups older than this are deleted automatically (default 12 months). */
  retentionMonths?: number;
  basePath?: string;
}

export interface Inbox {
  /** Handles every path under the inbox's base path; false for other paths. */
  handle(request: IncomingMessage, response: ServerResponse, path: string): Promise<boolean>;
  /** Called once a new sign-up is stored: queues the notification to the region's adviser. */
  signUpStored(row: StoredSignUp): void;
  /** Sends notifications a restart interrupted and applies the retention period (now and hourly). */
  start(): Promise<void>;
  close(): void;
}

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_RETENTION_MONTHS = 12;

/** Same policy as the demo's pages: nothing but our own stylesheet; no script at all. */
const INBOX_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)~([0-9a-f]{32})$/;
const PUBLIC_ID = '[0-9a-f]{32}';

export async function createInbox(options: InboxOptions): Promise<Inbox> {
  const { store, auth, accounts, publicUrl, mail, retentionMonths = DEFAULT_RETENTION_MONTHS, basePath = '/inbox' } = options;
  const datasets = Object.fromEntries(
    await Promise.all(
      (['nl', 'en'] as const).map(async (lang) => {
        const loaded = await loadDataset(undefined, lang);
        if (!loaded.ok) throw new Error(`The model data does not load: ${loaded.issues.map((issue) => issue.message).join('; ')}`);
        return [lang, loaded.dataset] as const;
      }),
    ),
  ) as Record<Lang, Dataset>;
  const regions = createRegions(datasets.nl.geography);
  const queries = createSignUpQueries(store.database);
  const mailer: Mailer | undefined = mail && createMailer({ ...mail, onOutcome: (outcome) => queries.recordMail(outcome.signUpId, outcome.state, outcome.attempts, outcome.error) });
  const routes = {
    detail: new RegExp(`^${basePath}/sign-ups/(${PUBLIC_ID})$`),
    report: new RegExp(`^${basePath}/sign-ups/(${PUBLIC_ID})/report\\.pdf$`),
    status: new RegExp(`^${basePath}/sign-ups/(${PUBLIC_ID})/status$`),
    remove: new RegExp(`^${basePath}/sign-ups/(${PUBLIC_ID})/delete$`),
  };
  let purgeTimer: NodeJS.Timeout | undefined;

  return {
    async handle(request, response, path) {
      if (path !== basePath && !path.startsWith(`${basePath}/`)) return false;
      const lang = languageOf(request, response);
      try {
        await route(request, response, path, lang);
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        sendError(request, response, path, lang, error);
      }
      return true;
    },
    signUpStored(row) {
      if (!mailer) return;
      notify(row.publicId, row.municipalityCode, row.payload.municipality.name, 0, row.payload.lang);
    },
    async start() {
      if (mailer) for (const row of await queries.unsentMail()) notify(row.publicId, row.municipalityCode, row.payload.municipality.name, row.mailAttempts, row.payload.lang);
      await purge();
      purgeTimer = setInterval(() => void purge().catch(() => undefined), 60 * 60_000);
      purgeTimer.unref();
    },
    close() {
      clearInterval(purgeTimer);
      mailer?.close();
    },
  };

  async function purge(): Promise<void> {
    const deleted = await queries.purgeOlderThan(retentionMonths);
    if (deleted) await queries.audit({ actor: 'system', action: 'retention-delete', detail: `${deleted} older than ${retentionMonths} months` });
  }

  function notify(publicId: string, municipalityCode: string, municipalityName: string, attempts: number, lang: Lang | undefined): void {
    const region = regions.regionOf(municipalityCode);
    const all = accounts.all();
    const advisers = all.filter((account) => account.role === 'adviser' && region && account.regions?.includes(region));
    const to = (advisers.length ? advisers : all.filter((account) => account.role === 'coordinator')).map((account) => account.email);
    mailer!.notify({
      signUpId: publicId,
      to,
      municipalityName,
      regionName: region ? regions.nameOf(region) : '?',
      link: `${new URL(publicUrl).origin}${basePath}/sign-ups/${publicId}`,
      attempts,
      lang: lang ?? 'nl',
    });
  }

  async function route(request: IncomingMessage, response: ServerResponse, path: string, lang: Lang): Promise<void> {
    const method = request.method ?? 'GET';
    if (path === `${basePath}/inbox.css`) return send(response, 200, 'text/css; charset=utf-8', STYLESHEET, { 'Cache-Control': 'no-cache' });
    if (await auth.handle(request, response, path)) return;
    const url = new URL(request.url ?? '/', 'http://inbox.invalid');
    if (method === 'GET' && (path === basePath || path === `${basePath}/`) && url.searchParams.has('logged-out') && !(await auth.sessions.get(request))) {
      const t = textIn(INBOX_TEXT, lang);
      return send(response, 200, 'text/html; charset=utf-8', messagePage(lang, t.loggedOut, t.loggedOut, { href: `${auth.loginPath}`, text: t.logIn }));
    }
    const session = await auth.requireRole(request);
    const { account } = session;
    const visible = regions.visibility(account);
    const context: PageContext = { lang, account, csrfToken: session.csrfToken, basePath };
    let match: RegExpExecArray | null;

    if (method === 'GET' && (path === basePath || path === `${basePath}/`)) return list(response, url, context);
    if (method === 'GET' && path === `${basePath}/export.csv`) return exportCsv(response, url, account);
    if (method === 'GET' && (match = routes.detail.exec(path))) {
      const signUp = await found(queries.get(visible, match[1]!));
      await queries.audit({ actor: account.email, action: 'view', signUp: signUp.publicId, region: regions.regionOf(signUp.municipalityCode) });
      const region = regions.regionOf(signUp.municipalityCode);
      const dataset = datasets[lang];
      const domainNames = new Map(dataset.content.domains.map((domain) => [domain.id, domain.name]));
      return send(response, 200, 'text/html; charset=utf-8', detailPage(context, signUp, region ? regions.nameOf(region) : '?', reportView(signUp, lang), domainNames));
    }
    if (method === 'GET' && (match = routes.report.exec(path))) {
      const signUp = await found(queries.get(visible, match[1]!));
      const result = usableResult(signUp, lang);
      if (!result) throw new HttpError(404, 'no-result');
      const pdf = await renderReport(datasets[lang], result);
      await queries.audit({ actor: account.email, action: 'report', signUp: signUp.publicId, region: regions.regionOf(signUp.municipalityCode) });
      return send(response, 200, 'application/pdf', pdf, { 'Content-Disposition': `inline; filename="rapport-${signUp.municipalityCode}.pdf"` });
    }
    if (method === 'POST' && (match = routes.status.exec(path))) {
      const form = await readForm(request);
      auth.requireCsrf(request, session, form.get('_csrf'));
      const status = form.get('status');
      if (!STATUSES.includes(status as Status)) throw new HttpError(400, 'invalid-status');
      const signUp = await found(queries.get(visible, match[1]!));
      await queries.setStatus(visible, signUp.publicId, status as Status, account.email);
      await queries.audit({ actor: account.email, action: 'status', signUp: signUp.publicId, region: regions.regionOf(signUp.municipalityCode), detail: status! });
      return redirect(response, `${basePath}/sign-ups/${signUp.publicId}?lang=${lang}`);
    }
    if (method === 'POST' && (match = routes.remove.exec(path))) {
      const form = await readForm(request);
      auth.requireCsrf(request, session, form.get('_csrf'));
      if (form.get('confirm') !== 'yes') throw new HttpError(400, 'delete-not-confirmed');
      const signUp = await found(queries.get(visible, match[1]!));
      await queries.remove(visible, signUp.publicId);
      await queries.audit({ actor: account.email, action: 'delete', signUp: signUp.publicId, region: regions.regionOf(signUp.municipalityCode) });
      return redirect(response, `${basePath}/?deleted&lang=${lang}`);
    }
    throw new HttpError(404, 'not-found');
  }

  async function list(response: ServerResponse, url: URL, context: PageContext): Promise<void> {
    const { account } = context;
    const params = url.searchParams;
    const sizeText = params.get('size') ?? String(DEFAULT_PAGE_SIZE);
    const size = /^\d{1,6}$/.test(sizeText) ? Number(sizeText) : NaN;
    if (!(size >= 1 && size <= MAX_PAGE_SIZE)) throw new HttpError(400, 'page-size-out-of-range');
    const region = params.get('region') || undefined;
    if (region !== undefined && !regions.visibleTo(account).some((candidate) => candidate.code === region)) throw new HttpError(400, 'invalid-region');
    const status = params.get('status') || undefined;
    if (status !== undefined && !STATUSES.includes(status as Status)) throw new HttpError(400, 'invalid-status');
    const beforeText = params.get('before');
    const cursor = beforeText === null ? undefined : CURSOR.exec(beforeText);
    if (cursor === null) throw new HttpError(400, 'invalid-cursor');
    const signUps = await queries.list({
      visible: regions.visibility(account),
      ...(region && { municipalities: regions.municipalitiesOf(region) }),
      ...(status && { status: status as Status }),
      ...(cursor && { before: { receivedAt: new Date(cursor[1]!), publicId: cursor[2]! } }),
      limit: size + 1,
    });
    const more = signUps.length > size;
    const shown = signUps.slice(0, size);
    const last = shown.at(-1);
    const next = new URLSearchParams({ ...(region && { region }), ...(status && { status }), size: String(size), lang: context.lang });
    if (last) next.set('before', `${last.receivedAt.toISOString()}~${last.publicId}`);
    send(
      response,
      200,
      'text/html; charset=utf-8',
      listPage(context, {
        signUps: shown,
        regions: regions.visibleTo(account),
        regionOf: (code) => regions.nameOf(regions.regionOf(code) ?? '?'),
        ...(region && { region }),
        ...(status && { status: status as Status }),
        size,
        ...(more && { olderHref: `${basePath}/?${next}` }),
        ...(params.has('deleted') && { notice: textIn(INBOX_TEXT, context.lang).deleted }),
      }),
    );
  }

  async function exportCsv(response: ServerResponse, url: URL, account: Account): Promise<void> {
    const region = url.searchParams.get('region') ?? '';
    if (!regions.visibleTo(account).some((candidate) => candidate.code === region)) throw new HttpError(404, 'not-found');
    const rows = await queries.all(regions.visibility(account), regions.municipalitiesOf(region));
    const c = INBOX_TEXT.nl.csv;
    const lines = [
      [c.received, c.municipality, c.code, c.name, c.role, c.email, c.phone, c.domains, c.question, c.status],
      ...rows.map((row) => [row.receivedAt.toISOString(), row.payload.municipality.name, row.municipalityCode, row.payload.name, row.payload.role, row.payload.email, row.payload.phone ?? '', row.payload.domains.join(' '), row.payload.question ?? '', row.status]),
    ].map((cells) => cells.map(csvCell).join(','));
    await queries.audit({ actor: account.email, action: 'export', region, detail: `${rows.length} rows` });
    send(response, 200, 'text/csv; charset=utf-8', `\uFEFF${lines.join('\r\n')}\r\n`, { 'Content-Disposition': `attachment; filename="aanmeldingen-${region}.csv"` });
  }

  function reportView(signUp: InboxSignUp, lang: Lang) {
    const result = usableResult(signUp, lang);
    return result && buildReport(datasets[lang], result);
  }

  /** The attached result, if it fits the current content (an old result of replaced content does not). */
  function usableResult(signUp: InboxSignUp, lang: Lang): ScanResult | undefined {
    const result = signUp.payload.result as ScanResult | undefined;
    if (!result || resultIssues(datasets[lang].content, result, lang).length) return undefined;
    return result;
  }

  function sendError(request: IncomingMessage, response: ServerResponse, path: string, lang: Lang, error: HttpError): void {
    const t = textIn(INBOX_TEXT, lang);
    if (error instanceof AuthError && error.status === 401 && request.method === 'GET' && !path.startsWith(`${basePath}/callback`)) {
      // A browser that is not logged in goes to the login, and comes back here afterwards.
      return redirect(response, `${auth.loginPath}?next=${encodeURIComponent(request.url ?? `${basePath}/`)}`);
    }
    const message =
      error.status === 401 ? t.loginNeeded
      : error.reason === 'csrf-token-invalid' || error.reason === 'origin-not-allowed' ? t.csrf
      : error.status === 403 ? t.noAccess
      : error.status === 404 ? t.notFound
      : error.reason === 'page-size-out-of-range' ? t.pageSizeTooLarge(MAX_PAGE_SIZE)
      : t.badRequest;
    const link = error.status === 401 ? { href: auth.loginPath, text: t.logIn } : { href: `${basePath}/`, text: t.back };
    send(response, error.status, 'text/html; charset=utf-8', layout(lang, message, html`<h1>${message}</h1><p><a href="${link.href}">${link.text}</a></p>`));
  }
}

async function found<T>(promise: Promise<T | undefined>): Promise<T> {
  const value = await promise;
  if (value === undefined) throw new HttpError(404, 'not-found');
  return value;
}

/** `?lang=` chooses (and is remembered in a cookie, no personal data); else Dutch, the advisers' language. */
function languageOf(request: IncomingMessage, response: ServerResponse): Lang {
  const asked = new URL(request.url ?? '/', 'http://inbox.invalid').searchParams.get('lang');
  if (asked === 'nl' || asked === 'en') {
    response.setHeader('Set-Cookie', `maatwerk-lang=${asked}; Path=/inbox; SameSite=Lax; Max-Age=31536000`);
    return asked;
  }
  return /(?:^|;\s*)maatwerk-lang=en(?:;|$)/.test(request.headers.cookie ?? '') ? 'en' : 'nl';
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'Content-Security-Policy': INBOX_CSP,
    'X-Content-Type-Options': 'nosniff',
    // Not `no-referrer`: under it Chromium sends `Origin: null` with the inbox's own form posts,
    // which the CSRF check must refuse. `same-origin` keeps the real Origin there and still sends
    // no address (with a sign-up id in it) to any other site.
    'Referrer-Policy': 'same-origin',
    ...headers,
  });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(303, { Location: location, 'Cache-Control': 'no-store' });
  response.end();
}

/** A CSV cell; a leading = + - @ is neutralised so a spreadsheet does not run it as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
