// Generated from packages/model/schemas by `pnpm --filter @maatwerk/model generate`. Do not edit.

export type Text = string;
export type Email = string;
export type Phone = string;

/**
 * One Lezen & Schrijven adviser record per arbeidsmarktregio. The shipped file is fictional example data; replace it with the real list without code changes.
 */
export interface Advisers {
  $schema?: string;
  peildatum: string;
  source: string;
  /**
   * true for fictional example data; the widgets then say so.
   */
  example: boolean;
  /**
   * The general contact route when no region matches.
   */
  general: {
    name: Text;
    email: Email;
    phone?: Phone;
    url?: string;
  };
  /**
   * @minItems 1
   */
  advisers: [
    {
      region: string;
      name: Text;
      role: Text;
      email: Email;
      phone?: Phone;
      photoUrl?: string;
    },
    ...{
      region: string;
      name: Text;
      role: Text;
      email: Email;
      phone?: Phone;
      photoUrl?: string;
    }[]
  ];
}
