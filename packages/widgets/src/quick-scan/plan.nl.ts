// On-demand chunk: the action plan of the built-in Dutch content (its actions and phases), which only
// the result screen needs. In the embed builds scripts/split-plan.ts makes this import a module of
// its own, so the rest of the content (in the entry) and the plan do not share one.
import { actions, phases } from '@maatwerk/model/data/content.nl.json';
import type { Plan } from './content.ts';

export const plan = { actions, phases } as unknown as Plan;
