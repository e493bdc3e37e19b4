// Placeholder until the demo lands: builds what exists and says so.
import { execSync } from 'node:child_process';
execSync('pnpm build', { stdio: 'inherit' });
console.log('\nBuilt the packages. The demo page is not there yet.');
