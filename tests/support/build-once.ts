// Global setup of the end-to-end project: the hostile-host tests load the real built bundle, so
// build the widgets once before they run.
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const repo = fileURLToPath(new URL('../..', import.meta.url));
  execSync('pnpm --filter @maatwerk/widgets run build', { cwd: repo, stdio: 'inherit' });
}
