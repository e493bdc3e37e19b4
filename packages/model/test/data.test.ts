// The data files, their validation and the tools communications staff use to check them.
import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatIssue, type DataIssue } from '../src/index.ts';
import { loadDataset, validate, validateFile } from '../src/node.ts';
import type { DataKind } from '../src/schema-files.ts';
import type { Geography, Lang } from '../src/types.ts';
import { DATA, FIXTURES, rawData, run, runTsx, shipped } from './support.ts';

type Json = Record<string, unknown>;
const items = (data: Json, key: string) => data[key] as Json[];
const at = <T>(list: readonly T[], index: number): T => {
  const item = list[index];
  if (item === undefined) throw new Error(`No item ${index}`);
  return item;
};

describe('shipped data', () => {
  it('has the data files the model and the documents need', async () => {
    expect((await readdir(DATA)).filter((name) => name.endsWith('.json')).sort()).toEqual([
      'advisers.json',
      'content.en.json',
      'content.nl.json',
      'hyphenation.en.json',
      'hyphenation.nl.json',
      'municipalities.json',
      'traject.en.json',
      'traject.nl.json',
    ]);
  });

  it.each(['advisers.json', 'content.en.json', 'content.nl.json', 'hyphenation.en.json', 'hyphenation.nl.json', 'municipalities.json', 'traject.en.json', 'traject.nl.json'])(
    '%s validates against its schema and the semantic checks',
    async (name) => {
      const geography = (await shipped()).geography;
      const result = await validateFile(join(DATA, name), { geography });
      expect(result.issues).toEqual([]);
      expect(result.valid).toBe(true);
      expect(result.data).toBeDefined();
    },
  );

  it.each(['nl', 'en'] as const)('loads as one %s dataset', async (lang) => {
    const result = await loadDataset(DATA, lang);
    expect(result.ok ? [] : result.issues).toEqual([]);
    if (!result.ok) return;
    expect(result.dataset.content.lang).toBe(lang);
    expect(result.dataset.traject.lang).toBe(lang);
  });

  it('covers the grid the issue asks for: 3 factors, 3 levels, at least 7 domains and one statement per cell', async () => {
    const { content } = await shipped();
    expect(content.factors.map((f) => f.id)).toEqual(['betrokkenheid', 'middelen', 'ondersteuning']);
    expect(content.levels.map((l) => l.id)).toEqual(['bestuur', 'beleid', 'uitvoering']);
    expect(content.domains.length).toBeGreaterThanOrEqual(7);
    expect(content.statements.length).toBeGreaterThanOrEqual(63);
    expect(content.actions.length).toBeGreaterThanOrEqual(30);
    expect(content.scale.unknown.label).toMatch(/weet ik niet/i);
  });

  it('says the statements are our own, not the official USBO instrument', async () => {
    expect((await shipped('nl')).content.source).toMatch(/niet het officiële instrument/);
    expect((await shipped('en')).content.source).toMatch(/not the official instrument/i);
  });

  it('gives every figure a source and a peildatum', async () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const figure of (await shipped(lang)).traject.figures) {
        expect(figure.source.name.trim(), figure.id).not.toBe('');
        expect(figure.peildatum, figure.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });
});

/** One broken copy of real data: what is wrong, where, and what a user reads in Dutch and English. */
interface Broken {
  name: string;
  kind: DataKind;
  build: () => Promise<unknown>;
  path: string;
  nl: string;
  en: string;
}

