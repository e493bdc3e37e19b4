// The embed bundles carry the municipality data in a compact text form (scripts/compact-geography.ts).
// Every build, browser test and story gets the data through it: it must decode to exactly the JSON
// the model uses. (This Node project imports the JSON itself.)
import type { Geography } from '@maatwerk/model';
import geographyData from '@maatwerk/model/data/municipalities.json';
import { expect, test } from 'vitest';
import { decodeGeography, encodeGeography } from '../../src/internal/geography-codec.ts';

const geography = geographyData as unknown as Geography;

test('the compact form decodes to the same data', () => {
  const packed = encodeGeography(geography);
  expect(packed).toBeDefined();
  expect(decodeGeography(packed!)).toStrictEqual(JSON.parse(JSON.stringify(geography)));
});

test('data the format cannot carry is left as JSON', () => {
  const [first, ...rest] = geography.municipalities;
  expect(encodeGeography({ ...geography, municipalities: [{ ...first!, name: 'A|B' }, ...rest] })).toBeUndefined();
  expect(encodeGeography({ ...geography, municipalities: [{ ...first!, code: 'XX0001' }, ...rest] })).toBeUndefined();
  // Decoding sorts by name, so a list in another order cannot be carried; nor can fields the format does not know.
  const unsorted = [...rest, first!] as unknown as Geography['municipalities'];
  expect(encodeGeography({ ...geography, municipalities: unsorted })).toBeUndefined();
  expect(encodeGeography({ ...geography, municipalities: [{ ...first!, note: 'x' } as typeof first & { note: string }, ...rest] })).toBeUndefined();
});
