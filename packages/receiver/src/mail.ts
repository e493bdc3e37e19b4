// Tells the region's adviser that a sign-up arrived: an e-mail over SMTP (nodemailer) with the
// municipality and a link into the inbox, never the personal data itself. Sending happens after the
// sign-up is stored and answered, so a slow or failing mail server never delays or loses it; failed
// sends are retried with backoff and every outcome is reported, so the inbox can show it.
import { textIn, type Lang } from '@maatwerk/model';
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import { MAIL_TEXT } from './mail-text.ts';

export interface SmtpOptions {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS is used when the server offers it. */
  secure?: boolean;
  auth?: { user: string; pass: string };
  /** Refuse to send without TLS (default: true unless the host is loopback). */
  requireTls?: boolean;
}

export interface MailerOptions {
  smtp: SmtpOptions;
  /** Sender address, e.g. `"Maatwerk inbox" <inbox@example.org>`. */
  from: string;
  /** Waits before each retry; after the last one the mail counts as failed (default 10 s up to 1 h). */
  retryDelaysMs?: readonly number[];
  /** Called after every attempt, to record the state where the inbox can show it. */
  onOutcome?: (outcome: MailOutcome) => void | Promise<void>;
}

/** What the notification is about: no personal data goes in here. */
export interface Notification {
  signUpId: string;
  to: readonly string[];
  municipalityName: string;
  regionName: string;
  /** Link to the sign-up in the inbox (behind login). */
  link: string;
  lang?: Lang;
  /** Attempts made before (after a restart, the count goes on). */
  attempts?: number;
}

export type MailState = 'sent' | 'retrying' | 'failed';

export interface MailOutcome {
  signUpId: string;
  state: MailState;
  attempts: number;
  /** SMTP response code or error code of the last failure, e.g. `ECONNREFUSED` or `451`: no message text. */
  error?: string;
  /** When the next attempt is due (state `retrying`). */
  nextAttemptAt?: Date;
}

export interface Mailer {
  /** Queues a notification and returns at once. */
  notify(notification: Notification): void;
  /** Resolves when nothing is being sent right now (tests, shutdown). Timers of later retries do not count. */
  idle(): Promise<void>;
  close(): void;
}

export const DEFAULT_RETRY_DELAYS_MS = [10_000, 60_000, 5 * 60_000, 30 * 60_000, 60 * 60_000] as const;

export function createMailer(options: MailerOptions): Mailer {
  const { smtp, from, retryDelaysMs = DEFAULT_RETRY_DELAYS_MS, onOutcome } = options;
  const loopback = smtp.host === '127.0.0.1' || smtp.host === 'localhost' || smtp.host === '::1';
  const transportOptions: SMTPPool.Options = {
    // A few connections, each reused for many messages: a burst of sign-ups costs the mail server
    // (and this process) a handful of connections instead of one connect and greeting per e-mail.
    pool: true,
    maxConnections: 3,
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure ?? false,
    requireTLS: smtp.requireTls ?? !loopback,
    ...(smtp.auth && { auth: smtp.auth }),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
    // Loopback test servers have no certificate; everywhere else the certificate is checked.
    ...(loopback && { tls: { rejectUnauthorized: false } }),
  };
  const transporter: Transporter = nodemailer.createTransport(transportOptions);
  const timers = new Set<NodeJS.Timeout>();
  const inFlight = new Set<Promise<void>>();
  let closed = false;

  const mailer: Mailer = {
    notify(notification) {
      if (closed) return;
      track(send(notification, notification.attempts ?? 0));
    },
    async idle() {
      while (inFlight.size) await Promise.all(inFlight);
    },
    close() {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      transporter.close();
    },
  };
  return mailer;

  function track(promise: Promise<void>): void {
    inFlight.add(promise);
    void promise.finally(() => inFlight.delete(promise));
  }

  async function send(notification: Notification, before: number): Promise<void> {
    const attempts = before + 1;
    let outcome: MailOutcome;
    try {
      await transporter.sendMail({ from, to: [...notification.to], ...message(notification) });
      outcome = { signUpId: notification.signUpId, state: 'sent', attempts };
    } catch (error) {
      const delay = retryDelaysMs[attempts - 1];
      const code = errorCode(error);
      if (delay === undefined || closed) {
        outcome = { signUpId: notification.signUpId, state: 'failed', attempts, error: code };
      } else {
        outcome = { signUpId: notification.signUpId, state: 'retrying', attempts, error: code, nextAttemptAt: new Date(Date.now() + delay) };
        const timer = setTimeout(() => {
          timers.delete(timer);
          if (!closed) track(send(notification, attempts));
        }, delay);
        timer.unref();
        timers.add(timer);
      }
    }
    try {
      await onOutcome?.(outcome);
    } catch {
      // Recording the outcome failed (storage down): the mail state is shown as it was; nothing else to do.
    }
  }
}

/** The notification's text, in its language: municipality, region and link only. */
function message({ lang = 'nl', municipalityName, regionName, link }: Notification): { subject: string; text: string } {
  const say = textIn(MAIL_TEXT, lang);
  return { subject: say.subject(municipalityName), text: say.body(municipalityName, regionName, link) };
}

function errorCode(error: unknown): string {
  if (error && typeof error === 'object') {
    const { responseCode, code } = error as { responseCode?: unknown; code?: unknown };
    if (typeof responseCode === 'number') return String(responseCode);
    if (typeof code === 'string') return code;
  }
  return 'unknown';
}