const brokenCases: Broken[] = [
  {
    name: 'wrong type (text where a whole number belongs)',
    kind: 'content',
    build: async () => ({ ...(await rawData('content.nl.json')), durationMinutes: '15' }),
    path: 'durationMinutes',
    nl: 'Verkeerd soort waarde: hier hoort een geheel getal.',
    en: 'Wrong kind of value: this should be a whole number.',
  },
  {
    name: 'wrong type deep inside a list',
    kind: 'content',
    build: async () => {
      const content = await rawData('content.nl.json');
      at(items(content, 'statements'), 5).text = 42;
      return content;
    },
    path: 'statements[5].text',
    nl: 'Verkeerd soort waarde: hier hoort tekst.',
    en: 'Wrong kind of value: this should be text.',
  },
  {
    name: 'missing statement for a cell',
    kind: 'content',
    build: async () => {
      const content = await rawData('content.nl.json');
      content.statements = items(content, 'statements').filter(
        (s) => !(s.domain === 'gezondheid' && s.level === 'beleid' && s.factor === 'middelen'),
      );
      return content;
    },
    path: 'statements',
    nl: 'Er is geen stelling voor domein "gezondheid", niveau "beleid", factor "middelen".',
    en: 'There is no statement for domain "gezondheid", level "beleid", factor "middelen".',
  },
  {
    name: 'duplicate statement id',
    kind: 'content',
    build: async () => {
      const content = await rawData('content.nl.json');
      const statements = items(content, 'statements');
      at(statements, 1).id = at(statements, 0).id;
      return content;
    },
    path: 'statements[1]',
    nl: 'De stelling "armoede-schulden-bestuur-betrokkenheid" komt twee keer voor.',
    en: 'The statement "armoede-schulden-bestuur-betrokkenheid" appears twice.',
  },
  {
    name: 'action aimed at an unknown domain',
    kind: 'content',
    build: async () => {
      const content = await rawData('content.nl.json');
      at(items(content, 'actions'), 2).domain = 'sport';
      return content;
    },
    path: 'actions[2].domain',
    nl: 'Onbekend domein "sport".',
    en: 'Unknown domain "sport".',
  },
  {
    name: 'field that the schema does not know',
    kind: 'content',
    build: async () => {
      const content = await rawData('content.nl.json');
      at(items(content, 'statements'), 0).tekst = 'typfout in de veldnaam';
      return content;
    },
    path: 'statements[0]',
    nl: 'Het veld "tekst" is onbekend. Controleer de spelling of haal het weg.',
    en: 'The field "tekst" is unknown. Check its spelling or remove it.',
  },
  {
    name: 'duplicate municipality code',
    kind: 'municipalities',
    build: async () => {
      const geography = await rawData('municipalities.json');
      const municipalities = items(geography, 'municipalities');
      at(municipalities, 5).code = at(municipalities, 4).code;
      return geography;
    },
    path: 'municipalities[5]',
    nl: 'De gemeentecode "GM0197" komt twee keer voor.',
    en: 'The municipality code "GM0197" appears twice.',
  },
  {
    name: 'unknown region',
    kind: 'municipalities',
    build: async () => {
      const geography = await rawData('municipalities.json');
      at(items(geography, 'municipalities'), 3).region = 'AM99';
      return geography;
    },
    path: 'municipalities[3].region',
    nl: 'Gemeente Aalsmeer hoort bij regio "AM99", maar die regio staat niet in "regions".',
    en: 'Municipality Aalsmeer belongs to region "AM99", which is not in "regions".',
  },
  {
    name: 'municipality code in the wrong form',
    kind: 'municipalities',
    build: async () => {
      const geography = await rawData('municipalities.json');
      at(items(geography, 'municipalities'), 0).code = 'GM518';
      return geography;
    },
    path: 'municipalities[0].code',
    nl: 'Deze tekst heeft niet de goede vorm.',
    en: 'This text is not in the expected form.',
  },
  {
    name: 'figure without a source',
    kind: 'traject',
    build: async () => {
      const traject = await rawData('traject.nl.json');
      delete at(items(traject, 'figures'), 0).source;
      return traject;
    },
    path: 'figures[0]',
    nl: 'Het veld "source" ontbreekt.',
    en: 'The field "source" is missing.',
  },
  {
    name: 'figure with a peildatum that is not a date',
    kind: 'traject',
    build: async () => {
      const traject = await rawData('traject.nl.json');
      at(items(traject, 'figures'), 1).peildatum = 'december 2023';
      return traject;
    },
    path: 'figures[1].peildatum',
    nl: 'Dit is geen geldige datum (JJJJ-MM-DD).',
    en: 'This is not a valid date (YYYY-MM-DD).',
  },
  {
    name: 'section showing a figure that does not exist',
    kind: 'traject',
    build: async () => {
      const traject = await rawData('traject.nl.json');
      (traject.why as { figures: string[] }).figures[0] = 'bestaat-niet';
      return traject;
    },
    path: 'why.figures[0]',
    nl: 'Het cijfer "bestaat-niet" staat niet in de lijst "figures".',
    en: 'The figure "bestaat-niet" is not in the "figures" list.',
  },
  {
    name: 'adviser with an e-mail address that is not one',
    kind: 'advisers',
    build: async () => {
      const advisers = await rawData('advisers.json');
      at(items(advisers, 'advisers'), 0).email = 'adviseur(at)example.org';
      return advisers;
    },
    path: 'advisers[0].email',
    nl: 'Dit is geen geldig e-mailadres.',
    en: 'This is not a valid e-mail address.',
  },
  {
    name: 'adviser for an unknown region',
    kind: 'advisers',
    build: async () => {
      const advisers = await rawData('advisers.json');
      at(items(advisers, 'advisers'), 4).region = 'AM99';
      return advisers;
    },
    path: 'advisers[4].region',
    nl: 'Onbekende arbeidsmarktregio "AM99".',
    en: 'Unknown labour-market region "AM99".',
  },
  {
    name: 'two advisers for one region',
    kind: 'advisers',
    build: async () => {
      const advisers = await rawData('advisers.json');
      at(items(advisers, 'advisers'), 1).region = 'AM01';
      return advisers;
    },
    path: 'advisers[1]',
    nl: 'De adviseur voor regio "AM01" komt twee keer voor.',
    en: 'The adviser for region "AM01" appears twice.',
  },
];

