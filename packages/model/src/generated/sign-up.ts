// Generated from packages/model/schemas by `pnpm --filter @maatwerk/model generate`. Do not edit.

import type { ScanResult } from './result.ts';

/**
 * What <maatwerk-sign-up> sends and the receiver stores. Client and server validate with this same schema.
 */
export interface SignUp {
  signUpVersion: 1;
  municipality: {
    code: string;
    name: string;
  };
  name: string;
  role: string;
  email: string;
  phone?: string;
  /**
   * @maxItems 20
   */
  domains: string[];
  question?: string;
  consent: true;
  lang?: 'nl' | 'en';
  result?: ScanResult;
}
