// `pnpm start`: builds the widgets, generates the kennisblad, and serves the sample municipal page.
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startDemoServer } from './server.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));
const run = (command: string) => execSync(command, { cwd: repo, stdio: 'inherit' });

console.log('1/3 Widgets en kennisblad-studio bouwen…');
run('pnpm --filter @maatwerk/widgets run build');
run('pnpm --filter @maatwerk/studio run build');
console.log('2/3 Kennisblad en voorbeeldrapport maken…');
run('pnpm kennisblad');
run('pnpm kennisblad report packages/kennisblad/examples/uitkomst-voorbeeld.json --out out/rapport-voorbeeld.pdf');
console.log('3/3 Server starten…');
const port = Number(process.env.PORT ?? 4173);
const demo = await startDemoServer({ port, host: process.env.HOST ?? '127.0.0.1' });
console.log(`\nDe demo draait op ${demo.url}`);
console.log(`Inbox voor adviseurs: ${demo.url}inbox/ (voorbeeld-identiteitsprovider op ${demo.loopback.identityProvider.issuer}, wachtwoord van elk account: ${demo.loopback.identityProvider.password})`);
console.log(`E-mails aan adviseurs (demo-mailserver): ${demo.url}mail`);
console.log(`Kennisblad-studio: ${demo.url}studio/`);
console.log('Stoppen: Ctrl+C');
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => demo.close().then(() => process.exit(0)));
