/** A tool the local server needs is missing or too old. The message is one line saying what to install. */
export class LocalPrerequisiteError extends Error {
  override name = 'LocalPrerequisiteError';
}

/** Provisioning (pip, Maven, unpacking a distribution) failed. */
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
 * No Livy distribution can be had: the Maven repository does not serve the
 * release and none was given with LIVY_LOCAL_DIST or placed in the cache.
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
