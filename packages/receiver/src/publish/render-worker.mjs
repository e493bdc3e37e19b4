// Entry of the kennisblad render thread. Plain JavaScript, because a worker thread starts without
// the TypeScript loader of its parent (under Vitest, for one): register tsx, then load the job.
import { register } from 'tsx/esm/api';

register();
await import('./render-job.ts');
