import { systemClock, type Clock } from './clock.js';
import type { SessionRef, SessionsApi } from './livy-client.js';
import { proportionalDelay, type ProportionalDelayOptions } from './poll-schedule.js';
import type { ExecuteStatementRequest } from './requests.js';
import type { Statement, StatementState } from './schemas.js';

/** Statement states after which nothing changes any more. */
export const FINAL_STATEMENT_STATES: ReadonlySet<StatementState> = new Set(['available', 'cancelled', 'error']);

/** See `ProportionalDelayOptions`: quick statements are polled hot, long ones gently. */
export type StatementPollOptions = ProportionalDelayOptions;

/** How often to ask again for the output of a statement reported `available` without one. */
const OUTPUT_RETRIES = 20;

/**
 * A quick statement (`1+1`) ends 10–30 ms after its POST. Waiting a tenth of the time it has run
 * (at least 2 ms) keeps the first looks nearly back to back — one request in flight at a time, so
 * their pace is the server's reply time — and notices the end sooner than a 10 ms loop; a long
 * statement's polls stay rare.
 */
export const DEFAULT_STATEMENT_POLL: StatementPollOptions = { minMs: 2, maxMs: 1000, fraction: 0.1 };

/** The delay before the next poll of a statement that has been running for `elapsedMs`. */
export function statementPollDelay(elapsedMs: number, options: StatementPollOptions = DEFAULT_STATEMENT_POLL): number {
  return proportionalDelay(elapsedMs, options);
}

export interface RunStatementOptions {
  /** Aborts everything at once (the statement is left alone on the server). */
  signal?: AbortSignal;
  /**
   * When this aborts while the statement runs, the statement is cancelled on the server
   * and the runner waits for it to end (`cancelled`, or `available` if it finished first).
   */
  cancel?: AbortSignal;
  poll?: StatementPollOptions;
  /** The statement as submitted (state `waiting`). */
  onSubmitted?: (statement: Statement) => void;
  /** Every poll's view of the statement (state, progress). */
  onUpdate?: (statement: Statement) => void;
  /** The cancel request was sent. */
  onCancelling?: (statement: Statement) => void;
  /** The time of the polls and `elapsedMs` (the system clock unless given). */
  clock?: Clock;
}

export interface StatementResult {
  statement: Statement;
  /** True when a cancel was requested (the statement may still have completed first). */
  cancelRequested: boolean;
  /** From submit to the final state, as seen by this client. */
  elapsedMs: number;
}

/**
 * Runs one statement: `POST /sessions/{id}/statements`, then polls it — at once, then fast at
 * first, backing off in proportion to how long it has run, capped — until it is
 * `available` or `cancelled`.
 */
export async function runStatement(
  sessions: SessionsApi,
  sessionId: SessionRef,
  request: ExecuteStatementRequest,
  options: RunStatementOptions = {},
): Promise<StatementResult> {
  const submitted = await sessions.submitStatement(sessionId, request, { signal: options.signal });
  options.onSubmitted?.(submitted);
  return followStatement(sessions, sessionId, submitted, options);
}

/** Polls an already submitted statement to its end (see `runStatement`). */
export async function followStatement(
  sessions: SessionsApi,
  sessionId: SessionRef,
  submitted: Statement,
  options: RunStatementOptions = {},
): Promise<StatementResult> {
  const clock = options.clock ?? systemClock;
  const now = (): number => clock.now();
  const poll = options.poll ?? DEFAULT_STATEMENT_POLL;
  const started = now();
  let statement = submitted;
  let cancelRequested = false;
  let polls = 0;

  // One signal for sleeping: wakes up on a hard abort and on a cancel request.
  const wake = new AbortController();
  const onCancel = (): void => wake.abort(new Error('cancel requested'));
  options.cancel?.addEventListener('abort', onCancel, { once: true });
  const onAbort = (): void => wake.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });

  try {
    for (;;) {
      if (FINAL_STATEMENT_STATES.has(statement.state)) break;
      if (options.signal?.aborted) throw options.signal.reason;
      if (options.cancel?.aborted && !cancelRequested) {
        cancelRequested = true;
        options.onCancelling?.(statement);
        await sessions.cancelStatement(sessionId, statement.id, { signal: options.signal });
      }
      try {
        // The first look comes right after the submission: a quick statement is often done by then.
        if (polls++ > 0 || cancelRequested)
          await clock.sleep(statementPollDelay(now() - started, poll), cancelRequested ? options.signal : wake.signal);
      } catch (error) {
        if (options.signal?.aborted) throw options.signal.reason ?? error;
        // A cancel request woke us: loop to send it.
      }
      statement = await sessions.getStatement(sessionId, statement.id, { signal: options.signal });
      options.onUpdate?.(statement);
    }
    // Livy can report `available` a moment before it attaches the output: ask again rather
    // than show nothing for a statement that did produce something.
    for (let retry = 0; statement.state === 'available' && !statement.output && retry < OUTPUT_RETRIES; retry++) {
      await clock.sleep(poll.minMs * 2 ** Math.min(retry, 4), options.signal);
      statement = await sessions.getStatement(sessionId, statement.id, { signal: options.signal });
    }
  } finally {
    options.cancel?.removeEventListener('abort', onCancel);
    options.signal?.removeEventListener('abort', onAbort);
  }
  return { statement, cancelRequested, elapsedMs: now() - started };
}
