// Generated from packages/model/schemas by `pnpm --filter @maatwerk/model generate`. Do not edit.

export type Text = string;
export type Id = string;

/**
 * Everything the quick scan asks and advises, in one language. Replace this file to load another instrument without code changes.
 */
export interface QuickScanContent {
  $schema?: string;
  /**
   * Stable identifier of the instrument; saved progress and results refer to it.
   */
  id: string;
  /**
   * Semantic version; a change invalidates saved progress.
   */
  version: string;
  lang: 'nl' | 'en';
  title: Text;
  intro: Text;
  durationMinutes?: number;
  /**
   * Who wrote the statements and on what basis.
   */
  source: string;
  scale: {
    question?: Text;
    /**
     * @minItems 2
     * @maxItems 7
     */
    options: [
      {
        value: number;
        label: Text;
      },
      {
        value: number;
        label: Text;
      },
      ...{
        value: number;
        label: Text;
      }[]
    ];
    /**
     * The explicit 'weet ik niet' option: it lowers coverage, never the score.
     */
    unknown: {
      label: Text;
    };
  };
  /**
   * @minItems 1
   */
  factors: [Dimension, ...Dimension[]];
  /**
   * @minItems 1
   */
  levels: [Dimension, ...Dimension[]];
  /**
   * @minItems 1
   */
  domains: [
    {
      id: Id;
      name: Text;
      description: Text;
      /**
       * Checked by default on the domain choice screen.
       */
      preselected?: boolean;
    },
    ...{
      id: Id;
      name: Text;
      description: Text;
      /**
       * Checked by default on the domain choice screen.
       */
      preselected?: boolean;
    }[]
  ];
  /**
   * @minItems 1
   */
  statements: [
    {
      id: Id;
      domain: Id;
      level: Id;
      factor: Id;
      text: Text;
      help?: Text;
    },
    ...{
      id: Id;
      domain: Id;
      level: Id;
      factor: Id;
      text: Text;
      help?: Text;
    }[]
  ];
  /**
   * @minItems 1
   */
  phases: [
    {
      id: Id;
      name: Text;
      fromMonth: number;
      toMonth: number;
      description: Text;
    },
    ...{
      id: Id;
      name: Text;
      fromMonth: number;
      toMonth: number;
      description: Text;
    }[]
  ];
  /**
   * @minItems 1
   */
  actions: [
    {
      id: Id;
      title: Text;
      description: Text;
      factor: Id;
      level: Id;
      /**
       * Only for this domain; omit for an action that fits every domain.
       */
      domain?: string;
      phase: Id;
      /**
       * Advised when the score of its factor x level cell in a domain is below this value (0-100).
       */
      advisedBelow: number;
    },
    ...{
      id: Id;
      title: Text;
      description: Text;
      factor: Id;
      level: Id;
      /**
       * Only for this domain; omit for an action that fits every domain.
       */
      domain?: string;
      phase: Id;
      /**
       * Advised when the score of its factor x level cell in a domain is below this value (0-100).
       */
      advisedBelow: number;
    }[]
  ];
}
export interface Dimension {
  id: Id;
  name: Text;
  description: Text;
}
