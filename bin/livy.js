#!/usr/bin/env node
// Kept tiny on purpose: start-up time is part of the product. `--version` and
// `--help` are answered here (the help text is rendered at build time), and
// `submit`, which parses its own spark-submit command line, skips the command
// tree; everything else goes to the bundle, which loads each command lazily.
const argv = process.argv.slice(2);
const only = argv.length === 1 ? argv[0] : undefined;
const wideEnough = !process.stdout.isTTY || (process.stdout.columns ?? 80) >= 80;

if (only === '--version' || only === '-V') {
  const { readFileSync } = await import('node:fs');
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else if ((only === '--help' || only === '-h') && wideEnough) {
  const { readFileSync } = await import('node:fs');
  process.stdout.write(readFileSync(new URL('../dist/cli/root-help.txt', import.meta.url), 'utf8'));
} else if (argv[0] === 'submit') {
  const { createRequire } = await import('node:module');
  const { submitMain } = createRequire(import.meta.url)('../dist/cli/submit-main.cjs');
  process.exitCode = await submitMain(argv.slice(1));
} else {
  const { main } = await import('../dist/cli/main.js');
  process.exitCode = await main(argv);
}
