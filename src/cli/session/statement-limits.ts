import type { Clock } from '../../client/clock.js';

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
  private cleared = false;
  private readonly onInterrupt = (): void => {
    const stuck = this.clock.deadline(CANCEL_WAIT_MS, new CancelStuck()).signal;
    stuck.addEventListener(
      'abort',
      () => {
        if (!this.cleared) this.controller.abort(stuck.reason);
      },
      { once: true },
    );
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

  clear(): void {
    this.cleared = true;
    this.interrupt.removeEventListener('abort', this.onInterrupt);
  }
}

/** `--timeout` of a run's statements, from when the session is ready: aborts once it has passed (never, without one). */
export class StatementDeadline {
  readonly signal: AbortSignal;

  constructor(
    readonly ms: number | undefined,
    clock: Clock,
  ) {
    this.signal = ms === undefined ? new AbortController().signal : clock.deadline(ms, new DeadlineReached()).signal;
  }
}
