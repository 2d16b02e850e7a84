#!/usr/bin/env node
// Kept tiny on purpose: start-up time is part of the product. `--version` and
// `--help` are answered here (the help text is rendered at build time); `submit`,
// which parses its own spark-submit command line, and `run` (when its own small
// parser reads the arguments as the command tree would) skip the command tree;
// everything else goes to the bundle, which loads each command lazily.
// CommonJS (bin/package.json): an ES module entry point costs ~10 ms of Node's ESM loader at
// start-up, which only the commands of the command tree (an ES module bundle) need.
'use strict';
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
const { join } = require('node:path');
const dist = join(__dirname, '..', 'dist', 'cli');

async function main() {
  if (only === '--version' || only === '-V') {
    const { readFileSync } = require('node:fs');
    process.stdout.write(`${JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).version}\n`);
  } else if ((only === '--help' || only === '-h') && wideEnough) {
    const { readFileSync } = require('node:fs');
    process.stdout.write(readFileSync(join(dist, 'root-help.txt'), 'utf8'));
  } else if (argv[0] === 'submit') {
    const { submitMain } = require(join(dist, 'submit-main.cjs'));
    process.exitCode = exitCodeOf(await submitMain(argv.slice(1)));
  } else {
    let code;
    let bundle;
    if (argv[0] === 'run') {
      bundle = requireWithCodeCache(join(dist, 'run-main.cjs'));
      // Undefined when the arguments need the command tree.
      code = bundle.exports.runMain(argv.slice(1));
    }
    code ??= (await import('../dist/cli/main.js')).main(argv);
    process.exitCode = exitCodeOf(await code);
    // The build runs a command through here to record what V8 compiled (scripts/code-cache.mjs).
    if (bundle && process.env.LIVY_BUILD_CODE_CACHE) bundle.writeCache(process.env.LIVY_BUILD_CODE_CACHE);
  }
  if (process.env.LIVY_DEBUG_HANDLES === '1') {
    // For tests: what would still keep the process alive once the command is done (nothing should).
    setImmediate(() => process.stderr.write(`livy-debug-handles ${JSON.stringify(process.getActiveResourcesInfo())}\n`));
  }
}

/**
 * `require(file)` of a CommonJS bundle, compiled with the V8 code cache the build made for it
 * (FILE.cache): most of its compiling is skipped. The cache is used only with the bundle it was
 * made from (the key on the bundle's first line) and only by the Node it was made with (V8 refuses
 * it otherwise); without one, the bundle is compiled as a require would.
 */
function requireWithCodeCache(file) {
  const { readFileSync, renameSync, writeFileSync } = require('node:fs');
  const { createRequire } = require('node:module');
  const { dirname } = require('node:path');
  const vm = require('node:vm');
  const source = readFileSync(file, 'utf8');
  const key = /^\/\/ code-cache-key: (\w+)\n/.exec(source)?.[1];
  let cachedData;
  try {
    const cache = key ? readFileSync(`${file}.cache`) : undefined;
    if (cache && cache.subarray(0, key.length + 1).toString('latin1') === `${key}\n`) cachedData = cache.subarray(key.length + 1);
  } catch {
    // No cache: compiled as usual.
  }
  // Node's own module wrapper, on the first line so that line numbers stay those of the file; the
  // bundle's import() calls come here (scripts/build.mjs): compiled from a cache, it cannot make them.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __livyImport) { ${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} };
  const importModule = (specifier) => import(specifier);
  script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, dirname(file), importModule);
  return {
    exports: module.exports,
    writeCache: (target) => {
      writeFileSync(`${target}.tmp`, Buffer.concat([Buffer.from(`${key}\n`, 'latin1'), script.createCachedData()]));
      renameSync(`${target}.tmp`, target);
    },
  };
}

void main();
