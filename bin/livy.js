#!/usr/bin/env node
// Kept tiny on purpose: start-up time is part of the product. `--version` and
// `--help` are answered here (the help text is rendered at build time); `submit`,
// which parses its own spark-submit command line, and `run` (when its own small
// parser reads the arguments as the command tree would) skip the command tree;
// everything else goes to the bundle, which loads each command lazily.
const argv = process.argv.slice(2);

// A reader that stopped reading (`livy … | head -1`): end like git and gh, which die of SIGPIPE —
// no message about it, exit status 141 (128 + SIGPIPE). A running command is stopped the way
// SIGTERM stops it, so it still cleans up (a session is deleted; a batch is left running).
const SIGPIPE_EXIT = 141;
let readerGone = false;
const onStreamError = (error) => {
  // A closed terminal: SIGHUP or the end of stdin follows, and the command cleans up then.
  if (error.code === 'EIO') return;
  if (error.code !== 'EPIPE' && !readerGone) throw error;
  if (readerGone) return; // later writes to the closed pipe fail too
  readerGone = true;
  process.exitCode = SIGPIPE_EXIT;
  if (process.listenerCount('SIGTERM') > 0) process.emit('SIGTERM', 'SIGTERM');
  else process.exit(SIGPIPE_EXIT);
};
process.stdout.on('error', onStreamError);
process.stderr.on('error', onStreamError);
const exitCodeOf = (code) => (readerGone ? SIGPIPE_EXIT : code);
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
  process.exitCode = exitCodeOf(await submitMain(argv.slice(1)));
} else {
  let code;
  if (argv[0] === 'run') {
    const { createRequire } = await import('node:module');
    // Undefined when the arguments need the command tree.
    code = createRequire(import.meta.url)('../dist/cli/run-main.cjs').runMain(argv.slice(1));
  }
  code ??= (await import('../dist/cli/main.js')).main(argv);
  process.exitCode = exitCodeOf(await code);
}
if (process.env.LIVY_DEBUG_HANDLES === '1') {
  // For tests: what would still keep the process alive once the command is done (nothing should).
  setImmediate(() => process.stderr.write(`livy-debug-handles ${JSON.stringify(process.getActiveResourcesInfo())}\n`));
}
