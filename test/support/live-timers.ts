import { createHook } from 'node:async_hooks';

/**
 * Follows the timers created while it is on, by delay, until they fire or are cleared.
 * `process.getActiveResourcesInfo()` cannot tell: it leaves out unref'd timers, as every
 * deadline's is.
 */
export class LiveTimers {
  /** The delay of each timer alive, by async id. */
  private readonly delays = new Map<number, number>();
  private readonly hook = createHook({
    init: (asyncId, type, _triggerAsyncId, resource) => {
      if (type === 'Timeout') this.delays.set(asyncId, (resource as { _idleTimeout: number })._idleTimeout);
    },
    destroy: (asyncId) => {
      this.delays.delete(asyncId);
    },
  });

  start(): this {
    this.hook.enable();
    return this;
  }

  stop(): void {
    this.hook.disable();
  }

  /** Timers of `ms` created since `start`, neither fired nor cleared (a clear shows only after `settled`). */
  count(ms: number): number {
    return [...this.delays.values()].filter((delay) => delay === ms).length;
  }

  /** Node reports a cleared timer's end on the next turn of the event loop. */
  settled(): Promise<void> {
    return new Promise((resolve) => setImmediate(resolve));
  }
}
