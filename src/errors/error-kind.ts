import { ExitCode, type ExitCodeValue } from './exit-codes.js';

/**
 * What went wrong, as far as the user is concerned: each kind has one exit code (the table in
 * the README). `outcome-unknown`, `replaced` and `deadline` are server kinds kept apart
 * because callers react to them differently (a write that may have happened, an id that now
 * names something else, a request that ran out of time).
 */
export type ErrorKind =
  | 'usage'
  | 'not-found'
  | 'server'
  | 'auth'
  | 'job-failed'
  | 'killed'
  | 'timeout'
  | 'interrupted'
  | 'outcome-unknown'
  | 'replaced'
  | 'deadline'
  | 'bug';

const EXIT_CODE_OF_KIND: Record<ErrorKind, ExitCodeValue> = {
  usage: ExitCode.Usage,
  'not-found': ExitCode.Server,
  server: ExitCode.Server,
  auth: ExitCode.Server,
  'job-failed': ExitCode.JobFailed,
  killed: ExitCode.Killed,
  timeout: ExitCode.Timeout,
  interrupted: ExitCode.Interrupted,
  'outcome-unknown': ExitCode.Server,
  replaced: ExitCode.Server,
  deadline: ExitCode.Server,
  bug: ExitCode.Server,
};

export function exitCodeOf(kind: ErrorKind): ExitCodeValue {
  return EXIT_CODE_OF_KIND[kind];
}
