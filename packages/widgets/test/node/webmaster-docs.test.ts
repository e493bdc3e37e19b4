// What a webmaster reads must be what the elements do: every `--maatwerk-*` token the styles read is in
// the custom-elements manifest (and so in Storybook) and in the token table of "Voor webmasters",
// each global token with the NL Design System tokens it really falls back to; the manifest and the
// args tables show public API only; the storage keys on the page are the ones the code writes.
import { readFile, readdir } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { argTypesFor, namedAsWritten, type Manifest } from '../../../../.storybook/arg-types.ts';
import { BUILT_IN_NL } from '../../src/quick-scan/content.ts';
import { ProgressStore } from '../../src/quick-scan/storage.ts';
import { draftKey } from '../../src/sign-up/storage.ts';

const widgets = new URL('../../', import.meta.url);
const read = (path: string) => readFile(new URL(path, widgets), 'utf8');

const PUBLIC_ELEMENTS = ['maatwerk-quick-scan', 'maatwerk-adviseur-finder', 'maatwerk-sign-up'];
/** What these tests read of a declaration, including what must not be there (private or static members). */
interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
  members?: { name: string; static?: boolean; privacy?: string; default?: string }[];
  cssProperties?: { name: string; description?: string }[];
}
const manifest = JSON.parse(await read('custom-elements.json')) as Manifest;
const elements = (manifest.modules as { declarations?: Declaration[] }[]).flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
const page = await read('docs/voor-webmasters.md');

/** Every source file under src/, with its text. */
async function sources(): Promise<Map<string, string>> {
  const files = (await readdir(new URL('src/', widgets), { recursive: true })).filter((file) => file.endsWith('.ts'));
  return new Map(await Promise.all(files.map(async (file) => [file, await read(`src/${file}`)] as const)));
}

