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
