import type { ErrorKind } from './error-kind.js';
import { KindedError, type KindedErrorOptions } from './kinded-error.js';

/**
 * An error the user can act on, worded for the command line: one line of what went wrong, its
 * kind (which decides the exit code), an optional hint saying what to do. Printed as is, never
 * with a stack.
 */
export class CliError extends KindedError {
  constructor(message: string, kind: ErrorKind, hint?: string, options?: KindedErrorOptions) {
    super(message, kind, hint, options);
    this.name = 'CliError';
  }
}

/** Bad flags, values or input files: exit 2, and nothing was sent. */
export class UsageError extends CliError {
  constructor(message: string, hint?: string) {
    super(message, 'usage', hint);
    this.name = 'UsageError';
  }
}

/**
 * A write the server may or may not have carried out (the reply was lost, cut or garbled):
 * the message says what is known, the hint names the command that tells the truth.
 */
export class OutcomeUnknownError extends CliError {
  constructor(message: string, hint: string) {
    super(message, 'outcome-unknown', hint);
    this.name = 'OutcomeUnknownError';
  }
}

/** What was being watched is gone from its id, which now names something else: never act on the newcomer. */
export class ReplacedError extends CliError {
  constructor(message: string, hint?: string) {
    super(message, 'replaced', hint);
    this.name = 'ReplacedError';
  }
}

/**
 * Thrown as the abort reason when the user presses Ctrl-C or the process gets SIGTERM. Not a
 * CliError: it is no message of its own, and whoever cleans up after it adds none to it.
 */
export class InterruptedError extends KindedError {
  constructor(readonly signalName: NodeJS.Signals) {
    super(`interrupted (${signalName})`, 'interrupted');
    this.name = 'InterruptedError';
  }
}
