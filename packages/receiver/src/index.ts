// @maatwerk/receiver: the reference receiver for <maatwerk-sign-up>. See README.md for the API.
export {
  createReceiver,
  DEFAULT_MAX_BODY_BYTES,
  HEALTH_PATH,
  IDEMPOTENCY_KEY_PATTERN,
  SIGN_UPS_PATH,
  type ReceiverOptions,
  type RequestLog,
  type SignUpReceipt,
} from './receiver.ts';
export {
  isServerUrl,
  migrate,
  MIGRATIONS,
  openStore,
  StoreError,
  type Database,
  type Engine,
  type InsertOutcome,
  type Migration,
  type OpenStoreOptions,
  type Queryable,
  type SignUpStore,
  type StoredSignUp,
} from './store/index.ts';
export { createAccountDirectory, loadAccountDirectory, visibleRegions, type Account, type AccountDirectory, type Role } from './accounts.ts';
export { AuthError, createAuth, readForm, type Auth, type AuthOptions, type OidcOptions } from './auth.ts';
export { HttpError } from './errors.ts';
export { createInbox, DEFAULT_RETENTION_MONTHS, MAX_PAGE_SIZE, type Inbox, type InboxOptions } from './inbox/index.ts';
export { createPublisher, createEditions, DATA_FILES, DEFAULT_PUBLISH_MAX_BYTES, type DataFile, type Documents, type Edition, type Publisher, type PublisherOptions, type VersionInfo } from './publish/index.ts';
export { createMailer, type Mailer, type MailerOptions, type MailOutcome, type SmtpOptions } from './mail.ts';
export type { Session } from './sessions.ts';
export { hostAllowed, LOOPBACK_HOSTS } from './hosts.ts';
