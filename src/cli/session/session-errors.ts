import { CliError } from '../../errors/cli-error.js';

/**
 * `POST /sessions` got no usable answer and the session could not be found afterwards:
 * it may or may not exist. Exit 3, naming the command that tells.
 */
export class SessionOutcomeUnknownError extends CliError {
  constructor(
    readonly sessionName: string,
    reason: string,
    /** False when another session had the name before: the name then does not tell ours apart. */
    nameIsOurs = true,
  ) {
    super(
      `the server did not confirm creating the session (${reason}); a session named '${sessionName}' may exist`,
      'outcome-unknown',
      nameIsOurs
        ? `'livy sessions list' shows whether it does; 'livy sessions kill ${sessionName}' deletes it`
        : `'livy sessions list' shows what exists; a session of that name that was there before is not this command's`,
    );
    this.name = 'SessionOutcomeUnknownError';
  }
}

/**
 * The id this command works in now holds another session (the server restarted without
 * recovery and reused it): ours is gone, and the newcomer is left alone. Exit 3.
 */
export class SessionReplacedError extends CliError {
  constructor(
    readonly sessionId: number,
    what: string,
  ) {
    super(
      `session ${sessionId} was replaced after a server restart (${what}); the session this command started is gone, and the new one was left alone`,
      'replaced',
      'run again to start a new session; anything defined in the old one is lost',
    );
    this.name = 'SessionReplacedError';
  }
}

/** The session this command works in vanished while the server was not answering (a restart). Exit 3. */
export class SessionVanishedError extends CliError {
  constructor(readonly sessionId: number) {
    super(
      `session ${sessionId} no longer exists: the Livy server restarted without recovery and forgot it`,
      'server',
      'run again to start a new session; anything defined in the old one is lost',
    );
    this.name = 'SessionVanishedError';
  }
}

/** `--timeout` ran out while statements ran (or the server was down past it). Exit 4. */
export class SessionDeadlineError extends CliError {
  constructor(
    readonly sessionId: number,
    what: string,
  ) {
    super(`${what}: --timeout ran out`, 'timeout', 'give a longer --timeout, or none');
    this.name = 'SessionDeadlineError';
  }
}
