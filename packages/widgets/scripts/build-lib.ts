// The library build for bundler users (dist/lib): plain ES modules, one per source module, so a
// bundler tree-shakes and splits as it likes. Lit and the model's code stay imports (dependencies of
// the package); the model's JSON data is turned into modules here, because named imports of JSON
// are not standard JavaScript. Declarations come from `tsc -p tsconfig.lib.json` next to these files.
import { build } from 'vite';
import { widgetPlugins } from './plugins.ts';

/** Imports that stay imports: Lit and the model's code (its `data/*.json` is bundled). */
const EXTERNAL = /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)|^@maatwerk\/model(\/(node|browser-validate))?$/;

export async function buildLibrary(root: string): Promise<void> {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: widgetPlugins(),
    build: {
      outDir: 'dist/lib',
      emptyOutDir: false,
      target: 'es2022',
      minify: false,
      sourcemap: true,
      lib: { entry: 'src/index.ts', formats: ['es'] },
      rolldownOptions: {
        external: (id) => EXTERNAL.test(id),
        output: {
          preserveModules: true,
          preserveModulesRoot: 'src',
          entryFileNames: (chunk) => `${chunk.name.replace(/^.*node_modules\/@maatwerk\/model\/|^.*\/packages\/model\//, 'model/')}.js`,
        },
      },
    },
  });
}

