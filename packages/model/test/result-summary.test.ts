import { describe, expect, test } from 'vitest';
import content from '../data/content.nl.json' with { type: 'json' };
import { checkResult, isScanResult, RESULT_TEXT, score, slug, summariseResult, textIn, type QuickScanContent } from '../src/index.ts';

const scan = content as unknown as QuickScanContent;
const domain = scan.domains[0]!.id;
const answers = Object.fromEntries(scan.statements.filter((s) => s.domain === domain).map((s, index) => [s.id, [0, 1, 2, 3][index % 4]!]));
const result = score(scan, answers, { domains: [domain, scan.domains[1]!.id] });

describe('a result in words and numbers', () => {
  test('one number per domain: the opportunity score, rounded; sentences carry the same number', () => {
    const summary = summariseResult(result, scan);
    const top = summary.domains[0]!;
    const raw = result.domains.find((d) => d.domain === top.domain)!;
    expect(top.opportunity).toBe(Math.round(raw.opportunity!));
    expect(top.sentences.opportunity).toBe(`Kansrijkheid: ${top.opportunity} van 100.`);
    expect(top.sentences.line).toBe(`1. ${top.name} (kansrijkheid ${top.opportunity} van 100)`);
    const open = summary.domains[1]!;
    expect(open.opportunity).toBeNull();
    expect(open.sentences.opportunity).toContain('onbekend');
    expect(summary.coveragePercent).toBe(Math.round(result.coverage * 100));
  });

  test('English text from the same catalogue', () => {
    const summary = summariseResult(result, scan, textIn(RESULT_TEXT, 'en'));
    expect(summary.domains[0]!.sentences.opportunity).toMatch(/^Opportunity: \d+ out of 100\.$/);
  });
});

describe('checkResult', () => {
  test('accepts a result of score() and rejects what is not one, in the given language', () => {
    expect(checkResult(result, { content: scan }).valid).toBe(true);
    expect(isScanResult({ ...result, resultVersion: 2 })).toBe(false);
    const checked = checkResult({ resultVersion: 1 }, { lang: 'en', file: 'x.json' });
    expect(checked.valid).toBe(false);
    expect(checked.issues[0]).toMatchObject({ file: 'x.json', message: expect.stringContaining('not a quick scan result') });
  });

  test('with content: ids that do not belong to it are named', () => {
    const broken = { ...result, domains: [{ ...result.domains[0]!, domain: 'nope' }] };
    const checked = checkResult(broken, { content: scan });
    expect(checked.issues.map((issue) => issue.path)).toEqual(['domains[0].domain']);
  });
});

test('one slug for every file name', () => {
  expect(slug('Súdwest-Fryslân')).toBe('sudwest-fryslan');
  expect(slug("'s-Hertogenbosch")).toBe('s-hertogenbosch');
});
