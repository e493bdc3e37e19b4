// The built-in municipality data and one shared index over it. Both the adviser finder and the
// sign-up form search municipalities: they share this index, so a page with both builds it once.
// Elements load this module on demand through municipality-data.ts (a chunk of its own).
import { createMunicipalityIndex, type Advisers, type Geography, type MunicipalityIndex } from '@maatwerk/model';
import advisersData from '@maatwerk/model/data/advisers.json';
import geographyData from '@maatwerk/model/data/municipalities.json';

/** Municipalities, their CBS codes, arbeidsmarktregio and aliases (validated in the model's tests). */
export const defaultGeography = geographyData as unknown as Geography;

/** The shipped advisers: fictional example data (`example: true`), to be replaced by the real list. */
export const defaultAdvisers = advisersData as unknown as Advisers;

let defaultIndex: MunicipalityIndex | undefined;

/** The index over the built-in data, created on first use and shared by every element on the page. */
export function getDefaultMunicipalityIndex(): MunicipalityIndex {
  return (defaultIndex ??= createMunicipalityIndex(defaultGeography, defaultAdvisers));
}

/** An index over the built-in municipalities with other advisers (the finder's `advisers-src`). */
export function createIndexWithAdvisers(advisers: Advisers): MunicipalityIndex {
  return createMunicipalityIndex(defaultGeography, advisers);
}
