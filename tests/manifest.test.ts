// The custom-elements manifest is the webmaster's reference (Storybook autodocs, editors): it must
// describe the elements as they are now, and document what a webmaster configures.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const widgets = fileURLToPath(new URL('../packages/widgets/', import.meta.url));

interface Declaration {
  tagName?: string;
  attributes?: { name: string; description?: string }[];
  events?: { name: string; description?: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

test('custom-elements.json is up to date with the elements (regenerate: pnpm --filter @maatwerk/widgets manifest)', async () => {
  const out = await mkdtemp(join(tmpdir(), 'maatwerk-cem-'));
  try {
    execFileSync('pnpm', ['exec', 'cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs'], {
      cwd: widgets,
      stdio: 'pipe',
      // The analyzer joins outdir to the working folder, so pass it relative.
      env: { ...process.env, CEM_OUTDIR: relative(widgets, out) },
    });
    const fresh = await readFile(join(out, 'custom-elements.json'), 'utf8');
    const committed = await readFile(join(widgets, 'custom-elements.json'), 'utf8');
    expect(JSON.parse(committed)).toEqual(JSON.parse(fresh));
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

test('the manifest documents every public element with attributes, events, parts and CSS custom properties', async () => {
  const manifest = JSON.parse(await readFile(join(widgets, 'custom-elements.json'), 'utf8')) as { modules: { declarations?: Declaration[] }[] };
  const elements = new Map(manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName!, d]));
  for (const tag of ['maatwerk-quick-scan', 'maatwerk-adviseur-finder', 'maatwerk-sign-up']) {
    const element = elements.get(tag);
    expect(element, tag).toBeDefined();
    expect(element!.attributes?.length, `${tag} attributes`).toBeGreaterThan(2);
    for (const attribute of element!.attributes ?? []) expect(attribute.description, `${tag} [${attribute.name}]`).toBeTruthy();
    expect(element!.events?.length, `${tag} events`).toBeGreaterThan(1);
    for (const event of element!.events ?? []) expect(event.description, `${tag} ${event.name}`).toBeTruthy();
    expect(element!.cssParts?.map((part) => part.name), `${tag} parts`).toContain('base');
    expect(element!.cssProperties?.length, `${tag} CSS custom properties`).toBeGreaterThan(0);
  }
});

test('the React and Vue typings list exactly the attributes in the manifest', async () => {
  const manifest = JSON.parse(await readFile(join(widgets, 'custom-elements.json'), 'utf8')) as { modules: { declarations?: Declaration[] }[] };
  const elements = new Map(manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName!, d]));
  const source = await readFile(join(widgets, 'src/frameworks/attributes.ts'), 'utf8');
  const typed = (name: string) => {
    const body = new RegExp(`interface ${name} \\{([^}]*)\\}`).exec(source)?.[1] ?? '';
    return [...body.matchAll(/^\s*'?([\w-]+)'?\?:/gm)].map((match) => match[1]).sort();
  };
  for (const [tag, name] of [
    ['maatwerk-quick-scan', 'QuickScanAttributes'],
    ['maatwerk-adviseur-finder', 'AdviseurFinderAttributes'],
    ['maatwerk-sign-up', 'SignUpAttributes'],
  ] as const) {
    expect(typed(name), tag).toEqual((elements.get(tag)!.attributes ?? []).map((attribute) => attribute.name).sort());
  }
});
