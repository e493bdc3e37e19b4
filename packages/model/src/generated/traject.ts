// Generated from packages/model/schemas by `pnpm --filter @maatwerk/model generate`. Do not edit.

export type Text = string;
export type Date = string;

/**
 * Text and figures about the Maatwerktraject, shown by the kennisblad and the widgets. Every figure carries its source and peildatum.
 */
export interface Traject {
  $schema?: string;
  lang: 'nl' | 'en';
  title: Text;
  subtitle: Text;
  publisher: Text;
  /**
   * Date of this edition; also the PDF's creation date, so output is reproducible.
   */
  date: string;
  keywords?: Text[];
  why: Section;
  what: Section;
  model: Section;
  steps: {
    heading: Text;
    paragraphs: Text[];
    /**
     * Ids of figures shown in this section.
     */
    figures?: string[];
    horizonMonths: number;
    /**
     * @minItems 1
     */
    items: [Item, ...Item[]];
  };
  delivers: {
    heading: Text;
    paragraphs: Text[];
    /**
     * Ids of figures shown in this section.
     */
    figures?: string[];
    /**
     * @minItems 1
     */
    items: [Text, ...Text[]];
  };
  practice: {
    heading: Text;
    paragraphs: Text[];
    /**
     * Ids of figures shown in this section.
     */
    figures?: string[];
    municipality: Text;
    quote: Quote;
  };
  quote: Quote;
  participation: Section;
  signUp: Section;
  /**
   * @minItems 1
   */
  figures: [
    {
      id: string;
      value: number;
      /**
       * How the value is written, e.g. '2,5 miljoen' or '15,9%'.
       */
      display: string;
      label: Text;
      source: {
        name: Text;
        url?: string;
      };
      peildatum: Date;
    },
    ...{
      id: string;
      value: number;
      /**
       * How the value is written, e.g. '2,5 miljoen' or '15,9%'.
       */
      display: string;
      label: Text;
      source: {
        name: Text;
        url?: string;
      };
      peildatum: Date;
    }[]
  ];
}
export interface Section {
  heading: Text;
  paragraphs: Text[];
  /**
   * Ids of figures shown in this section.
   */
  figures?: string[];
}
export interface Item {
  title: Text;
  text: Text;
}
export interface Quote {
  text: Text;
  author: Text;
  role: Text;
  organisation: Text;
}
