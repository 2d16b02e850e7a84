import { sleep } from './backoff.js';

/**
 * Where waits, follows and deadlines get the time from: the system clock in the CLI and by
 * default in the library, a virtual one in tests, so that a 10-minute wait takes no real time.
 */
export interface Clock {
  /** Milliseconds since the epoch, as `Date.now()`. */
  now(): number;
  /** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /**
   * A signal that aborts `ms` from now with `reason` (a `TimeoutError`, as `AbortSignal.timeout`'s,
   * when none is given). Its timer never keeps the process alive.
   */
  timeout(ms: number, reason?: unknown): AbortSignal;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep,
  timeout(ms, reason) {
    if (reason === undefined) return AbortSignal.timeout(ms);
    const controller = new AbortController();
    setTimeout(() => controller.abort(reason), ms).unref();
    return controller.signal;
  },
};
