import { AdaptiveInterval, DEFAULT_POLL, type AdaptiveIntervalOptions } from './adaptive-interval.js';
import { systemClock, type Clock } from './clock.js';
import { LivyHttpError } from './errors.js';
import type { SessionRef, SessionsApi } from './livy-client.js';
import { isGone } from './session-gone.js';
import type { Session, SessionState } from './schemas.js';

/** Session states in which a statement can be submitted (busy ones queue it). */
export const READY_SESSION_STATES: ReadonlySet<SessionState> = new Set(['idle', 'busy', 'running']);

/**
 * How waiting for a session ended.
 * - `ready`: it reached a state that takes statements (idle, or busy when `acceptBusy`).
 * - `failed`: it ended (`dead`, `error`, `killed`, `success`) or is shutting down.
 * - `gone`: the server no longer knows it (404): deleted, expired or forgotten.
 * - `timeout`: `timeoutMs` ran out first; the session is still there.
 */
export type SessionWaitOutcome = 'ready' | 'failed' | 'gone' | 'timeout';

export interface SessionWaitResult {
  outcome: SessionWaitOutcome;
  session: Session | undefined;
  elapsedMs: number;
}

export interface SessionWaitOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Also accept `busy`/`running` as ready (attaching to a session someone else uses). */
  acceptBusy?: boolean;
  poll?: AdaptiveIntervalOptions;
  onState?: (state: SessionState, session: Session) => void;
  /** The time of the polls, the deadline and `elapsedMs` (the system clock unless given). */
  clock?: Clock;
}

/** Waits for a session to become idle (it takes tens of seconds to start a driver). */
export async function waitForSession(sessions: SessionsApi, id: SessionRef, options: SessionWaitOptions = {}): Promise<SessionWaitResult> {
  const clock = options.clock ?? systemClock;
  const now = (): number => clock.now();
  const started = now();
  const interval = new AdaptiveInterval(options.poll ?? DEFAULT_POLL);
  let last: Session | undefined;
  const result = (outcome: SessionWaitOutcome): SessionWaitResult => ({ outcome, session: last, elapsedMs: now() - started });

  for (;;) {
    let session: Session;
    try {
      session = await sessions.get(id, { signal: options.signal });
    } catch (error) {
      if (error instanceof LivyHttpError && error.status === 404) return result('gone');
      throw error;
    }
    if (session.state !== last?.state) {
      interval.reset();
      options.onState?.(session.state, session);
    }
    last = session;
    if (session.state === 'idle' || (options.acceptBusy && READY_SESSION_STATES.has(session.state))) return result('ready');
    if (isGone(session.state)) return result('failed');
    if (options.timeoutMs !== undefined && now() - started >= options.timeoutMs) return result('timeout');
    const delay = interval.next();
    await clock.sleep(
      options.timeoutMs === undefined ? delay : Math.max(0, Math.min(delay, started + options.timeoutMs - now())),
      options.signal,
    );
  }
}
