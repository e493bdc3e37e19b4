// Vite plugin for the embed builds: src/quick-scan/plan.nl.ts imports the action plan of the
// built-in Dutch content (`actions`, `phases`) from the content JSON, which the entry imports too
// (everything but the plan). A bundle keeps each module in one chunk, so the whole JSON would stay
// in the entry; this gives plan.nl.ts a module of its own with just the plan, so the plan becomes a
// chunk the element loads with the result screen.
import type { Plugin } from 'vite';
import { rewriteJsonImport } from './json-import.ts';

export function splitBuiltInPlan(): Plugin {
  return rewriteJsonImport({
    name: 'maatwerk-split-built-in-plan',
    source: '@maatwerk/model/data/content.nl.json',
    importer: /\/src\/quick-scan\/plan\.nl\.ts$/,
    module(json) {
      const { actions, phases } = JSON.parse(json) as { actions: unknown; phases: unknown };
      return `export const actions = ${JSON.stringify(actions)};\nexport const phases = ${JSON.stringify(phases)};\n`;
    },
  });
}
