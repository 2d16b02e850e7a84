import type { Command } from 'commander';
import { action, addDeclaredOptions, leaf } from '../command-kit.js';
import type { ReplCommandOptions } from '../session/repl-command.js';
import { sessionCommandOptions } from '../session/session-command-options.js';
import { addSessionOptions } from '../session/session-flags.js';

/** `livy repl`: an interactive Spark shell in a Livy session (Ink, loaded only here). */
export function registerRepl(program: Command): void {
  const repl = leaf(program, 'repl', 'an interactive Spark shell (Scala, Python, R, SQL) in a Livy session');
  addDeclaredOptions(repl, sessionCommandOptions('repl'));
  const sessionOptions = addSessionOptions(repl);
  repl.addHelpText(
    'after',
    `
Keys: Enter runs (continues while a bracket, string or block is open), Alt-Enter or Ctrl-J
inserts a newline, Up/Down history, Ctrl-R search, Tab completion, Ctrl-C cancels the
running statement, Ctrl-D quits. Type :help inside for the meta commands
(:kind :load :upload :info :log :save :quit).
The session is deleted on exit (also on SIGTERM/SIGHUP) unless --keep or --session.
Without a terminal, livy repl reads statements from stdin like 'livy run -'.

Examples:
  livy repl --kind pyspark --driver-memory 2g
  livy repl --session 3
  livy repl --kind sql --conf spark.sql.shuffle.partitions=8`,
  );
  repl.action(
    action<ReplCommandOptions>(async (ctx, options) => {
      const { replCommand } = await import('../session/repl-command.js');
      return replCommand(ctx, options, sessionOptions());
    }),
  );
}
