// The Vite plugins of every embed build (scripts/build.ts, and scripts/serve-build.ts for benchmarks
// and screenshots), so what is measured is what ships. Order matters: the decorators are compiled
// first, so the minifiers then work on the JavaScript they become; private names are shortened last.
import type { Plugin } from 'vite';
import { compactGeography } from './compact-geography.ts';
import { idiomaticLitDecorators } from './idiomatic-decorators.ts';
import { manglePrivateMembers } from './mangle-private.ts';
import { minifyLitCss } from './minify-css.ts';
import { minifyLitHtml } from './minify-html.ts';
import { splitBuiltInPlan } from './split-plan.ts';

export const embedPlugins = (root: string): Plugin[] => [idiomaticLitDecorators(root), compactGeography(), splitBuiltInPlan(), minifyLitCss(), minifyLitHtml(), manglePrivateMembers()];
