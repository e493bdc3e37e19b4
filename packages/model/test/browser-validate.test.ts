// The standalone validators the widgets use under a strict CSP must judge data exactly as the
// Node validator (ajv, compiled at run time) does: same verdict, same paths, same messages.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkAdvisersData, checkContentData, checkSignUp } from '../src/browser-validate.ts';
import { score } from '../src/index.ts';
import { validate } from '../src/node.ts';
import type { Dataset } from '../src/node.ts';
import type { DataKind } from '../src/schema-files.ts';
import type { Lang } from '../src/types.ts';
import { fixture, rawData, shipped } from './support.ts';

type Json = Record<string, unknown>;
type BrowserKind = Extract<DataKind, 'content' | 'advisers' | 'signUp'>;

let dataset: Dataset;
beforeAll(async () => {
  dataset = await shipped();
});

/** Both verdicts, reduced to what a user sees: valid or not, and each issue's path and message. */
async function bothVerdicts(kind: BrowserKind, data: unknown, lang: Lang = 'nl') {
  const node = await validate(kind, data, { lang, geography: dataset.geography });
  const browser =
    kind === 'content'
      ? checkContentData(data, lang)
      : kind === 'advisers'
        ? checkAdvisersData(data, dataset.geography, lang)
        : checkSignUp(data, lang);
  const view = (issues: readonly { path: string; message: string }[]) => issues.map(({ path, message }) => ({ path, message }));
  return { node: { valid: node.valid, issues: view(node.issues) }, browser: { valid: browser.valid, issues: view(browser.issues) } };
}

function signUp(overrides: Json = {}): Json {
  return {
    signUpVersion: 1,
    municipality: { code: 'GM0363', name: 'Amsterdam' },
    name: 'Voorbeeld Persoon',
    role: 'Beleidsadviseur',
    email: 'voorbeeld@example.org',
    domains: ['armoede-schulden'],
    consent: true,
    ...overrides,
  };
}

describe('on the shipped data', () => {
  it.each([
    ['content', 'content.nl.json'],
    ['content', 'content.en.json'],
    ['advisers', 'advisers.json'],
  ] as const)('%s (%s) is valid for both', async (kind, name) => {
    const { node, browser } = await bothVerdicts(kind, await rawData(name));
    expect(node).toEqual({ valid: true, issues: [] });
    expect(browser).toEqual(node);
  });

  it('a sign-up with a scan result attached is valid for both', async () => {
    const answers = Object.fromEntries(dataset.content.statements.map((s, i) => [s.id, i % 5 === 0 ? null : 1 + (i % 4)]));
    const result = score(dataset.content, answers, { completedAt: '2026-01-15T10:00:00.000Z', municipality: { code: 'GM0363', name: 'Amsterdam' } });
    const { node, browser } = await bothVerdicts('signUp', signUp({ result, phone: '+31 20 000 00 00', lang: 'nl' }));
    expect(node).toEqual({ valid: true, issues: [] });
    expect(browser).toEqual(node);
  });
});

describe('on broken data', () => {
  const brokenContent: [string, (content: Json) => void][] = [
    ['wrong type', (c) => (c.durationMinutes = '15')],
    ['missing statement for a cell', (c) => (c.statements = (c.statements as Json[]).slice(1))],
    ['duplicate statement id', (c) => ((c.statements as Json[])[1]!.id = (c.statements as Json[])[0]!.id)],
    ['unknown phase of an action', (c) => ((c.actions as Json[])[0]!.phase = 'later')],
    ['scale with one option', (c) => ((c.scale as Json).options = [{ value: 1, label: 'Ja' }])],
    ['missing field', (c) => delete c.statements],
  ];

  it.each(brokenContent)('content: %s gives the same issues in both', async (_, breakIt) => {
    const content = await rawData('content.nl.json');
    breakIt(content);
    for (const lang of ['nl', 'en'] as const) {
      const { node, browser } = await bothVerdicts('content', content, lang);
      expect(node.valid).toBe(false);
      expect(browser).toEqual(node);
    }
  });

  it.each(['advisers.wrong-type.json', 'advisers.unknown-region.json'])('advisers fixture %s gives the same issues in both', async (name) => {
    const { node, browser } = await bothVerdicts('advisers', await fixture(name));
    expect(node.valid).toBe(false);
    expect(browser).toEqual(node);
  });

  it.each([
    ['no consent', signUp({ consent: false }), 'consent'],
    ['bad e-mail', signUp({ email: 'geen-adres' }), 'email'],
    ['bad municipality code', signUp({ municipality: { code: '363', name: 'Amsterdam' } }), 'municipality.code'],
    ['unknown field', signUp({ remark: 'x' }), ''],
    ['same domain twice', signUp({ domains: ['gezondheid', 'gezondheid'] }), 'domains'],
    ['a result that is not a result', signUp({ result: { resultVersion: 2 } }), 'result'],
  ])('sign-up with %s gives the same issues in both', async (_, data, path) => {
    const { node, browser } = await bothVerdicts('signUp', data);
    expect(node.valid).toBe(false);
    expect(node.issues.map((issue) => issue.path)).toContain(path);
    expect(browser).toEqual(node);
  });
});

describe('on arbitrary input (property)', { timeout: 30_000 }, () => {
  it('agrees on any JSON value for every browser kind', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<BrowserKind>('content', 'advisers', 'signUp'), fc.jsonValue(), async (kind, data) => {
        const { node, browser } = await bothVerdicts(kind, data);
        expect(browser).toEqual(node);
      }),
      { numRuns: 200 },
    );
  });

  it('agrees on real content with one field replaced by an arbitrary value', async () => {
    const original = await rawData('content.nl.json');
    const statementFields = ['id', 'domain', 'level', 'factor', 'text', 'help', 'extra'];
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: 62 }),
        fc.constantFrom(...statementFields),
        fc.oneof(fc.jsonValue(), fc.constantFrom('gezondheid', 'bestuur', 'middelen', 'armoede-schulden-bestuur-middelen', '')),
        fc.constantFrom<Lang>('nl', 'en'),
        async (index, field, value, lang) => {
          const content = structuredClone(original);
          (content.statements as Json[])[index]![field] = value;
          const { node, browser } = await bothVerdicts('content', content, lang);
          expect(browser).toEqual(node);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('agrees on real advisers with one field replaced by an arbitrary value', async () => {
    const original = await rawData('advisers.json');
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: 34 }),
        fc.constantFrom('region', 'name', 'role', 'email', 'phone', 'photoUrl'),
        fc.oneof(fc.jsonValue(), fc.constantFrom('AM01', 'AM04', 'x@example.org', 'https://example.org/foto.jpg', '+31 6 1234 5678')),
        async (index, field, value) => {
          const advisers = structuredClone(original);
          (advisers.advisers as Json[])[index]![field] = value;
          const { node, browser } = await bothVerdicts('advisers', advisers);
          expect(browser).toEqual(node);
        },
      ),
      { numRuns: 150 },
    );
  });
});
