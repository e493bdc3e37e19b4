// Generates, from the JSON Schemas, everything that must never drift from them:
//  - src/generated/<kind>.ts: TypeScript types (json-schema-to-typescript);
//  - src/generated/validate-<kind>.js: standalone validators (ajv standalone code) for every kind.
//    The browser needs them (no `new Function`, so they run under a strict Content Security
//    Policy); Node uses the same ones, so a CLI start does not compile schemas first.
// `--check` fails (exit 1) when a committed file is out of date instead of writing it.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import { compile } from 'json-schema-to-typescript';
import { AJV_OPTIONS } from '../src/ajv-options.ts';
import { SCHEMA_FILES, type DataKind } from '../src/schema-files.ts';

const addFormats = addFormatsPlugin as unknown as typeof addFormatsPlugin.default;
const standaloneCode = (standaloneCodeModule as unknown as { default: typeof standaloneCodeModule }).default ?? standaloneCodeModule;


const root = new URL('..', import.meta.url);
const outDir = new URL('src/generated/', root);
const schemaDir = fileURLToPath(new URL('schemas/', root));
const check = process.argv.includes('--check');
const banner = '// Generated from packages/model/schemas by `pnpm --filter @maatwerk/model generate`. Do not edit.\n';
const kebab = (kind: string) => kind.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

const schemas = new Map<DataKind, { $id: string; title: string }>();
for (const [kind, file] of Object.entries(SCHEMA_FILES) as [DataKind, string][]) {
  schemas.set(kind, JSON.parse(await readFile(new URL(`schemas/${file}`, root), 'utf8')));
}

const outputs = new Map<string, string>();

for (const [kind, schema] of schemas) {
  let ts = await compile(schema as never, schema.title, {
    bannerComment: '',
    cwd: schemaDir,
    declareExternallyReferenced: true,
    additionalProperties: false,
    maxItems: -1,
    format: true,
    style: { singleQuote: true, printWidth: 110 },
  });
  // A cross-schema $ref (sign-up -> result) imports the other module instead of redeclaring it.
  if (kind === 'signUp') {
    ts = `import type { ScanResult } from './result.ts';\n\n` +
      ts.replace(/\bResultSchema\b/g, 'ScanResult').replace(/\n(?:\/\*\*[\s\S]*?\*\/\n)?export interface ScanResult \{[\s\S]*$/, '\n');
  }
  outputs.set(`${kebab(kind)}.ts`, banner + '\n' + ts.trim() + '\n');
}

for (const kind of schemas.keys()) {
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true, esm: true } });
  addFormats(ajv);
  for (const schema of schemas.values()) ajv.addSchema(schema);
  let code = standaloneCode(ajv, { validate: schemas.get(kind)!.$id });
  // ajv's ESM output still `require`s ajv-formats; turn that into an import.
  const formats = new Set<string>();
  code = code.replace(/require\("ajv-formats\/dist\/formats"\)\.fullFormats(?:\["([\w-]+)"\]|\.(\w+))/g, (_, quoted?: string, dotted?: string) => {
    const name = quoted ?? dotted!;
    formats.add(name);
    return `fullFormats[${JSON.stringify(name)}]`;
  });
  const needsUcs2 = code.includes('require("ajv/dist/runtime/ucs2length").default');
  code = code.replaceAll('require("ajv/dist/runtime/ucs2length").default', 'ucs2length');
  if (/require\(/.test(code)) throw new Error(`Standalone validator for ${kind} still contains require(): update scripts/generate.ts`);
  let imports = formats.size ? `import { fullFormats } from 'ajv-formats/dist/formats.js';\n` : '';
  if (needsUcs2) {
    imports += `import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';\nconst ucs2length = ucs2lengthModule.default ?? ucs2lengthModule;\n`;
  }
  code = code.replace(/^"use strict";/, '');
  outputs.set(`validate-${kebab(kind)}.js`, `${banner}// @ts-nocheck\n/* eslint-disable */\n${imports}${code}\n`);
  outputs.set(
    `validate-${kebab(kind)}.d.ts`,
    `${banner}import type { SchemaValidator } from '../messages.ts';\n\nexport declare const validate: SchemaValidator;\n`,
  );
}

let stale = 0;
await mkdir(outDir, { recursive: true });
for (const [name, output] of outputs) {
  const target = new URL(name, outDir);
  if (check) {
    const current = await readFile(target, 'utf8').catch(() => '');
    if (current !== output) {
      console.error(`src/generated/${name} is out of date with the schemas: run \`pnpm --filter @maatwerk/model generate\`.`);
      stale++;
    }
  } else {
    await writeFile(target, output);
  }
}
if (stale) process.exit(1);
console.log(check ? `All ${outputs.size} generated files match the schemas.` : `Wrote ${outputs.size} files to src/generated/.`);