describe('broken data fails with the path and a plain-language message', () => {
  let geography: Geography;
  beforeAll(async () => {
    geography = (await shipped()).geography;
  });

  describe.each(['nl', 'en'] as const)('in %s', (lang: Lang) => {
    it.each(brokenCases)('$name', async (broken) => {
      const result = await validate(broken.kind, await broken.build(), { lang, geography });
      expect(result.valid).toBe(false);
      expect(result.data).toBeUndefined();
      expect(result.issues).toContainEqual({ path: broken.path, message: broken[lang] });
    });
  });

  it('reports every problem at once, not only the first', async () => {
    const content = await rawData('content.nl.json');
    content.durationMinutes = '15';
    content.lang = 'de';
    const { issues } = await validate('content', content);
    expect(issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(['durationMinutes', 'lang']));
    expect(issues).toContainEqual({ path: 'lang', message: 'Deze waarde is niet toegestaan. Kies uit: "nl", "en".' });
  });

  it('names the file in every issue of a file', async () => {
    const file = join(FIXTURES, 'municipalities.unknown-region.json');
    const result = await validateFile(file);
    expect(result.valid).toBe(false);
    expect(result.issues).toEqual([
      { file, path: 'municipalities[3].region', message: 'Gemeente Assen hoort bij regio "AM99", maar die regio staat niet in "regions".' },
    ]);
  });

  it.each([
    ['municipalities.unknown-region.json', undefined, 'municipalities[3].region', 'Gemeente Assen hoort bij regio "AM99"'],
    ['advisers.wrong-type.json', undefined, 'example', 'Verkeerd soort waarde: hier hoort true of false.'],
    ['advisers.unknown-region.json', 'geography', 'advisers[1].region', 'Onbekende arbeidsmarktregio "AM99".'],
  ] as const)('fixture %s fails', async (name, withGeography, path, message) => {
    const result = await validateFile(join(FIXTURES, name), withGeography ? { geography } : {});
    expect(result.valid).toBe(false);
    expect(result.issues).toContainEqual(expect.objectContaining({ path, message: expect.stringContaining(message) }));
  });

  it('explains invalid JSON in plain Dutch and English', async () => {
    const file = join(FIXTURES, 'content.invalid-json.json');
    const nl = await validateFile(file);
    expect(nl.valid).toBe(false);
    expect(nl.issues).toHaveLength(1);
    expect(nl.issues[0]).toMatchObject({ file, path: '' });
    expect(nl.issues[0]?.message).toMatch(/^Dit is geen geldige JSON \(.+\)\. Let op komma's en aanhalingstekens\.$/);
    const en = await validateFile(file, { lang: 'en' });
    expect(en.issues[0]?.message).toMatch(/^This is not valid JSON \(.+\)\. Check commas and quotes\.$/);
  });

  it('says when a file is missing or of an unknown kind', async () => {
    const missing = await validateFile(join(FIXTURES, 'content.does-not-exist.json'));
    expect(missing.issues[0]?.message).toBe('Dit bestand bestaat niet of kan niet worden gelezen.');
    const unknown = await validateFile(join(FIXTURES, 'notes.json'));
    expect(unknown.issues[0]?.message).toMatch(/^Onbekend soort bestand\. De naam moet beginnen met een van: content, traject, municipalities, advisers/);
  });

  it('never throws on data that is not even an object', async () => {
    for (const data of [null, 42, 'tekst', [], undefined]) {
      const result = await validate('content', data);
      expect(result.valid).toBe(false);
      expect(result.issues.length).toBeGreaterThan(0);
    }
  });

  it('formats an issue as one line: file, path, message', () => {
    const issue: DataIssue = { file: 'data/content.nl.json', path: 'statements', message: 'Er is geen stelling.' };
    expect(formatIssue(issue)).toBe('data/content.nl.json: statements: Er is geen stelling.');
    expect(formatIssue({ path: '', message: 'Kapot.' })).toBe('(het hele bestand): Kapot.');
    expect(formatIssue({ path: '', message: 'Broken.' }, 'en')).toBe('(the whole file): Broken.');
  });
});

describe('replacing the data (what Lezen & Schrijven does)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'maatwerk-data-'));
    for (const name of await readdir(DATA)) await copyFile(join(DATA, name), join(dir, name));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('loads a copied data folder, and reports every issue of every file with its file name', async () => {
    expect((await loadDataset(dir)).ok).toBe(true);
    const traject = await rawData('traject.nl.json');
    delete at(items(traject, 'figures'), 0).source;
    const advisers = await rawData('advisers.json');
    at(items(advisers, 'advisers'), 0).region = 'AM99';
    await writeFile(join(dir, 'traject.nl.json'), JSON.stringify(traject));
    await writeFile(join(dir, 'advisers.json'), JSON.stringify(advisers));
    const result = await loadDataset(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { file: join(dir, 'traject.nl.json'), path: 'figures[0]', message: 'Het veld "source" ontbreekt.' },
      { file: join(dir, 'advisers.json'), path: 'advisers[0].region', message: 'Onbekende arbeidsmarktregio "AM99".' },
    ]);
    const english = await loadDataset(dir, 'nl', 'en');
    expect(english.ok ? [] : english.issues.map((issue) => issue.message)).toContain('The field "source" is missing.');
  });
});

