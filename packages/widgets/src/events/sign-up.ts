// Events of `<maatwerk-sign-up>`. All bubble and are composed, so a host page can listen on document.
import type { DataIssue, SignUp } from '@maatwerk/model';

/**
 * The user submitted a valid form; fired before anything is sent or the e-mail is prepared.
 * Cancelable: a host that calls `preventDefault()` takes over, and the element sends nothing.
 */
export const SIGN_UP_SUBMIT_EVENT = 'maatwerk-sign-up-submit';
/**
 * The endpoint has the sign-up: it accepted it now (a 2xx answer, possibly after retries), or it had
 * it already under this form's Idempotency-Key (a 409: an earlier try got through but its answer did
 * not, and the form changed since; `payload` is what was sent this time, the changes were not stored).
 * Not fired in e-mail mode.
 */
export const SIGN_UP_SUCCESS_EVENT = 'maatwerk-sign-up-success';
/** A submit failed: the form had errors, or the endpoint could not be reached or refused it. */
export const SIGN_UP_ERROR_EVENT = 'maatwerk-sign-up-error';

export interface SignUpSubmitDetail {
  /** Exactly what will be sent: valid against the model's sign-up schema. */
  payload: SignUp;
  /** `post`: sent to the `action` URL; `mailto`: an e-mail to the region's adviser is prepared. */
  mode: 'post' | 'mailto';
}

export interface SignUpSuccessDetail {
  payload: SignUp;
  response: {
    status: number;
    /** The endpoint's JSON answer (the reference receiver: `{ id, receivedAt }`, also on a 409), or null when it sent none. */
    body: unknown;
  };
}

/**
 * - `validation`: fields are wrong, found in the browser (no `status`) or by the endpoint (a 4xx with field errors)
 * - `blocked`: the page's Content Security Policy does not allow the endpoint (`connect-src`); not retried
 * - `network`: the endpoint could not be reached, also after the retries (refused, unreachable, CORS)
 * - `timeout`: no answer within the `timeout`, retries included
 * - `server`: the endpoint answered with an error (5xx after the retries, or a 4xx without field errors)
 */
export type SignUpErrorKind = 'blocked' | 'network' | 'timeout' | 'server' | 'validation';

export interface SignUpErrorDetail {
  kind: SignUpErrorKind;
  /** The HTTP status, when the endpoint answered. */
  status?: number;
  /** Field problems (`path` as in the schema, e.g. `email`); no values, so no personal data. */
  errors?: DataIssue[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'maatwerk-sign-up-submit': CustomEvent<SignUpSubmitDetail>;
    'maatwerk-sign-up-success': CustomEvent<SignUpSuccessDetail>;
    'maatwerk-sign-up-error': CustomEvent<SignUpErrorDetail>;
  }
}
