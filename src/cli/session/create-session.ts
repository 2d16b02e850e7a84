import { LivyHttpError, LivyNetworkError } from '../../client/errors.js';
import type { LivyClient } from '../../client/livy-client.js';
import type { CreateSessionRequest } from '../../client/requests.js';
import type { Session } from '../../client/schemas.js';
import { InterruptedError } from '../../errors/cli-error.js';
import { SessionOutcomeUnknownError } from './session-errors.js';

/** How long `POST /sessions` may still answer after Ctrl-C (the reply says which session to delete). */
export const CREATE_GRACE_AFTER_INTERRUPT_MS = 10_000;
/** How long the search for a session whose creation was not confirmed may take. */
const LOOKUP_DEADLINE_MS = 15_000;

export interface CreateSignals {
  /** First Ctrl-C: the reply is still awaited for a short while. */
  interrupt: AbortSignal;
  /** SIGTERM, SIGHUP, a second Ctrl-C: stop waiting for the reply now. */
  stop: AbortSignal;
  /** The first Ctrl-C came while the reply is awaited (say why nothing ends yet). */
  onAwaitingReply?: () => void;
}

/**
 * `POST /sessions` for a request that carries a name no other session has (`request.name`).
 * When the reply is lost — reset, timeout, a gateway error, a reply that is not Livy's, an
 * interrupt — the session is looked up by that name: found, it is returned (it is provably the
 * one just created); not found where it must be, the original error stands; otherwise a
 * `SessionOutcomeUnknownError` says what to check. `nameWasFree` is false when a session had
 * the user's name before the POST: a session found by it then proves nothing.
 */
export async function createSessionByName(
  client: LivyClient,
  request: CreateSessionRequest & { name: string },
  signals: CreateSignals,
  nameWasFree: boolean,
): Promise<Session> {
  const abandon = new AbortController();
  const grace = (): void => {
    if (!signals.stop.aborted) signals.onAwaitingReply?.();
    const timer = setTimeout(() => abandon.abort(signals.interrupt.reason), CREATE_GRACE_AFTER_INTERRUPT_MS);
    timer.unref();
    abandon.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  };
  if (signals.interrupt.aborted) grace();
  else signals.interrupt.addEventListener('abort', grace, { once: true });
  const signal = AbortSignal.any([abandon.signal, signals.stop]);
  try {
    return await client.sessions.create(request, { signal });
  } catch (error) {
    if (!outcomeUnknown(error)) throw error;
    const found = nameWasFree
      ? await lookUpByName(client, request.name)
      : { kind: 'unknown' as const, reason: 'another session had that name before' };
    if (found.kind === 'found') return found.session;
    // A gateway error or a reply that is not JSON came after the server was done: not found means not created.
    if (found.kind === 'absent' && !(error instanceof LivyNetworkError) && !(error instanceof InterruptedError)) throw error;
    const reason = found.kind === 'unknown' ? `${reasonOf(error)}; ${found.reason}` : reasonOf(error);
    throw new SessionOutcomeUnknownError(request.name, reason, nameWasFree);
  } finally {
    signals.interrupt.removeEventListener('abort', grace);
    abandon.abort();
  }
}

/** Whether the POST may have created a session although we have no reply saying so. */
function outcomeUnknown(error: unknown): boolean {
  if (error instanceof LivyHttpError) return [500, 502, 503, 504].includes(error.status);
  if (error instanceof LivyNetworkError) return error.maybeDelivered;
  // An interrupt, or a 2xx reply that is not a session.
  return true;
}

function reasonOf(error: unknown): string {
  if (error instanceof InterruptedError) return 'interrupted before the reply';
  if (error instanceof LivyHttpError) return `HTTP ${error.status}${error.serverMessage ? `: ${error.serverMessage}` : ''}`;
  if (error instanceof LivyNetworkError) return error.code ?? error.message;
  return error instanceof Error ? error.message : String(error);
}

type Lookup = { kind: 'found'; session: Session } | { kind: 'absent' } | { kind: 'unknown'; reason: string };

async function lookUpByName(client: LivyClient, name: string): Promise<Lookup> {
  try {
    return { kind: 'found', session: await client.sessions.get(name, { signal: AbortSignal.timeout(LOOKUP_DEADLINE_MS) }) };
  } catch (error) {
    if (error instanceof LivyHttpError && error.status === 404) return { kind: 'absent' };
    return { kind: 'unknown', reason: `looking it up failed too (${reasonOf(error)})` };
  }
}

/** Whether a session already carries `name` (then Livy refuses it, and finding it later proves nothing). */
export async function nameIsFree(client: LivyClient, name: string, signal: AbortSignal): Promise<boolean> {
  try {
    await client.sessions.get(name, { signal });
    return false;
  } catch (error) {
    if (error instanceof LivyHttpError && error.status === 404) return true;
    throw error;
  }
}
