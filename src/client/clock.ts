import { sleep } from './backoff.js';

/**
 * A deadline from `Clock.deadline`. Clear it once what it bounds is over (`using` does, or
 * `clear()` in a `finally`): until then its timer, and whatever listens to its signal, stay alive.
 */
export interface Deadline {
  /** Aborts once the time has passed; never, after `clear`. */
  readonly signal: AbortSignal;
  /** Drops the timer. Clearing again, or after the signal aborted, does nothing. */
  clear(): void;
  [Symbol.dispose](): void;
}

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
   * A deadline whose signal aborts `ms` from now with `reason` (a `TimeoutError`, as
   * `AbortSignal.timeout`'s, when none is given). Its timer never keeps the process alive.
   */
  deadline(ms: number, reason?: unknown): Deadline;
}

/** What a deadline given no reason aborts with: the `TimeoutError` of `AbortSignal.timeout`. */
export function timeoutReason(): DOMException {
  return new DOMException('The operation was aborted due to timeout', 'TimeoutError');
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep,
  deadline(ms, reason) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(reason ?? timeoutReason()), ms).unref();
    const clear = (): void => clearTimeout(timer);
    return { signal: controller.signal, clear, [Symbol.dispose]: clear };
  },
};
