import { backoffDelay } from '../../client/backoff.js';
import { isOutage } from '../../client/batch-waiter.js';
import type { Clock } from '../../client/clock.js';
import type { LivyError } from '../../client/errors.js';
import type { SessionsApi } from '../../client/livy-client.js';

export interface OutageRide {
  /** How long the server may stay unreachable before the error is let through. */
  toleranceMs: number;
  onOutage?: (error: LivyError, downForMs: number) => void;
  /**
   * Runs once the server answers again, before that answer is used: the place to check that
   * the session is still ours (throwing when it is not).
   */
  onRecovered?: () => Promise<void>;
  /** The time of the outage and the pauses between tries. */
  clock: Clock;
}

/** Delays between tries while the server is down: quick at first, then every few seconds. */
const OUTAGE_BACKOFF = { baseMs: 500, maxMs: 5000 };

/**
 * `sessions` whose reads and statement cancels ride out a server outage (refused connections,
 * resets, 502/503/504) for `toleranceMs`, as a batch wait does — so a statement outlives a
 * server restart. Statement submissions are not retried: their outcome would be unknown.
 */
export function outageTolerantSessions(sessions: SessionsApi, ride: OutageRide): SessionsApi {
  const { clock } = ride;
  const retrying = async <T>(call: () => Promise<T>, signal: AbortSignal | undefined): Promise<T> => {
    let downSince: number | undefined;
    for (let attempt = 0; ; attempt++) {
      let value: T;
      try {
        value = await call();
      } catch (error) {
        if (signal?.aborted || !isOutage(error)) {
          if (downSince !== undefined && !signal?.aborted) await ride.onRecovered?.();
          throw error;
        }
        downSince ??= clock.now();
        const downFor = clock.now() - downSince;
        if (downFor >= ride.toleranceMs) throw error;
        ride.onOutage?.(error, downFor);
        await clock.sleep(Math.min(backoffDelay(attempt, OUTAGE_BACKOFF), downSince + ride.toleranceMs - clock.now()), signal);
        continue;
      }
      if (downSince !== undefined) await ride.onRecovered?.();
      return value;
    }
  };
  const tolerant: Partial<SessionsApi> = {
    get: (id, options = {}) => retrying(() => sessions.get(id, options), options.signal),
    getStatement: (id, statementId, options = {}) => retrying(() => sessions.getStatement(id, statementId, options), options.signal),
    cancelStatement: (id, statementId, options = {}) => retrying(() => sessions.cancelStatement(id, statementId, options), options.signal),
  };
  return Object.assign(Object.create(sessions) as SessionsApi, tolerant);
}
