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

/**
 * A write the server may or may not have carried out (the reply was lost, cut or garbled):
 * the message says what is known, the hint names the command that tells the truth.
 */
export class OutcomeUnknownError extends CliError {
  constructor(message: string, hint: string) {
    super(message, ExitCode.Server, hint);
    this.name = 'OutcomeUnknownError';
  }
}

/** What was being watched is gone from its id, which now names something else: never act on the newcomer. */
export class ReplacedError extends CliError {
  constructor(message: string, hint?: string) {
    super(message, ExitCode.Server, hint);
    this.name = 'ReplacedError';
  }
}
