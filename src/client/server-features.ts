import { LivyError } from './errors.js';
import type { CreateSessionRequest } from './requests.js';

/** What a Livy server can do that differs between the releases this client supports (0.8, 0.9). */
export interface ServerFeatures {
  /** The release as `GET /version` reported it. */
  version: string;
  /** `idleTimeout` on a new session (0.9+). On 0.8, `ttl` is the idle timeout instead. */
  sessionIdleTimeout: boolean;
  /** `ttl` bounds a session's whole lifetime (0.9+); on 0.8 it is the idle timeout. */
  sessionMaxLifetime: boolean;
}

/** "0.8.0-incubating" → [0, 8, 0]; an unparsable version counts as the newest known behaviour. */
function numericVersion(version: string): [number, number, number] {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(version.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : [Number.MAX_SAFE_INTEGER, 0, 0];
}

function atLeast(version: string, major: number, minor: number): boolean {
  const [a, b] = numericVersion(version);
  return a > major || (a === major && b >= minor);
}

export function serverFeatures(version: string): ServerFeatures {
  const modern = atLeast(version, 0, 9);
  return { version, sessionIdleTimeout: modern, sessionMaxLifetime: modern };
}

/** A request asks for something the server's release cannot do (bad input: exit code 2). */
export class UnsupportedFeatureError extends LivyError {
  override name = 'UnsupportedFeatureError';
}

/**
 * The `POST /sessions` body for this server: on 0.8 an idle timeout travels as `ttl` (which 0.8
 * reads as one), and a maximum lifetime cannot be expressed at all.
 */
export function adaptSessionRequest(request: CreateSessionRequest, features: ServerFeatures): CreateSessionRequest {
  if (features.sessionIdleTimeout) return request;
  const { idleTimeout, ttl, ...rest } = request;
  if (ttl !== undefined) {
    throw new UnsupportedFeatureError(
      `Livy ${features.version} cannot limit a session's lifetime (ttl is an idle timeout before 0.9): use an idle timeout instead`,
    );
  }
  return idleTimeout === undefined ? rest : { ...rest, ttl: idleTimeout };
}
