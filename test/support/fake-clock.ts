import { timeoutReason, type Clock, type Deadline } from '../../src/client/clock.js';

interface Timer {
  at: number;
  order: number;
  fire: () => void;
  /** A sleep (someone waits for it), not a deadline. */
  sleep: boolean;
}

export interface FakeClockOptions {
  /** The virtual time it starts at (ms since the epoch). */
  start?: number;
  /**
   * Whenever someone sleeps, jump to the earliest timer once the sleeper has yielded (the next
   * turn of the event loop), so that waits run through without the test driving them. Without
   * it, only `advance` moves the time.
   */
  autoAdvance?: boolean;
}

/**
 * A clock whose time is virtual: `sleep` and `deadline` fire when the time reaches them, by
 * `advance` or (by default) at once when a sleep is pending, in the order they are due. No real
 * waiting: a 10-minute wait takes as long as the work done in it.
 */
export class FakeClock implements Clock {
  /** Every delay asked of `sleep`, in order. */
  readonly sleeps: number[] = [];
  private current: number;
  private timers: Timer[] = [];
  private created = 0;
  private stepping = false;
  private readonly autoAdvance: boolean;

  constructor(options: FakeClockOptions = {}) {
    this.current = options.start ?? 0;
    this.autoAdvance = options.autoAdvance ?? true;
  }

  now(): number {
    return this.current;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    this.sleeps.push(ms);
    return new Promise((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const onAbort = (): void => {
        this.remove(timer);
        reject(signal?.reason);
      };
      const timer = this.add(ms, true, () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      });
      signal?.addEventListener('abort', onAbort, { once: true });
      this.scheduleStep();
    });
  }

  deadline(ms: number, reason?: unknown): Deadline {
    const controller = new AbortController();
    const timer = this.add(ms, false, () => controller.abort(reason ?? timeoutReason()));
    const clear = (): void => this.remove(timer);
    return { signal: controller.signal, clear, [Symbol.dispose]: clear };
  }

  /** Moves the time on by `ms`, firing every timer due by then in order. */
  advance(ms: number): void {
    const until = this.current + ms;
    for (let next = this.nextDue(); next && next.at <= until; next = this.nextDue()) this.fire(next);
    this.current = until;
  }

  /** Sleeps not yet over. */
  get pendingSleeps(): number {
    return this.timers.filter((timer) => timer.sleep).length;
  }

  /** Deadlines neither passed nor cleared. */
  get pendingDeadlines(): number {
    return this.timers.filter((timer) => !timer.sleep).length;
  }

  private add(ms: number, sleep: boolean, fire: () => void): Timer {
    const timer = { at: this.current + Math.max(0, ms), order: this.created++, fire, sleep };
    this.timers.push(timer);
    return timer;
  }

  private remove(timer: Timer): void {
    this.timers = this.timers.filter((other) => other !== timer);
  }

  private nextDue(): Timer | undefined {
    return this.timers.reduce<Timer | undefined>(
      (first, timer) => (!first || timer.at < first.at || (timer.at === first.at && timer.order < first.order) ? timer : first),
      undefined,
    );
  }

  private fire(timer: Timer): void {
    this.remove(timer);
    this.current = Math.max(this.current, timer.at);
    timer.fire();
  }

  /**
   * On the next turn of the event loop, while someone sleeps: jump to the earliest timer. A
   * deadline due before the sleep's end fires first, as it would in real time.
   */
  private scheduleStep(): void {
    if (!this.autoAdvance || this.stepping) return;
    this.stepping = true;
    setImmediate(() => {
      this.stepping = false;
      if (this.pendingSleeps === 0) return;
      const next = this.nextDue()!;
      this.fire(next);
      if (this.pendingSleeps > 0) this.scheduleStep();
    });
  }
}
