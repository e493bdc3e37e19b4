// The Vite plugins of every build of the widgets: the embed bundles, the library build, the builds
// the benchmarks and screenshots serve, and also the widgets' browser tests and Storybook, so that
// what they exercise is what ships (the compact municipality data and its decoder, the action plan
// as a module of its own, minified CSS).
import type { Plugin } from 'vite';
import { compactGeography } from './compact-geography.ts';
import { minifyLitCss } from './minify-css.ts';
import { splitBuiltInPlan } from './split-plan.ts';

export const widgetPlugins = (): Plugin[] => [compactGeography(), splitBuiltInPlan(), minifyLitCss()];
