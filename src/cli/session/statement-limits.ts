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
  private timer: NodeJS.Timeout | undefined;
  private readonly onInterrupt = (): void => {
    this.timer = setTimeout(() => this.controller.abort(new CancelStuck()), CANCEL_WAIT_MS);
  };

  constructor(private readonly interrupt: AbortSignal) {
    if (interrupt.aborted) this.onInterrupt();
    else interrupt.addEventListener('abort', this.onInterrupt, { once: true });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  clear(): void {
    this.interrupt.removeEventListener('abort', this.onInterrupt);
    clearTimeout(this.timer);
  }
}

/** `--timeout` of a run's statements, from when the session is ready: aborts once it has passed (never, without one). */
export class StatementDeadline {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout | undefined;

  constructor(readonly ms: number | undefined) {
    if (ms !== undefined) this.timer = setTimeout(() => this.controller.abort(new DeadlineReached()), ms);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  clear(): void {
    clearTimeout(this.timer);
  }
}
