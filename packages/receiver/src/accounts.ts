// Who may use the inbox, as data: the account -> regions mapping is a JSON file checked against
// schemas/accounts.schema.json, so Lezen & Schrijven changes it without touching code.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';

export type Role = 'adviser' | 'coordinator';

export interface Account {
  email: string;
  name: string;
  role: Role;
  /** Arbeidsmarktregio codes (AM01...) an adviser works for; absent for a coordinator (sees all). */
  regions?: string[];
}

export interface AccountDirectory {
  /** The account for a verified e-mail address from the identity provider, if it may log in. */
  find(email: string): Account | undefined;
  all(): readonly Account[];
}

export const EXAMPLE_ACCOUNTS_PATH = new URL('../data/accounts.example.json', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('../schemas/accounts.schema.json', import.meta.url), 'utf8')) as object;

/** Validates account data and indexes it; throws one readable error listing every problem. */
export function createAccountDirectory(data: unknown, source = 'accounts'): AccountDirectory {
  const validate = new Ajv({ allErrors: true, strict: true, strictRequired: false }).compile<{ accounts: Account[] }>(schema);
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`).join('; ');
    throw new Error(`${source}: the accounts do not match accounts.schema.json: ${problems}`);
  }
  const byEmail = new Map<string, Account>();
  for (const account of data.accounts) {
    const email = account.email.toLowerCase();
    if (byEmail.has(email)) throw new Error(`${source}: the account ${email} is listed twice.`);
    byEmail.set(email, { ...account, email });
  }
  return { find: (email) => byEmail.get(email.toLowerCase()), all: () => [...byEmail.values()] };
}

export function loadAccountDirectory(path: string | URL = EXAMPLE_ACCOUNTS_PATH): AccountDirectory {
  return createAccountDirectory(JSON.parse(readFileSync(path, 'utf8')) as unknown, String(path));
}

/** The regions an account may see, or `'all'` for a coordinator. */
export function visibleRegions(account: Account): readonly string[] | 'all' {
  return account.role === 'coordinator' ? 'all' : (account.regions ?? []);
}
