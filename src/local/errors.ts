/** A tool the local server needs is missing or too old. The message is one line saying what to install. */
export class LocalPrerequisiteError extends Error {
  override name = 'LocalPrerequisiteError';
}

/**
 * What the user gave `livy local` cannot be used: a source release that is not Livy, a zip
 * without the Scala 2.12 REPL jars, a release of another version than asked for. Exit code 2.
 */
export class LocalInputError extends Error {
  override name = 'LocalInputError';
}

/** Provisioning (pip, a download, a Maven build, unpacking a distribution) failed. Exit code 3. */
export class LocalProvisionError extends Error {
  override name = 'LocalProvisionError';
  constructor(
    message: string,
    /** Last lines of the failing tool's output, for diagnosis. */
    readonly detail?: string,
  ) {
    super(message);
  }
}

/**
 * No Livy distribution can be had: none was given or cached, no source release was given, and
 * Apache's download service (or the configured mirror) could not be reached.
 */
export class LivyUnavailableError extends LocalProvisionError {
  override name = 'LivyUnavailableError';
}

/** Starting, stopping or reaching the local server failed. */
export class LocalServerError extends Error {
  override name = 'LocalServerError';
  constructor(
    message: string,
    readonly code: 'port-in-use' | 'start-timeout' | 'exited' | 'not-running' | 'stop-failed',
    /** Last lines of the server log, when relevant. */
    readonly logTail?: string,
  ) {
    super(message);
  }
}
