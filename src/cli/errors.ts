import { ExitCode, type ExitCodeValue } from './exit-codes.js';

/**
 * An error the user can act on: one line of what went wrong, an optional hint
 * saying what to do, and the exit code it maps to. Never printed with a stack.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCodeValue,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Bad flags, values or input files: exit 2, and nothing was sent. */
export class UsageError extends CliError {
  constructor(message: string, hint?: string) {
    super(message, ExitCode.Usage, hint);
    this.name = 'UsageError';
  }
}
