// The Vite plugins of the widgets' builds. `widgetPlugins` is in every build: the embed bundles, the
// library build, and also the widgets' browser tests and Storybook, so that what they exercise is
// what ships (the compact municipality data and its decoder, the action plan as a module of its own,
// minified CSS). `embedPlugins` adds what only the embed bundles need to stay small; the benchmarks
// and screenshots build with it too, so what is measured is what ships. Order matters: decorators
// are compiled first, so the minifiers work on the JavaScript they become; private names (CSS and
// JavaScript) go last.
import type { Plugin } from 'vite';
import { compactGeography } from './compact-geography.ts';
import { idiomaticLitDecorators } from './idiomatic-decorators.ts';
import { manglePrivateMembers } from './mangle-private.ts';
import { minifyLitCss } from './minify-css.ts';
import { minifyLitHtml } from './minify-html.ts';
import { shortenPrivateCssProperties } from './shorten-css-private.ts';
import { splitBuiltInPlan } from './split-plan.ts';

export const widgetPlugins = (): Plugin[] => [compactGeography(), splitBuiltInPlan(), minifyLitCss()];

export const embedPlugins = (root: string): Plugin[] => [idiomaticLitDecorators(root), ...widgetPlugins(), minifyLitHtml(), shortenPrivateCssProperties(root), manglePrivateMembers()];