/** The `--maatwerk-*` tokens a stylesheet reads (`var(--maatwerk-…`), by the file that reads them. */
async function tokensRead(): Promise<Map<string, string>> {
  const readers = new Map<string, string>();
  for (const [file, text] of await sources()) for (const [, token] of text.matchAll(/var\((--maatwerk-[\w-]+)/g)) readers.set(token!, file);
  return readers;
}

/**
 * The NL Design System tokens (`--utrecht-*`, `--basis-*`) each global token falls back to, read from
 * the private copies in the shared styles (`--_color-link: var(--maatwerk-color-link, …)`), following
 * the `--_theme-*` helpers that mix a theme's colour.
 */
async function fallbacks(): Promise<Map<string, string[]>> {
  const styles = [...(await sources())].filter(([file]) => file.startsWith('styles/')).map(([, text]) => text).join('\n');
  const declared = new Map([...styles.matchAll(/^\s*(--_[\w-]+):\s*(.+);$/gm)].map(([, name, value]) => [name!, value!]));
  const nlTokens = (value: string): string[] => [
    ...[...value.matchAll(/--(?:utrecht|basis)-[\w-]+/g)].map(([token]) => token),
    ...[...value.matchAll(/var\((--_theme-[\w-]+)/g)].flatMap(([, helper]) => nlTokens(declared.get(helper!) ?? '')),
  ];
  const chains = new Map<string, string[]>();
  for (const value of declared.values()) {
    const token = /^var\((--maatwerk-[\w-]+)/.exec(value)?.[1];
    if (token) chains.set(token, nlTokens(value).sort());
  }
  return chains;
}

/** The rows of the page's token tables: first cell (the token) to the whole row. */
function pageTokenRows(): Map<string, string> {
  return new Map([...page.matchAll(/^\| `(--maatwerk-[\w-]+)` \|.*$/gm)].map(([row, token]) => [token!, row]));
}

test('every --maatwerk-* token the styles read is in the manifest; the global ones on every element', async () => {
  const readers = await tokensRead();
  expect(readers.size).toBeGreaterThan(30);
  for (const [token, file] of readers) {
    const on = elements.filter((element) => element.cssProperties?.some((property) => property.name === token)).map((element) => element.tagName);
    if (file.startsWith('styles/')) expect(on, `${token} (${file})`).toEqual(PUBLIC_ELEMENTS);
    else expect(on.length, `${token} (${file}) is on no element`).toBeGreaterThan(0);
  }
});

test('the manifest names the NL Design System fallbacks the styles really use', async () => {
  const chains = await fallbacks();
  expect(chains.size).toBeGreaterThan(25);
  const described = new Map(elements[0]!.cssProperties!.map((property) => [property.name, property.description ?? '']));
  for (const [token, chain] of chains) {
    const named = [...(described.get(token) ?? '').matchAll(/--(?:utrecht|basis)-[\w-]+/g)].map(([name]) => name).sort();
    expect(named, token).toEqual(chain);
  }
});

test('the token tables of "Voor webmasters" list every token, each global one with its real fallbacks', async () => {
  const rows = pageTokenRows();
  for (const token of (await tokensRead()).keys()) expect(rows.has(token), `${token} missing from docs/voor-webmasters.md`).toBe(true);
  for (const [token, chain] of await fallbacks()) {
    const named = [...rows.get(token)!.matchAll(/--(?:utrecht|basis)-[\w-]+/g)].map(([name]) => name).sort();
    expect(named, token).toEqual(chain);
  }
});

test('the manifest shows public API only: no private, protected or static members, no internal element; defaults as values', () => {
  expect(elements.map((element) => element.tagName).sort()).toEqual([...PUBLIC_ELEMENTS].sort());
  for (const element of elements) {
    for (const member of element.members ?? []) {
      expect(member.name, `${element.tagName}.${member.name}`).toMatch(/^[a-zA-Z]/);
      expect(member.privacy ?? 'public', `${element.tagName}.${member.name}`).toBe('public');
      expect(member.static, `${element.tagName}.${member.name}`).toBeFalsy();
      // A default is a value (15000), not the name of a constant in the source (DEFAULT_TIMEOUT_MS).
      expect(member.default ?? '', `${element.tagName}.${member.name}`).not.toMatch(/^[A-Z][A-Z0-9_]+$/);
    }
  }
});

test('Storybook args tables: one row per attribute, properties apart, no private member, nothing hidden by a part of the same name', () => {
  const scan = argTypesFor(manifest, 'maatwerk-quick-scan')!;
  // The quick scan has a `result` property and a `::part(result)`.
  expect(scan.result).toMatchObject({ name: 'result', table: { category: 'properties' } });
  expect(scan['part:result']).toMatchObject({ name: '::part(result)', table: { category: 'css shadow parts' } });
  // Keyed as the stories' args, named as the page writes it.
  expect(scan.contentSrc).toMatchObject({ name: 'content-src', table: { category: 'attributes' } });
  expect(scan['content-src']).toBeUndefined();
  for (const tag of PUBLIC_ELEMENTS) {
    const rows = Object.entries(argTypesFor(manifest, tag)!);
    expect(rows.filter(([key, row]) => key.startsWith('_') || row.name!.startsWith('_')), tag).toEqual([]);
    const attributes = rows.filter(([, row]) => row.table?.category === 'attributes').map(([, row]) => row.name);
    expect(new Set(attributes).size, `${tag}: an attribute twice`).toBe(attributes.length);
  }
  expect(argTypesFor(manifest, 'maatwerk-sign-up')!.result).toMatchObject({ name: 'result', table: { category: 'properties' } });
  // After Storybook merged a story's own argTypes (named by their key), the row is named as written again.
  const context = { component: 'maatwerk-quick-scan', argTypes: { contentSrc: { name: 'contentSrc', control: 'text' }, themed: { name: 'themed' } } };
  const merged = namedAsWritten(manifest)(context as unknown as Parameters<ReturnType<typeof namedAsWritten>>[0]);
  expect(merged.contentSrc).toMatchObject({ name: 'content-src', control: 'text' });
  expect(merged.themed!.name).toBe('themed');
});

test('"Voor webmasters" names the storage keys the code writes', () => {
  expect(page).toContain(`\`${new ProgressStore(BUILT_IN_NL, '').key}\``);
  expect(page).toContain(`\`${new ProgressStore(BUILT_IN_NL, 'mijn-scan').key}\``);
  expect(page).toContain(`\`${draftKey('')}\``);
  expect(page).toContain(`\`${draftKey('aanmelden')}\``);
});

test('Storybook shows snippets that work pasted under a strict CSP: no inline <style>, no data: URL', async () => {
  const stories = new URL('../../../../stories/', import.meta.url);
  const files = (await readdir(stories)).filter((file) => file.endsWith('.stories.ts'));
  expect(files.length).toBeGreaterThan(2);
  for (const file of files) expect(await readFile(new URL(file, stories), 'utf8'), file).not.toMatch(/<style\b|data:[a-z]+\/[\w.+-]+[,;]/i);
});

test('"Voor webmasters" lists exactly the attributes of each element (and `id`, where it keeps stored data apart)', () => {
  for (const element of elements) {
    const section = page.split(`### \`<${element.tagName}>\``)[1]?.split('\n### ')[0] ?? '';
    const listed = [...section.matchAll(/^\| `([\w-]+)` \|/gm)].map(([, name]) => name!).filter((name) => name !== 'id');
    expect(listed.sort(), element.tagName).toEqual((element.attributes ?? []).map((attribute) => attribute.name).sort());
  }
});

test('"Voor webmasters" lists exactly the events of the elements, and every kind of sign-up error', async () => {
  const section = page.split('## Gebeurtenissen')[1]!.split('\n## ')[0]!;
  const listed = [...section.matchAll(/^\| [^|]+ \| `(maatwerk-[\w-]+)` \|/gm)].map(([, name]) => name!);
  expect(listed.sort()).toEqual(elements.flatMap((element) => element.events ?? []).map((event) => event.name).sort());
  const kinds = /type SignUpErrorKind = ([^;]+);/.exec(await read('src/events/sign-up.ts'))![1]!.match(/'[\w-]+'/g)!;
  const errorRow = section.split('\n').find((line) => line.includes('`maatwerk-sign-up-error`'))!;
  for (const kind of kinds) expect(errorRow, kind).toContain(`\`${kind.slice(1, -1)}\``);
});
