import { DEFAULT_TIMEOUTS, type Timeouts } from '../client/timeouts.js';
import { parseDuration } from '../text/duration.js';

/**
 * The deadlines of each request: `--request-timeout`, else `LIVY_REQUEST_TIMEOUT`, else the
 * profile's `requestTimeout`, else 60 s for a whole request; connecting (10 s) and the wait for
 * the first byte of the reply (30 s) never take longer than that.
 */
export function requestTimeouts(flag: string | undefined, env: NodeJS.ProcessEnv, profileValue?: string): Timeouts {
  const [raw, where] =
    flag !== undefined
      ? [flag, '--request-timeout']
      : env.LIVY_REQUEST_TIMEOUT
        ? [env.LIVY_REQUEST_TIMEOUT, 'LIVY_REQUEST_TIMEOUT']
        : [profileValue, "the profile's requestTimeout"];
  if (raw === undefined) return { ...DEFAULT_TIMEOUTS };
  const requestMs = parseDuration(raw, where);
  return {
    connectMs: Math.min(DEFAULT_TIMEOUTS.connectMs, requestMs),
    replyMs: Math.min(DEFAULT_TIMEOUTS.replyMs, requestMs),
    requestMs,
  };
}
