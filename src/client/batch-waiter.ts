import { anySignal } from 'any-signal';
import { identityChange } from './batch-identity.js';
import { systemClock, type Clock } from './clock.js';
import { announcesEnd } from './end-hints.js';
import { type LivyError, LivyHttpError, LivyNetworkError, LivyProtocolError } from './errors.js';
import type { BatchesApi } from './livy-client.js';
import { LogFollower, type LogChunk } from './log-follower.js';
import {
  DEFAULT_DETAIL_POLL,
  DEFAULT_STATE_POLL,
  DetailCadence,
  statePollDelay,
  type DetailPollOptions,
  type StatePollOptions,
} from './poll-schedule.js';
import { retryAfterMs } from './retry-after.js';
import type { Batch } from './schemas.js';
import { TERMINAL_STATES, type SessionState } from './states.js';

/**
 * What the wait needs: `client.batches`, or `client.sessions` to follow an interactive
 * session's log until it ends (the same states end both).
 */
export type WaitableApi = Pick<BatchesApi, 'get' | 'log' | 'state'>;

/**
 * How a wait ended.
 * - `deleted`: the batch disappeared while the server stayed reachable, which
 *   is what Livy does after `DELETE /batches/{id}` (someone killed it).
 * - `vanished`: it disappeared across a server outage (a restart without recovery).
 * - `replaced`: another batch now has its id (a restart without recovery, ids reused).
 * - `timeout`: `timeoutMs` ran out; the job keeps running.
 */
export type WaitOutcome = 'success' | 'failed' | 'killed' | 'deleted' | 'vanished' | 'replaced' | 'timeout';

export interface WaitResult {
  outcome: WaitOutcome;
  /** The last view of the batch the server gave (never the one that replaced it). */
  batch: Batch | undefined;
  elapsedMs: number;
  /** For `replaced`: what told the newcomer apart. */
  replacedBecause?: string;
}

export interface WaitOptions {
  signal?: AbortSignal;
  /**
   * A hard deadline: when it passes, requests in flight are cut and the wait ends with
   * outcome `timeout`; the job keeps running.
   */
  timeoutMs?: number;
  /** The batch as first seen (e.g. the reply to its creation): its identity is checked from the first poll. */
  expected?: Batch;
  /** Stream the batch log through `onLog`. */
  followLog?: boolean;
  /** The cadence of the cheap `GET …/state`. */
  statePoll?: StatePollOptions;
  /** The cadence of the full view (identity checks) and the log. */
  detailPoll?: DetailPollOptions;
  /**
   * How long the server may keep failing (unreachable, 429, 5xx, a passing 401) before the
   * wait fails; the hard deadline `timeoutMs` still applies.
   */
  outageToleranceMs?: number;
  onState?: (state: SessionState, batch: Batch) => void;
  /** Every full view of the batch, once its identity was checked (the state endpoint's replies are not). */
  onView?: (batch: Batch) => void;
  onLog?: (chunk: LogChunk) => void;
  /** The server failed to answer; the wait goes on until `outageToleranceMs`. */
  onOutage?: (error: LivyError, downForMs: number) => void;
  onRecovered?: () => void;
  /** The time of the polls, the deadline and `elapsedMs` (the system clock unless given). */
  clock?: Clock;
}

/** How long a wait rides out a server that does not answer, unless told otherwise. */
export const DEFAULT_OUTAGE_TOLERANCE_MS = 10 * 60_000;

const OUTCOME_BY_STATE: Partial<Record<SessionState, WaitOutcome>> = {
  success: 'success',
  dead: 'failed',
  error: 'failed',
  killed: 'killed',
};

/** Waits for a batch to end, optionally streaming its log, riding out server outages. */
export async function waitForBatch(batches: WaitableApi, id: number, options: WaitOptions = {}): Promise<WaitResult> {
  const clock = options.clock ?? systemClock;
  const started = clock.now();
  let last: Batch | undefined;
  const result = (outcome: WaitOutcome, extra: Partial<WaitResult> = {}): WaitResult => ({
    outcome,
    batch: last ?? options.expected,
    elapsedMs: clock.now() - started,
    ...extra,
  });

  using deadline = options.timeoutMs === undefined ? undefined : clock.deadline(options.timeoutMs, new Error('--timeout reached'));
  // Cleared at the end, so that a caller's long-lived signal keeps no link per wait.
  const linked = deadline && options.signal ? anySignal([options.signal, deadline.signal]) : undefined;
  const signal = linked ?? deadline?.signal ?? options.signal;
  try {
    return await pollUntilEnd(batches, id, { ...options, signal }, clock, result, (batch) => (last = batch));
  } catch (error) {
    if (deadline?.signal.aborted && !options.signal?.aborted) return result('timeout');
    throw error;
  } finally {
    linked?.clear();
  }
}

