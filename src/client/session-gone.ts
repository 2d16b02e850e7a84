import { livyMessageSays } from './error-prose.js';
import { LivyHttpError } from './errors.js';
import { TERMINAL_STATES } from './states.js';

/**
 * Whether a session can no longer run code, told by its state (it ended, or is shutting down)
 * or by the error a request to it met (404, or Livy saying it is not active any more).
 */
export function isGone(errorOrState: unknown): boolean {
  if (typeof errorOrState === 'string') return TERMINAL_STATES.has(errorOrState) || errorOrState === 'shutting_down';
  return (
    errorOrState instanceof LivyHttpError && (errorOrState.status === 404 || livyMessageSays(errorOrState.serverMessage, 'session-gone'))
  );
}
