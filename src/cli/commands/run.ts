import type { Command } from 'commander';
import { action, addDeclaredOptions, leaf } from '../command-kit.js';
import type { RunCommandOptions } from '../session/run-command.js';
import { sessionCommandOptions } from '../session/session-command-options.js';
import { addSessionOptions } from '../session/session-flags.js';

/** `livy run`: code → statements in a session, non-interactively (the CI tool). */
export function registerRun(program: Command): void {
  const run = leaf(program, 'run [file]', 'run code in an interactive session: -e CODE, a FILE, or - for stdin');
  addDeclaredOptions(run, sessionCommandOptions('run'));
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