async function pollUntilEnd(
  batches: WaitableApi,
  id: number,
  options: WaitOptions,
  clock: Clock,
  result: (outcome: WaitOutcome, extra?: Partial<WaitResult>) => WaitResult,
  remember: (batch: Batch) => void,
): Promise<WaitResult> {
  const now = (): number => clock.now();
  const tolerance = options.outageToleranceMs ?? DEFAULT_OUTAGE_TOLERANCE_MS;
  const started = now();
  const detailCadence = new DetailCadence(options.detailPoll ?? DEFAULT_DETAIL_POLL);
  const follower = new LogFollower();
  let known = options.expected;
  let reportedState: SessionState | undefined;
  let outageSince: number | undefined;
  // The full view (and the log) is read first, then whenever it is due, the state changed or the
  // server came back; in between, only the state. An end is only ever taken from the full view,
  // after its identity was checked.
  let detailDue = true;
  let nextDetailAt = 0;
  let statePolls = 0;
  const statePoll = options.statePoll ?? DEFAULT_STATE_POLL;
  // State polls left of the hot phase a log line announcing the end started (once per wait).
  let hotPolls = 0;
  let hinted = false;

  for (;;) {
    if (options.timeoutMs !== undefined && now() - started >= options.timeoutMs) return result('timeout');
    let delay: number | undefined;
    let recheckNow = false;
    try {
      if (detailDue || now() >= nextDetailAt) {
        // The log before the view: when the view still shows our batch, the log read before it was ours.
        const page = options.followLog ? await batches.log(id, { from: 0, size: -1, signal: options.signal }) : undefined;
        const batch = await batches.get(id, { signal: options.signal });
        const change = known ? identityChange(known, batch) : undefined;
        if (change) return result('replaced', { replacedBecause: change });
        if (outageSince !== undefined) {
          outageSince = undefined;
          options.onRecovered?.();
        }
        const chunks = page ? follower.update(page.log) : [];
        for (const chunk of chunks) options.onLog?.(chunk);
        if (!hinted && statePoll.endHint && chunks.some((chunk) => chunk.lines.some(announcesEnd))) {
          hinted = true;
          hotPolls = statePoll.endHint.polls;
        }
        if (batch.state !== reportedState) {
          reportedState = batch.state;
          options.onState?.(batch.state, batch);
        }
        known = batch;
        remember(batch);
        options.onView?.(batch);
        if (TERMINAL_STATES.has(batch.state)) return result(OUTCOME_BY_STATE[batch.state] ?? 'failed');
        detailDue = false;
        nextDetailAt = now() + detailCadence.next(now() - started, chunks.length > 0);
      } else {
        const reply = await batches.state(id, { signal: options.signal });
        if (outageSince !== undefined || reply.state !== known?.state) {
          // Something changed (or the server is back): look at the whole batch at once.
          detailDue = true;
          recheckNow = true;
        }
      }
    } catch (error) {
      if (options.signal?.aborted) throw error;
      if (error instanceof LivyHttpError && error.status === 404 && known) {
        // Right after an outage, a missing batch is one the restarted server forgot; while the
        // server stayed up, someone deleted it.
        return result(outageSince !== undefined ? 'vanished' : 'deleted');
      }
      if (!isPassingTrouble(error, known !== undefined)) throw error;
      outageSince ??= now();
      detailDue = true;
      const downFor = now() - outageSince;
      if (downFor >= tolerance) throw error;
      options.onOutage?.(error, downFor);
      if (error instanceof LivyHttpError) delay = retryAfterMs(error.headers['retry-after']);
    }
    if (recheckNow) continue;
    let wanted = statePollDelay(statePolls++, now() - started, statePoll);
    if (hotPolls > 0 && statePoll.endHint) {
      hotPolls--;
      wanted = Math.min(wanted, statePoll.endHint.everyMs);
    }
    const pause = Math.max(wanted, delay ?? 0);
    await clock.sleep(
      options.timeoutMs === undefined ? pause : Math.max(0, Math.min(pause, started + options.timeoutMs - now())),
      options.signal,
    );
  }
}

/**
 * Answers that say "not now" rather than "no": the server is unreachable or overloaded, or
 * (once it has answered before) asks for credentials again or sends a page that is not Livy's,
 * as proxies do while the server restarts.
 */
function isPassingTrouble(error: unknown, answeredBefore: boolean): error is LivyError {
  if (error instanceof LivyNetworkError) return true;
  if (error instanceof LivyHttpError) {
    if (error.status === 429 || error.status >= 500) return true;
    return answeredBefore && error.status === 401;
  }
  return answeredBefore && error instanceof LivyProtocolError;
}

/** The server (or the way to it) is down for now: a later request may well be answered. */
export function isOutage(error: unknown): error is LivyError {
  return error instanceof LivyNetworkError || (error instanceof LivyHttpError && [502, 503, 504].includes(error.status));
}
