import { CliError } from '../errors/cli-error.js';

/** A tool the local server needs is missing or too old. The message is one line saying what to install. */
export class LocalPrerequisiteError extends CliError {
  constructor(message: string) {
    super(message, 'server', 'then run `livy local start` again');
    this.name = 'LocalPrerequisiteError';
  }
}

/**
 * What the user gave `livy local` cannot be used: a source release that is not Livy, a zip
 * without the Scala 2.12 REPL jars, a release of another version than asked for. Exit code 2.
 */
export class LocalInputError extends CliError {
  constructor(message: string) {
    super(message, 'usage');
    this.name = 'LocalInputError';
  }
}

/** Provisioning (pip, a download, a Maven build, unpacking a distribution) failed. Exit code 3. */
export class LocalProvisionError extends CliError {
  constructor(
    message: string,
    /** Last lines of the failing tool's output, for diagnosis: printed under the message. */
    detail?: string,
  ) {
    super(message, 'server', 'fix the cause above, then run `livy local start` again', detail ? { detail } : undefined);
    this.name = 'LocalProvisionError';
  }
}

/**
 * No Livy distribution can be had: none was given or cached, no source release was given, and
 * Apache's download service (or the configured mirror) could not be reached.
 */
export class LivyUnavailableError extends LocalProvisionError {
  constructor(message: string, detail?: string) {
    super(message, detail);
    this.name = 'LivyUnavailableError';
  }
}

/** Starting, stopping or reaching the local server failed. A port in use is the user's to fix (exit 2). */
export class LocalServerError extends CliError {
  constructor(
    message: string,
    readonly code: 'port-in-use' | 'start-timeout' | 'exited' | 'not-running' | 'stop-failed',
    /** Last lines of the server log, when relevant. */
    readonly logTail?: string,
  ) {
    super(
      message,
      code === 'port-in-use' ? 'usage' : 'server',
      undefined,
      logTail ? { detail: `last lines of the server log:\n${logTail}` } : undefined,
    );
    this.name = 'LocalServerError';
  }
}

/** A `livy local` command that needs the running server found none. */
export function notRunningError(): CliError {
  return new CliError('no local Livy is running', 'server', 'start one with `livy local start`');
}
