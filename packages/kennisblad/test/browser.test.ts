// @maatwerk/kennisblad/browser: bundles for the browser without Node built-ins, and renders a Blob.
import { builtinModules } from 'node:module';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { build, type Rollup } from 'vite';
import { nodeFontSources, renderKennisblad } from '../src/render.ts';
import { renderKennisbladBlob, renderReportBlob } from '../src/browser.ts';
import { sampleResult } from '../scripts/sample.ts';
import { dataset, readPdf } from './helpers.ts';

const src = join(import.meta.dirname, '..', 'src');
const ALLOWED = ['@react-pdf/renderer', 'react', 'react/jsx-runtime', 'hyphen/nl/index.js', 'hyphen/en-gb/index.js', '@maatwerk/model'];

/** Every bare import reachable from a module through relative imports. */
async function bareImports(entry: string, seen = new Set<string>()): Promise<Set<string>> {
  const bare = new Set<string>();
  const visit = async (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    // Comments may mention imports (usage examples); only code counts.
    const code = (await readFile(file, 'utf8')).replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    for (const [, specifier] of code.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'|import\(\s*'([^']+)'/g)) {
      if (!specifier) continue;
      // A relative `?url` import is an asset (a font file), not code.
      if (specifier.startsWith('.')) {
        if (!specifier.endsWith('?url')) await visit(resolve(dirname(file), specifier));
      }
      else bare.add(specifier);
    }
    for (const [, specifier] of code.matchAll(/import\(\s*'([^']+)'/g)) if (specifier && !specifier.startsWith('.')) bare.add(specifier);
  };
  await visit(entry);
  return bare;
}

describe('the browser entry', () => {
  test('imports only browser-safe modules', async () => {
    const imports = [...(await bareImports(join(src, 'browser.ts')))];
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    expect(imports.filter((name) => builtins.has(name) || name.startsWith('node:'))).toEqual([]);
    expect(imports).not.toContain('@maatwerk/model/node');
    const unexpected = imports.filter((name) => !ALLOWED.includes(name) && !name.startsWith('@maatwerk/model/data/'));
    expect(unexpected).toEqual([]);
  });

  test('bundles with Vite for the browser: no Node built-ins, fonts and data split off', async () => {
    const output = (await build({
      root: join(import.meta.dirname, '..'),
      configFile: false,
      logLevel: 'silent',
      build: { write: false, minify: false, lib: { entry: join(src, 'browser.ts'), formats: ['es'], fileName: 'browser' } },
    })) as Rollup.RollupOutput[] | Rollup.RollupOutput;
    const chunks = [output].flat().flatMap((result) => result.output);
    const main = chunks.find((chunk) => chunk.fileName === 'browser.js');
    expect(main?.type).toBe('chunk');
    const code = main!.type === 'chunk' ? main!.code : '';
    expect(code).not.toMatch(/from\s+["'](node:)?(fs|path|url|module|child_process)["']/);
    expect(code).not.toMatch(/require\(["'](node:)?(fs|path)["']\)/);
    // The fonts and the data are separate chunks, loaded only when a report is made.
    expect(chunks.some((chunk) => chunk.fileName.startsWith('MaatwerkSans-Regular'))).toBe(true);
    expect(chunks.some((chunk) => chunk.fileName.startsWith('municipalities'))).toBe(true);
  }, 60_000);

  test('renderReportBlob returns a PDF Blob of the report', async () => {
    const data = await dataset();
    const result = sampleResult(data.content);
    const blob = await renderReportBlob(result, { data, fonts: nodeFontSources() });
    expect(blob.type).toBe('application/pdf');
    const text = (await readPdf(new Uint8Array(await blob.arrayBuffer()))).text;
    expect(text).toContain('De uitkomst voor gemeente Borne');
    expect(text).toContain(data.content.domains.find((domain) => domain.id === result.ranking[0])!.name);
  });

  test('renderReportBlob refuses a result of another quick scan', async () => {
    const data = await dataset();
    const result = sampleResult(data.content);
    result.content.id = 'iets-anders';
    await expect(renderReportBlob(result, { data, fonts: nodeFontSources() })).rejects.toThrow('content.id');
  });

  test('renderKennisbladBlob gives the same bytes as the Node renderer, for any edition', async () => {
    const data = await dataset();
    const blob = await renderKennisbladBlob(data, { fonts: nodeFontSources(), region: 'AM05' });
    expect(blob.type).toBe('application/pdf');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(Buffer.from(bytes).equals(await renderKennisblad(data, { region: 'AM05' }))).toBe(true);
    expect((await readPdf(bytes)).text).toContain('Twente');
  });
});
