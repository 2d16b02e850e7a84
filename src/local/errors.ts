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
