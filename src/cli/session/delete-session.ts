import { backoffDelay, sleep } from '../../client/backoff.js';
import { isOutage } from '../../client/batch-waiter.js';
import { LivyHttpError } from '../../client/errors.js';
import type { LivyClient } from '../../client/livy-client.js';
import { identityMismatch, type SessionIdentity } from './session-identity.js';

/**
 * What became of a session this command asked to delete — only what the server said.
 * - `deleted`: the server confirmed it (or the session was gone right after our DELETE);
 * - `gone`: it no longer existed before we deleted it;
 * - `replaced`: the id now holds someone else's session, which was left alone;
 * - `failed`: the server refused, or did not answer in time: the session may still run.
 */
export type DeleteOutcome =
  | { kind: 'deleted' }
  | { kind: 'gone' }
  | { kind: 'replaced'; what: string }
  | { kind: 'failed'; reason: string };

/** How long deleting may take, outages included, once the command is ending. */
export const DELETE_DEADLINE_MS = 15_000;
/** The same after SIGTERM, SIGHUP or a second Ctrl-C: whoever sent it will not wait long. */
export const URGENT_DELETE_DEADLINE_MS = 5_000;
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
      if (signal.aborted) return { kind: 'failed', reason: `${lastReason}; gave up after ${Math.round(deadlineMs / 1000)}s` };
      lastReason = error instanceof Error ? error.message : String(error);
      if (!isOutage(error)) return { kind: 'failed', reason: lastReason };
    }
    try {
      await sleep(backoffDelay(attempt, RETRY_BACKOFF), signal);
    } catch {
      return { kind: 'failed', reason: `${lastReason}; gave up after ${Math.round(deadlineMs / 1000)}s` };
    }
  }
}

/**
 * One line saying what became of the session (`subject` names it: `session 3`, or `it` inside a
 * longer message); `ok` is false when it may still be running.
 */
export function describeDeletion(id: number, outcome: DeleteOutcome, subject = `session ${id}`): { ok: boolean; text: string } {
  switch (outcome.kind) {
    case 'deleted':
      return { ok: true, text: `${subject} was deleted` };
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
