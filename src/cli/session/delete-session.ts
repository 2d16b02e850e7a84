import { backoffDelay, sleep } from '../../client/backoff.js';
import { isOutage } from '../../client/batch-waiter.js';
import { LivyHttpError } from '../../client/errors.js';
import type { LivyClient } from '../../client/livy-client.js';
import { identityMismatch, type SessionIdentity } from './session-identity.js';

/**
 * What became of a session this command asked to delete — only what the server said.
 * - `deleted`: the server confirmed it (or the session was gone right after our DELETE);
 * - `stopping`: the DELETE was taken but not answered in time (Livy answers once the driver
 *   stopped, which can take long on a busy machine), and the session is shutting down;
 * - `gone`: it no longer existed before we deleted it;
 * - `replaced`: the id now holds someone else's session, which was left alone;
 * - `failed`: the server refused, or did not answer in time: the session may still run.
 */
export type DeleteOutcome =
  | { kind: 'deleted' }
  | { kind: 'stopping'; state: string }
  | { kind: 'gone' }
  | { kind: 'replaced'; what: string }
  | { kind: 'failed'; reason: string };

/** How long deleting may take, outages included, once the command is ending. */
export const DELETE_DEADLINE_MS = 30_000;
/** The same after SIGTERM, SIGHUP or a second Ctrl-C: whoever sent it will not wait long. */
export const URGENT_DELETE_DEADLINE_MS = 10_000;
/** The look, after an unanswered DELETE, at whether the session is shutting down. */
const STATE_CHECK_MS = 3000;
const SHUTTING_DOWN = new Set(['shutting_down', 'killed', 'dead', 'success', 'error']);
const RETRY_BACKOFF = { baseMs: 250, maxMs: 3000 };

/**
 * Deletes the session this command created, after checking it is still ours, retrying
 * through an outage until `deadlineMs`. Never throws.
 */
export async function deleteOwnSession(
  client: LivyClient,
  identity: SessionIdentity,
  deadlineMs: number = DELETE_DEADLINE_MS,
): Promise<DeleteOutcome> {
  const signal = AbortSignal.timeout(deadlineMs);
  let deleteSent = false;
  let lastReason = 'no answer';
  for (let attempt = 0; ; attempt++) {
    try {
      const seen = await client.sessions.get(identity.id, { signal });
      const what = identityMismatch(identity, seen);
      if (what) return { kind: 'replaced', what };
      deleteSent = true;
      await client.sessions.delete(identity.id, { signal });
      return { kind: 'deleted' };
    } catch (error) {
      if (error instanceof LivyHttpError && error.status === 404) return { kind: deleteSent ? 'deleted' : 'gone' };
      if (signal.aborted)
        return deleteSent ? afterUnansweredDelete(client, identity, lastReason, deadlineMs) : gaveUp(lastReason, deadlineMs);
      lastReason = error instanceof Error ? error.message : String(error);
      if (!isOutage(error)) return { kind: 'failed', reason: lastReason };
    }
    try {
      await sleep(backoffDelay(attempt, RETRY_BACKOFF), signal);
    } catch {
      return gaveUp(lastReason, deadlineMs);
    }
  }
}

function gaveUp(reason: string, deadlineMs: number): DeleteOutcome {
  return { kind: 'failed', reason: `${reason}; gave up after ${Math.round(deadlineMs / 1000)}s` };
}

/** The DELETE got no answer in time: the session state tells whether the server is on it. */
async function afterUnansweredDelete(
  client: LivyClient,
  identity: SessionIdentity,
  reason: string,
  deadlineMs: number,
): Promise<DeleteOutcome> {
  try {
    const seen = await client.sessions.get(identity.id, { signal: AbortSignal.timeout(STATE_CHECK_MS) });
    if (!identityMismatch(identity, seen) && SHUTTING_DOWN.has(seen.state)) return { kind: 'stopping', state: seen.state };
  } catch (error) {
    if (error instanceof LivyHttpError && error.status === 404) return { kind: 'deleted' };
  }
  return gaveUp(reason === 'no answer' ? 'the server did not answer the DELETE' : reason, deadlineMs);
}

/**
 * One line saying what became of the session (`subject` names it: `session 3`, or `it` inside a
 * longer message); `ok` is false when it may still be running.
 */
export function describeDeletion(id: number, outcome: DeleteOutcome, subject = `session ${id}`): { ok: boolean; text: string } {
  switch (outcome.kind) {
    case 'deleted':
      return { ok: true, text: `${subject} was deleted` };
    case 'stopping':
      return { ok: true, text: `${subject} is being deleted (the server is stopping it: ${outcome.state})` };
    case 'gone':
      return { ok: true, text: `${subject} was already gone` };
    case 'replaced':
      return { ok: true, text: `${subject} is gone: its id now holds another session (${outcome.what}), which was left alone` };
    case 'failed':
      return {
        ok: false,
        text: `could not delete ${subject} (${outcome.reason}): it may still be running; 'livy sessions kill ${id}' deletes it`,
      };
  }
}
