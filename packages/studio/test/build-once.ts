// Global setup of the studio project: the browser tests load what `pnpm start` serves at /studio/.
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const repo = fileURLToPath(new URL('../../..', import.meta.url));
  execSync('pnpm --filter @maatwerk/studio run build', { cwd: repo, stdio: 'inherit' });
}
