import { exitCodeOf, type ErrorKind } from './error-kind.js';
import type { ExitCodeValue } from './exit-codes.js';

export interface KindedErrorOptions extends ErrorOptions {
  /** Lines printed under the message: a failing tool's last output, a server log's tail. */
  detail?: string;
}

/**
 * The base of every error livy knows: its kind decides the exit code, a hint may say what to
 * do. Two families stand on it: `CliError` (worded for the command line's user, printed as is)
 * and the client library's `LivyError` (worded for a program; the CLI's mapper rewords it).
 */
export class KindedError extends Error {
  readonly detail?: string;

  constructor(
    message: string,
    readonly kind: ErrorKind,
    readonly hint?: string,
    options?: KindedErrorOptions,
  ) {
    super(message, options);
    this.name = 'KindedError';
    if (options?.detail) this.detail = options.detail;
  }

  get exitCode(): ExitCodeValue {
    return exitCodeOf(this.kind);
  }
}
