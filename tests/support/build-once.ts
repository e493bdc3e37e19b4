// Global setup of the end-to-end project: the tests load what `pnpm start` serves, so build it
// once first: the widget bundles, the kennisblad studio, the kennisblad and the sample report.
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const repo = fileURLToPath(new URL('../..', import.meta.url));
  const run = (command: string) => execSync(command, { cwd: repo, stdio: 'inherit' });
  run('pnpm --filter @maatwerk/widgets run build');
  run('pnpm --filter @maatwerk/studio run build');
  run('pnpm kennisblad');
  run('pnpm kennisblad report packages/kennisblad/examples/uitkomst-voorbeeld.json --out out/rapport-voorbeeld.pdf');
}
