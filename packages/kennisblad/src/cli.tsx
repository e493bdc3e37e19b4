#!/usr/bin/env node
// `pnpm kennisblad`: see `run()` in commands.ts and the package README.
// A command-line tool runs React in production mode (faster, no development checks), unless the
// caller asked for something else.
export {};

process.env.NODE_ENV ??= 'production';
const { run } = await import('./commands.ts');
process.exitCode = await run(process.argv.slice(2));
