export interface BackoffOptions {
  /** First delay, in ms. */
  baseMs: number;
  /** No delay exceeds this, in ms. */
  maxMs: number;
  /** Multiplier per attempt. */
  factor?: number;
  /** 0..1: how much of each delay is random ("full jitter" at 1). */
  jitter?: number;
}

/** Delay before retry number `attempt` (0-based): capped exponential with jitter. */
export function backoffDelay(attempt: number, options: BackoffOptions, random: () => number = Math.random): number {
  const factor = options.factor ?? 2;
  const jitter = options.jitter ?? 0.5;
  const ceiling = Math.min(options.maxMs, options.baseMs * factor ** attempt);
  return Math.round(ceiling * (1 - jitter) + ceiling * jitter * random());
}

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
