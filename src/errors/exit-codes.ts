/** The process exit codes `livy` promises in its README and man page. */
export const ExitCode = {
  Ok: 0,
  /** The Spark job (batch or statement) failed: `dead`, `error`. */
  JobFailed: 1,
  /** Bad command line or input file; nothing was sent, or the server rejected the input. */
  Usage: 2,
  /** Server, network, authentication or protocol problem. */
  Server: 3,
  /** `--timeout` ran out while waiting. */
  Timeout: 4,
  /** The job was killed. */
  Killed: 5,
  /** Ctrl-C or SIGTERM: we detached and left the job alone. */
  Interrupted: 130,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];
