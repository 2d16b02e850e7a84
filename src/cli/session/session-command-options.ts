import { KIND_CHOICES } from '../../repl/kinds.js';
import type { DeclaredOption } from '../../submit/declared-option.js';

/**
 * An option of `livy run` or `livy repl` of their own: not a common one (`COMMON_OPTIONS`), not
 * a spark-submit one for a new session (`addSessionOptions`). Declared once: commander builds the
 * commands' options from this table, and run's start-up parser (`run-argv.ts`), which runs
 * without commander, reads the same names and values.
 */
export interface SessionCommandOption extends DeclaredOption {
  /** The commands that take it, each in this table's order. */
  readonly commands: readonly SessionCommand[];
}

export type SessionCommand = 'run' | 'repl';

export const SESSION_COMMAND_OPTIONS: readonly SessionCommandOption[] = [
  {
    long: '--kind',
    short: '-k',
    arg: 'kind',
    choices: KIND_CHOICES,
    commands: ['run', 'repl'],
    help: 'language of the code / kind of the new session',
  },
  {
    long: '--session',
    short: '-s',
    arg: 'id|name',
    commands: ['run', 'repl'],
    help: 'use this existing session instead of starting one (never deleted)',
  },
  { long: '--keep', commands: ['run', 'repl'], help: 'do not delete the session this command starts' },
  {
    long: '--start-timeout',
    arg: 'duration',
    commands: ['run', 'repl'],
    help: 'delete a new session that is not idle after this long (default 10m)',
  },
  {
    long: '--heartbeat-timeout',
    arg: 'duration',
    commands: ['run', 'repl'],
    help: 'the server deletes the session when this client is gone this long (default 5m)',
  },
  {
    long: '--execute',
    short: '-e',
    arg: 'code',
    repeatable: true,
    commands: ['run'],
    help: 'a statement to run (repeatable: one statement each)',
  },
  { long: '--keep-going', commands: ['run'], help: 'run every statement even after one fails (exit 1 at the end)' },
  {
    long: '--no-split',
    commands: ['run'],
    help: "run a file as one statement even if it has separator lines ('# %%', '// %%', '-- %%')",
  },
  {
    long: '--image-dir',
    arg: 'dir',
    commands: ['run', 'repl'],
    help: 'where images from the output are saved (default: the temp dir)',
  },
  {
    long: '--timeout',
    arg: 'duration',
    commands: ['run'],
    help: 'give up (exit 4) when the statements have not finished this long after the session is ready; it is deleted',
  },
  {
    long: '--history-dir',
    arg: 'dir',
    commands: ['repl'],
    help: 'where per-kind history is kept (default: $XDG_STATE_HOME/livy-cli or ~/.local/state/livy-cli)',
  },
];

/** The options `command` declares of its own, in the order of its help. */
export function sessionCommandOptions(command: SessionCommand): SessionCommandOption[] {
  return SESSION_COMMAND_OPTIONS.filter((option) => option.commands.includes(command));
}
