// The inbox's queries on the shared store. Every read takes the reader's visible municipalities
// (their regions, from the model's geography), so a sign-up outside them is simply not found.
import type { SignUp } from '@maatwerk/model';
import type { Database } from '../store/index.ts';

export const STATUSES = ['nieuw', 'in-behandeling', 'afgerond'] as const;
export type Status = (typeof STATUSES)[number];
export type MailState = 'none' | 'pending' | 'retrying' | 'sent' | 'failed';

/** `'all'` for a coordinator, else the municipality codes of the reader's regions. */
export type Visibility = 'all' | readonly string[];

export interface InboxSignUp {
  publicId: string;
  receivedAt: Date;
  municipalityCode: string;
  status: Status;
  statusChangedBy: string | null;
  statusChangedAt: Date | null;
  mailState: MailState;
  mailAttempts: number;
  mailError: string | null;
  payload: SignUp;
}

export interface ListQuery {
  visible: Visibility;
  /** Further narrowing to one region's municipalities (already intersected with `visible` by SQL). */
  municipalities?: readonly string[];
  status?: Status;
  /** Keyset cursor: only sign-ups older than this one (received_at, public_id). */
  before?: { receivedAt: Date; publicId: string };
  limit: number;
}

interface Row {
  public_id: string;
  received_at: Date;
  municipality_code: string;
  status: Status;
  status_changed_by: string | null;
  status_changed_at: Date | null;
  mail_state: MailState;
  mail_attempts: number;
  mail_error: string | null;
  payload: SignUp;
}

const COLUMNS = 'public_id, received_at, municipality_code, status, status_changed_by, status_changed_at, mail_state, mail_attempts, mail_error, payload';

export function createSignUpQueries(db: Database) {
  /** Builds WHERE clauses with numbered parameters (`?` in order); values never enter the SQL text. */
  function where(visible: Visibility, extra: (add: (sql: string, ...values: unknown[]) => void) => void = () => undefined) {
    const clauses: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, ...values: unknown[]) => {
      let index = 0;
      clauses.push(sql.replace(/\?/g, () => `$${params.length + ++index}`));
      params.push(...values);
    };
    if (visible !== 'all') add('municipality_code = ANY(?::text[])', [...visible]);
    extra(add);
    return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
  }

  return {
    async list(query: ListQuery): Promise<InboxSignUp[]> {
      const { sql, params } = where(query.visible, (add) => {
        if (query.municipalities) add('municipality_code = ANY(?::text[])', [...query.municipalities]);
        if (query.status) add('status = ?', query.status);
        if (query.before) add('(received_at, public_id) < (?::timestamptz, ?)', query.before.receivedAt, query.before.publicId);
      });
      params.push(query.limit);
      return (await db.query<Row>(`SELECT ${COLUMNS} FROM sign_ups ${sql} ORDER BY received_at DESC, public_id DESC LIMIT $${params.length}`, params)).map(toSignUp);
    },

    async get(visible: Visibility, publicId: string): Promise<InboxSignUp | undefined> {
      const { sql, params } = where(visible, (add) => add('public_id = ?', publicId));
      const [row] = await db.query<Row>(`SELECT ${COLUMNS} FROM sign_ups ${sql}`, params);
      return row && toSignUp(row);
    },

    async setStatus(visible: Visibility, publicId: string, status: Status, by: string): Promise<boolean> {
      const { sql, params } = where(visible, (add) => add('public_id = ?', publicId));
      params.push(status, by);
      const rows = await db.query(`UPDATE sign_ups SET status = $${params.length - 1}, status_changed_by = $${params.length}, status_changed_at = now() ${sql} RETURNING public_id`, params);
      return rows.length === 1;
    },

    async remove(visible: Visibility, publicId: string): Promise<boolean> {
      const { sql, params } = where(visible, (add) => add('public_id = ?', publicId));
      return (await db.query(`DELETE FROM sign_ups ${sql} RETURNING public_id`, params)).length === 1;
    },

    /** Every sign-up of these municipalities, newest first, for a CSV export. */
    async all(visible: Visibility, municipalities: readonly string[]): Promise<InboxSignUp[]> {
      const { sql, params } = where(visible, (add) => add('municipality_code = ANY(?::text[])', [...municipalities]));
      return (await db.query<Row>(`SELECT ${COLUMNS} FROM sign_ups ${sql} ORDER BY received_at DESC, public_id DESC`, params)).map(toSignUp);
    },

    async recordMail(publicId: string, state: MailState, attempts: number, error: string | undefined): Promise<void> {
      await db.query('UPDATE sign_ups SET mail_state = $2, mail_attempts = $3, mail_error = $4 WHERE public_id = $1', [publicId, state, attempts, error ?? null]);
    },

    /** Notifications a restart interrupted: sent again, their attempt count goes on. */
    async unsentMail(): Promise<Array<Pick<InboxSignUp, 'publicId' | 'municipalityCode' | 'mailAttempts' | 'payload'>>> {
      const rows = await db.query<Row>(`SELECT ${COLUMNS} FROM sign_ups WHERE mail_state IN ('pending', 'retrying') ORDER BY received_at`);
      return rows.map(toSignUp);
    },

    /** Deletes sign-ups received more than `months` ago; returns how many. */
    async purgeOlderThan(months: number): Promise<number> {
      return (await db.query("DELETE FROM sign_ups WHERE received_at < now() - make_interval(months => $1) RETURNING 1", [months])).length;
    },

    async audit(entry: { actor: string; action: string; signUp?: string; region?: string; detail?: string }): Promise<void> {
      await db.query('INSERT INTO audit_log (actor, action, sign_up, region, detail) VALUES ($1, $2, $3, $4, $5)', [
        entry.actor,
        entry.action,
        entry.signUp ?? null,
        entry.region ?? null,
        entry.detail ?? null,
      ]);
    },
  };
}

export type SignUpQueries = ReturnType<typeof createSignUpQueries>;

function toSignUp(row: Row): InboxSignUp {
  return {
    publicId: row.public_id,
    receivedAt: row.received_at,
    municipalityCode: row.municipality_code,
    status: row.status,
    statusChangedBy: row.status_changed_by,
    statusChangedAt: row.status_changed_at,
    mailState: row.mail_state,
    mailAttempts: row.mail_attempts,
    mailError: row.mail_error,
    payload: row.payload,
  };
}
