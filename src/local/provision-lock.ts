import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { LocalProvisionError } from './errors.js';
import { noProgress, type LocalStep, type OnProgress } from './progress.js';

export interface HoldLockOptions {
  /** Shown once when another process holds the lock, e.g. "another `livy local start` is provisioning Livy". */
  waitingMessage: string;
  step: LocalStep;
  onProgress?: OnProgress;
  signal?: AbortSignal;
  /** Give up waiting after this long. Default: 30 minutes (a cold Livy build takes a few). */
  maxWaitMs?: number;
}

/**
 * Runs `fn` while holding an inter-process lock on `target` (a `<target>.lock` directory kept
 * fresh by proper-lockfile). A lock whose holder died goes stale after 30 s and is taken over, so
 * a Ctrl-C'd or killed provisioning never blocks the next one. Waiting honours `signal`.
 */
export async function withProvisionLock<T>(target: string, options: HoldLockOptions, fn: () => Promise<T>): Promise<T> {
  const { lock } = await import('proper-lockfile');
  const onProgress = options.onProgress ?? noProgress;
  mkdirSync(dirname(target), { recursive: true });
  const deadline = Date.now() + (options.maxWaitMs ?? 30 * 60_000);
  let announced = false;
  let release: (() => Promise<void>) | undefined;
  while (!release) {
    if (options.signal?.aborted) throw options.signal.reason;
    try {
      release = await lock(target, {
        realpath: false,
        stale: 30_000,
        update: 5_000,
        // Losing the lock (e.g. the machine slept past `stale`) must not crash the process from a timer.
        onCompromised: () => {},
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') {
        throw new LocalProvisionError(`cannot take the lock ${target}.lock: ${(error as Error).message}`);
      }
      if (Date.now() > deadline) {
        throw new LocalProvisionError(
          `gave up ${options.waitingMessage} after ${Math.round((options.maxWaitMs ?? 30 * 60_000) / 60_000)} min (lock: ${target}.lock)`,
        );
      }
      if (!announced) {
        onProgress({ step: options.step, message: options.waitingMessage });
        announced = true;
      }
      await abortableSleep(1_000, options.signal);
    }
  }
  try {
    return await fn();
  } finally {
    await release().catch(() => {});
  }
}

function abortableSleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });
}
