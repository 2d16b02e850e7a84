/**
 * The states Livy reports for batches, sessions and statements. Kept apart from the reply
 * validators (schemas.ts) so that code which only compares states does not load zod.
 */

export const SESSION_STATES = [
  'not_started',
  'starting',
  'recovering',
  'idle',
  'running',
  'busy',
  'shutting_down',
  'error',
  'dead',
  'killed',
  'success',
] as const;
export type KnownSessionState = (typeof SESSION_STATES)[number];
/**
 * A state as Livy reports it. Patched or newer servers report others (`suspended`, ...):
 * those are kept as given, and a wait treats them as "not ended yet".
 */
export type SessionState = KnownSessionState | (string & {});

/** States after which a batch or session never changes again. */
export const TERMINAL_STATES: ReadonlySet<SessionState> = new Set(['error', 'dead', 'killed', 'success']);

export const STATEMENT_STATES = ['waiting', 'running', 'available', 'cancelling', 'cancelled', 'error'] as const;
export type StatementState = (typeof STATEMENT_STATES)[number];
