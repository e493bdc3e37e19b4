// Vite plugin for the embed builds: src/quick-scan/plan.nl.ts imports the action plan of the
// built-in Dutch content (`actions`, `phases`) from the content JSON, which the entry imports too
// (everything but the plan). A bundle keeps each module in one chunk, so the whole JSON would stay
// in the entry; this gives plan.nl.ts a module of its own with just the plan, so the plan becomes a
// chunk the element loads with the result screen.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const SOURCE = '@maatwerk/model/data/content.nl.json';
const IMPORTER = /\/src\/quick-scan\/plan\.nl\.ts$/;
const VIRTUAL = '\0maatwerk-built-in-plan';

export function splitBuiltInPlan(): Plugin {
  let file = '';
  return {
    name: 'maatwerk-split-built-in-plan',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source !== SOURCE || !importer || !IMPORTER.test(importer)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      if (!resolved) return null;
      file = resolved.id;
      return VIRTUAL;
    },
    load(id) {
      if (id !== VIRTUAL) return null;
      const { actions, phases } = JSON.parse(readFileSync(file, 'utf8')) as { actions: unknown; phases: unknown };
      return `export const actions = ${JSON.stringify(actions)};\nexport const phases = ${JSON.stringify(phases)};\n`;
    },
  };
}