// Each test starts one or two processes (tsx, pnpm). One after the other: side by side they compete
// for the CPU with each other and with whatever else runs, and a loaded machine made them time out.
// The limit only catches a hang.
describe('the validate command', () => {
  const cli = 'packages/model/src/cli.ts';
  const timeout = 180_000;

  it('passes the shipped data (pnpm --filter @maatwerk/model validate)', { timeout }, async ({ expect }) => {
    const result = await run('pnpm', ['--silent', '--filter', '@maatwerk/model', 'validate']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const names = ['advisers.json', 'content.en.json', 'content.nl.json', 'hyphenation.en.json', 'hyphenation.nl.json', 'municipalities.json', 'traject.en.json', 'traject.nl.json'];
    for (const name of names) expect(result.stdout).toContain(`✓ packages/model/data/${name}`);
    expect(result.stdout).toContain(`Alle ${names.length} bestanden zijn in orde.`);
  });

  it('exits non-zero and prints file, path and message for each broken file', { timeout }, async ({ expect }) => {
    const result = await runTsx(cli, [
      'packages/model/test/fixtures/municipalities.unknown-region.json',
      'packages/model/test/fixtures/content.invalid-json.json',
      'packages/model/test/fixtures/content.worked-example.json',
    ]);
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines).toContain('✗ packages/model/test/fixtures/municipalities.unknown-region.json');
    expect(lines).toContain('  - municipalities[3].region: Gemeente Assen hoort bij regio "AM99", maar die regio staat niet in "regions".');
    expect(lines).toContain('✗ packages/model/test/fixtures/content.invalid-json.json');
    expect(result.stdout).toMatch(/ {2}- \(het hele bestand\): Dit is geen geldige JSON \(.+\)\. Let op komma's en aanhalingstekens\./);
    expect(lines).toContain('✓ packages/model/test/fixtures/content.worked-example.json');
    expect(lines).toContain('2 van 3 bestanden bevatten fouten.');
  });

  it('speaks English with --en', { timeout }, async ({ expect }) => {
    const result = await runTsx(cli, ['--en', 'packages/model/test/fixtures/advisers.wrong-type.json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('  - example: Wrong kind of value: this should be true or false.');
    expect(result.stdout).toContain('1 of 1 files have errors.');
  });

  it('accepts absolute paths and paths relative to where the user typed the command', { timeout }, async ({ expect }) => {
    const absolute = await runTsx(cli, [join(DATA, 'content.nl.json')]);
    expect(absolute.stdout).toContain('✓ packages/model/data/content.nl.json');
    expect(absolute.code).toBe(0);
    const relative = await run('pnpm', ['--silent', '--filter', '@maatwerk/model', 'validate', 'data/advisers.json'], {
      cwd: join(DATA, '..'),
      env: { INIT_CWD: join(DATA, '..') },
    });
    expect(relative.stdout).toContain('✓ data/advisers.json');
    expect(relative.code).toBe(0);
  });

  it('takes the kind from --kind for a file with any name, and refuses an unknown kind', { timeout }, async ({ expect }) => {
    const unknown = await runTsx(cli, ['--kind=adviseurs', 'packages/model/test/fixtures/advisers.unknown-region.json']);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toContain('--kind moet een van deze zijn');
    const named = await runTsx(cli, ['--kind', 'content', 'packages/model/test/fixtures/content.worked-example.json', 'packages/model/test/fixtures/advisers.unknown-region.json']);
    expect(named.code).toBe(1);
    expect(named.stdout).toContain('✓ packages/model/test/fixtures/content.worked-example.json');
    expect(named.stdout).toContain('✗ packages/model/test/fixtures/advisers.unknown-region.json');
  });

  it('checks an advisers file against the regions of the municipalities', { timeout }, async ({ expect }) => {
    const result = await runTsx(cli, ['packages/model/test/fixtures/advisers.unknown-region.json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('  - advisers[1].region: Onbekende arbeidsmarktregio "AM99".');
  });

  it('catches a replacement content file with a missing statement', { timeout }, async ({ expect }) => {
    const dir = await mkdtemp(join(tmpdir(), 'maatwerk-cli-'));
    try {
      const content = await rawData('content.nl.json');
      content.statements = items(content, 'statements').filter((s) => s.id !== 'inburgering-uitvoering-ondersteuning');
      await writeFile(join(dir, 'content.nl.json'), JSON.stringify(content, null, 2));
      const result = await runTsx(cli, [join(dir, 'content.nl.json')]);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('  - statements: Er is geen stelling voor domein "inburgering", niveau "uitvoering", factor "ondersteuning".');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('generated types and validators', () => {
  it.concurrent('are current with the schemas (generate.ts --check)', { timeout: 180_000 }, async ({ expect }) => {
    const result = await runTsx('packages/model/scripts/generate.ts', ['--check']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/All \d+ generated files match the schemas\./);
  });
});
