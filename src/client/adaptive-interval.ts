export interface AdaptiveIntervalOptions {
  /** Interval right after start or after something changed, in ms. */
  minMs: number;
  /** The interval never grows past this, in ms. */
  maxMs: number;
  /** Growth per quiet poll. */
  factor: number;
}

export const DEFAULT_POLL: AdaptiveIntervalOptions = { minMs: 200, maxMs: 1000, factor: 1.5 };

/**
 * Polling cadence: fast at first and whenever something changes, backing off
 * while nothing does, capped so the end of a job is noticed promptly.
 */
export class AdaptiveInterval {
  private current: number;

  constructor(private readonly options: AdaptiveIntervalOptions = DEFAULT_POLL) {
    this.current = options.minMs;
  }

  /** The delay to wait now; the next one will be longer unless `reset()` is called. */
  next(): number {
    const delay = this.current;
    this.current = Math.min(this.options.maxMs, Math.round(this.current * this.options.factor));
    return delay;
  }

  reset(): void {
    this.current = this.options.minMs;
  }
}
