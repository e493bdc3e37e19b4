// Vite plugin for the embed builds: Lit's `@property` and `@state` decorators become `static
// properties` and constructor assignments (Lit's own @lit/ts-transformers), so what browsers load
// carries no decorator runtime (Lit's decorator module and TypeScript's `__decorate` helper: about
// 0.5 KB gzip in every bundle). The source keeps the decorators; tests, Storybook and the library
// build use them as written. The transformer needs the type checker (it recognises Lit's decorators
// by their import), so one TypeScript program over src/ serves every file of every entry.
import { idiomaticDecoratorsTransformer } from '@lit/ts-transformers';
import ts from 'typescript';
import type { Plugin } from 'vite';

const DECORATED = /@(property|state)\(/;

/** One program for every entry's build in this process (creating it and its type checker takes seconds). */
let program: ts.Program | undefined;

export function idiomaticLitDecorators(root: string): Plugin {
  const createProgram = () => {
    const config = ts.getParsedCommandLineOfConfigFile(`${root}/tsconfig.lib.json`, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    if (!config) throw new Error('tsconfig.lib.json could not be read');
    return ts.createProgram(config.fileNames, {
      ...config.options,
      noEmit: false,
      declaration: false,
      declarationMap: false,
      emitDeclarationOnly: false,
      rewriteRelativeImportExtensions: false,
      sourceMap: true,
      inlineSources: true,
    });
  };
  return {
    name: 'maatwerk-idiomatic-lit-decorators',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !DECORATED.test(code)) return null;
      program ??= createProgram();
      const source = program.getSourceFile(id);
      // A file the program does not know, or one changed since it was read: leave it to the usual transform.
      if (!source || source.text !== code) return null;
      let js: string | undefined;
      let map: string | undefined;
      program.emit(source, (name, text) => (name.endsWith('.map') ? (map = text) : (js = text)), undefined, false, {
        before: [idiomaticDecoratorsTransformer(program)],
      });
      if (js === undefined) return null;
      return { code: js.replace(/\/\/# sourceMappingURL=.*$/m, ''), map: map ?? null };
    },
  };
}
