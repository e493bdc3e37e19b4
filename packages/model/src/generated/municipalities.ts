// Generated from packages/model/schemas by `pnpm --filter @maatwerk/model generate`. Do not edit.

export type Name = string;

/**
 * Dutch municipalities with their CBS code and arbeidsmarktregio, plus aliases for former municipalities and other spellings.
 */
export interface Geography {
  $schema?: string;
  /**
   * The date the municipal division applies to.
   */
  peildatum: string;
  source: Source;
  /**
   * @minItems 1
   */
  regions: [
    {
      code: string;
      name: Name;
    },
    ...{
      code: string;
      name: Name;
    }[]
  ];
  /**
   * @minItems 1
   */
  municipalities: [
    {
      code: string;
      name: Name;
      province: Name;
      region: string;
      aliases?: {
        name: Name;
        /**
         * former: a municipality merged into this one; spelling: another way people write the name.
         */
        kind: 'former' | 'spelling';
        /**
         * CBS code of the former municipality.
         */
        code?: string;
        /**
         * Last day the former municipality existed.
         */
        until?: string;
      }[];
    },
    ...{
      code: string;
      name: Name;
      province: Name;
      region: string;
      aliases?: {
        name: Name;
        /**
         * former: a municipality merged into this one; spelling: another way people write the name.
         */
        kind: 'former' | 'spelling';
        /**
         * CBS code of the former municipality.
         */
        code?: string;
        /**
         * Last day the former municipality existed.
         */
        until?: string;
      }[];
    }[]
  ];
}
export interface Source {
  name: string;
  url?: string;
}
