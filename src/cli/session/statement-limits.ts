import type { Clock, Deadline } from '../../client/clock.js';

/** How long a cancelled statement may take to stop before the session is deleted instead. */
export const CANCEL_WAIT_MS = 10_000;

/** The abort reason when a cancelled statement did not stop within `CANCEL_WAIT_MS`. */
export class CancelStuck extends Error {
  constructor() {
    super('the statement did not stop after the cancel');
    this.name = 'CancelStuck';
  }
}

/** The abort reason when `--timeout` ran out. */
export class DeadlineReached extends Error {
  constructor() {
    super('--timeout ran out');
    this.name = 'DeadlineReached';
  }
}

/** Aborts `CANCEL_WAIT_MS` after `interrupt` does: the bound on waiting for a cancel. */
export class CancelWait {
  private readonly controller = new AbortController();
  private stuck: Deadline | undefined;
  private readonly onInterrupt = (): void => {
    const stuck = this.clock.deadline(CANCEL_WAIT_MS, new CancelStuck());
    stuck.signal.addEventListener('abort', () => this.controller.abort(stuck.signal.reason), { once: true });
    this.stuck = stuck;
  };

  constructor(
    private readonly interrupt: AbortSignal,
    private readonly clock: Clock,
  ) {
    if (interrupt.aborted) this.onInterrupt();
    else interrupt.addEventListener('abort', this.onInterrupt, { once: true });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Once the statement is over: the signal never aborts after this. */
  clear(): void {
    this.interrupt.removeEventListener('abort', this.onInterrupt);
    this.stuck?.clear();
  }
}

/** `--timeout` of a run's statements, from when the session is ready: aborts once it has passed (never, without one). */
export class StatementDeadline {
  readonly signal: AbortSignal;
  private readonly deadline: Deadline | undefined;

  constructor(
    readonly ms: number | undefined,
    clock: Clock,
  ) {
    this.deadline = ms === undefined ? undefined : clock.deadline(ms, new DeadlineReached());
    this.signal = this.deadline?.signal ?? new AbortController().signal;
  }

  /** Once the run's statements are over: the signal never aborts after this. */
  clear(): void {
    this.deadline?.clear();
  }
}
