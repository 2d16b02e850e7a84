import { AdaptiveInterval, DEFAULT_POLL, type AdaptiveIntervalOptions } from './adaptive-interval.js';
import { sleep as defaultSleep } from './backoff.js';
import { LivyError, LivyHttpError, LivyNetworkError } from './errors.js';
import type { BatchesApi } from './livy-client.js';

/**
 * What the wait needs: `client.batches`, or `client.sessions` to follow an interactive
 * session's log until it ends (the same states end both).
 */
export type WaitableApi = Pick<BatchesApi, 'get' | 'log'>;
import { LogFollower, type LogChunk } from './log-follower.js';
import { TERMINAL_STATES, type Batch, type SessionState } from './schemas.js';

/**
 * How a wait ended.
 * - `deleted`: the batch disappeared while the server stayed reachable, which
 *   is what Livy does after `DELETE /batches/{id}` (someone killed it).
 * - `vanished`: it disappeared across a server outage (a restart without recovery).
 */
export type WaitOutcome = 'success' | 'failed' | 'killed' | 'deleted' | 'vanished' | 'timeout';

export interface WaitResult {
  outcome: WaitOutcome;
  /** The last view of the batch the server gave. */
  batch: Batch | undefined;
  elapsedMs: number;
}

export interface WaitOptions {
  signal?: AbortSignal;
  /** Give up (outcome `timeout`) after this long; the job keeps running. */
  timeoutMs?: number;
  /** Stream the batch log through `onLog`. */
  followLog?: boolean;
  poll?: AdaptiveIntervalOptions;
  /** How long the server may stay unreachable before the wait fails. */
  outageToleranceMs?: number;
  onState?: (state: SessionState, batch: Batch) => void;
  onLog?: (chunk: LogChunk) => void;
  /** The server stopped answering; the wait goes on until `outageToleranceMs`. */
  onOutage?: (error: LivyError, downForMs: number) => void;
  onRecovered?: () => void;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

const OUTCOME_BY_STATE: Partial<Record<SessionState, WaitOutcome>> = {
  success: 'success',
  dead: 'failed',
  error: 'failed',
  killed: 'killed',
};

/** Waits for a batch to end, optionally streaming its log, riding out server outages. */
export async function waitForBatch(batches: WaitableApi, id: number, options: WaitOptions = {}): Promise<WaitResult> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const tolerance = options.outageToleranceMs ?? 10 * 60_000;
  const started = now();
  const interval = new AdaptiveInterval(options.poll ?? DEFAULT_POLL);
  const follower = new LogFollower();
  let last: Batch | undefined;
  let outageSince: number | undefined;

  const result = (outcome: WaitOutcome): WaitResult => ({ outcome, batch: last, elapsedMs: now() - started });

  for (;;) {
    if (options.timeoutMs !== undefined && now() - started >= options.timeoutMs) return result('timeout');
    try {
      const batch = await batches.get(id, { signal: options.signal });
      if (outageSince !== undefined) {
        outageSince = undefined;
        options.onRecovered?.();
        // Ids restart after a restart without recovery: a different app under our id is not our batch.
        if (last?.appId && batch.appId && batch.appId !== last.appId) return result('vanished');
      }
      if (options.followLog) {
        const page = await batches.log(id, { from: 0, size: -1, signal: options.signal });
        const chunks = follower.update(page.log);
        for (const chunk of chunks) options.onLog?.(chunk);
        if (chunks.length > 0) interval.reset();
      }
      if (batch.state !== last?.state) {
        interval.reset();
        options.onState?.(batch.state, batch);
      }
      last = batch;
      if (TERMINAL_STATES.has(batch.state)) return result(OUTCOME_BY_STATE[batch.state] ?? 'failed');
    } catch (error) {
      if (options.signal?.aborted) throw error;
      if (error instanceof LivyHttpError && error.status === 404 && last) {
        // Right after an outage, a missing batch is one the restarted server forgot; while the
        // server stayed up, someone deleted it.
        return result(outageSince !== undefined ? 'vanished' : 'deleted');
      }
      if (!isOutage(error)) throw error;
      outageSince ??= now();
      const downFor = now() - outageSince;
      if (downFor >= tolerance) throw error;
      options.onOutage?.(error, downFor);
    }
    await sleep(interval.next(), options.signal);
  }
}

/** The server (or the way to it) is down for now: a later request may well be answered. */
export function isOutage(error: unknown): error is LivyError {
  return error instanceof LivyNetworkError || (error instanceof LivyHttpError && [502, 503, 504].includes(error.status));
}
