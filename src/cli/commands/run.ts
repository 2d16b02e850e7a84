import { Option, type Command } from 'commander';
import { KIND_CHOICES } from '../../repl/kinds.js';
import { action, collect, leaf } from '../command-kit.js';
import type { RunCommandOptions } from '../session/run-command.js';
import { addSessionOptions } from '../session/session-flags.js';

/** The options `livy run` and `livy repl` share: which session, and how to start one. */
export function addSessionCommandOptions(command: Command): Command {
  return command
    .addOption(
      new Option('-k, --kind <kind>', 'language of the code / kind of the new session').choices(
        KIND_CHOICES as readonly string[] as string[],
      ),
    )
    .option('-s, --session <id|name>', 'use this existing session instead of starting one (never deleted)')
    .option('--keep', 'do not delete the session this command starts')
    .option('--start-timeout <duration>', 'delete a new session that is not idle after this long (default 10m)')
    .option('--heartbeat-timeout <duration>', 'the server deletes the session when this client is gone this long (default 5m)');
}

/** `livy run`: code → statements in a session, non-interactively (the CI tool). */
export function registerRun(program: Command): void {
  const run = leaf(program, 'run [file]', 'run code in an interactive session: -e CODE, a FILE, or - for stdin');
  addSessionCommandOptions(run)
    .option('-e, --execute <code>', 'a statement to run (repeatable: one statement each)', collect)
    .option('--keep-going', 'run every statement even after one fails (exit 1 at the end)')
    .option('--no-split', "run a file as one statement even if it has separator lines ('# %%', '// %%', '-- %%')")
    .option('--image-dir <dir>', 'where images from the output are saved (default: the temp dir)')
    .option(
      '--timeout <duration>',
      'give up (exit 4) when the statements have not finished this long after the session is ready; it is deleted',
    );
  const sessionOptions = addSessionOptions(run);
  run.addHelpText(
    'after',
    `
A FILE (or stdin) is one statement, or one per cell when it has separator lines:
'# %%' for Python and R, '// %%' for Scala, '-- %%' for SQL.
Ctrl-C cancels the running statement (waiting at most 10s), then deletes the session; a second
Ctrl-C, SIGTERM or SIGHUP deletes it at once.
Exit codes: 0 all statements ok; 1 a statement failed (or the session died); 2 usage; 3 server
(or the session could not be deleted); 4 --start-timeout or --timeout; 130 interrupted.

Examples:
  echo 'spark.range(100).count()' | livy run --kind pyspark
  livy run --kind sql -e 'SELECT 1 AS one'
  livy run --session 3 job.py -o json`,
  );
  run.action(
    action<RunCommandOptions & { execute?: string[] }>(async (ctx, options, operands) => {
      const { runCommand } = await import('../session/run-command.js');
      return runCommand(ctx, { ...options, e: options.execute }, operands[0], sessionOptions());
    }),
  );
}
