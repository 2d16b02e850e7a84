/**
 * How often a wait asks Livy. The cheap state endpoint is asked often, so that the end of a job is
 * seen soon after it happens; the full view and the log (larger replies) on a slower cadence of
 * their own. Both slow down as the job runs on, so that a long job costs the server little:
 * see the README (Polling) for the request rate this gives.
 */

/** A delay that is a fraction of the time waited so far, within bounds. */
export interface ProportionalDelayOptions {
  /** No delay is shorter, in ms. */
  minMs: number;
  /** No delay is longer, in ms. */
  maxMs: number;
  /**
   * Each delay is this fraction of the time waited so far, so an end is seen at most that
   * fraction (plus one round trip) after it happened: short waits are polled hot, long ones gently.
   */
  fraction: number;
}

export function proportionalDelay(elapsedMs: number, options: ProportionalDelayOptions): number {
  return Math.round(Math.min(options.maxMs, Math.max(options.minMs, elapsedMs * options.fraction)));
}

export interface StatePollOptions extends ProportionalDelayOptions {
  /** The first delay, growing by `growth` per poll until the proportional delay takes over. */
  firstMs: number;
  growth: number;
  /**
   * Once per wait, after a log line that announces the end of the application (`announcesEnd`):
   * the next `polls` state polls come at most `everyMs` apart. Without it, no hint is taken.
   */
  endHint?: { everyMs: number; polls: number };
}

/** See the README (Polling): at most ~4 requests/s in any minute, under 1/s over a 10-minute batch. */
export const DEFAULT_STATE_POLL: StatePollOptions = {
  firstMs: 50,
  growth: 1.5,
  minMs: 100,
  maxMs: 5000,
  fraction: 1 / 60,
  endHint: { everyMs: 80, polls: 12 },
};

/** The delay before state poll number `poll` (0 first), `elapsedMs` into the wait. */
export function statePollDelay(poll: number, elapsedMs: number, options: StatePollOptions = DEFAULT_STATE_POLL): number {
  const ramp = options.firstMs * options.growth ** poll;
  return Math.round(Math.min(ramp, proportionalDelay(elapsedMs, options)));
}

export interface DetailPollOptions extends ProportionalDelayOptions {
  /** While no new log lines come, each delay is the previous one times this, up to `quietMaxMs`. */
  quietFactor: number;
  quietMaxMs: number;
}

export const DEFAULT_DETAIL_POLL: DetailPollOptions = { minMs: 2000, maxMs: 5000, fraction: 0.05, quietFactor: 2, quietMaxMs: 10_000 };

/**
 * The cadence of the full view and the log: while lines arrive, every `fraction` of the time
 * waited (at least `minMs`); while none do, slower and slower.
 */
export class DetailCadence {
  private last = 0;

  constructor(private readonly options: DetailPollOptions = DEFAULT_DETAIL_POLL) {}

  /** The delay until the next look, after one that brought new lines (`active`) or did not. */
  next(elapsedMs: number, active: boolean): number {
    const lively = proportionalDelay(elapsedMs, this.options);
    this.last =
      active || this.last === 0 ? lively : Math.max(lively, Math.min(this.options.quietMaxMs, this.last * this.options.quietFactor));
    return this.last;
  }
}
