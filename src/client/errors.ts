import type { ErrorKind } from '../errors/error-kind.js';
import { KindedError, type KindedErrorOptions } from '../errors/kinded-error.js';
import { livyMessageSays } from './error-prose.js';

export interface LivyErrorOptions extends KindedErrorOptions {
  /** What kind of failure this is (default `usage`: what the caller gave cannot be used, e.g. a bad URL or id). */
  kind?: ErrorKind;
  hint?: string;
}

/**
 * One family of errors for everything the client can meet talking to Livy. Each has a `kind`
 * (and so an `exitCode`) and may have a `hint`.
 */
export class LivyError extends KindedError {
  constructor(message: string, options?: LivyErrorOptions) {
    super(message, options?.kind ?? 'usage', options?.hint, options);
    this.name = 'LivyError';
  }
}

/** Livy (or a proxy in front of it) answered with a non-2xx status. */
export class LivyHttpError extends LivyError {
  constructor(
    readonly status: number,
    /** The server's own message: `msg` of a JSON reply, a bare JSON string, or an HTML page's title. */
    readonly serverMessage: string,
    readonly method: string,
    readonly path: string,
    /** Response headers that matter to callers (e.g. `www-authenticate`). */
    readonly headers: Record<string, string> = {},
  ) {
    super(`${method} ${path} failed: HTTP ${status}${serverMessage ? `: ${serverMessage}` : ''}`, {
      kind: kindOfReply(status, serverMessage),
    });
    this.name = 'LivyHttpError';
  }
}

function kindOfReply(status: number, serverMessage: string): ErrorKind {
  if (status === 400) {
    // The request was fine: a proxy dropped a header, or the server is busy.
    const notTheRequest = livyMessageSays(serverMessage, 'csrf-header-missing') || livyMessageSays(serverMessage, 'too-many-sessions');
    return notTheRequest ? 'server' : 'usage';
  }
  if (status === 401 || status === 403) return 'auth';
  if (status === 404) return 'not-found';
  return 'server';
}

/** The request did not get a reply: refused, reset, timed out, DNS, TLS. */
export class LivyNetworkError extends LivyError {
  constructor(
    message: string,
    readonly method: string,
    readonly path: string,
    /** Node/undici error code such as ECONNREFUSED or UND_ERR_SOCKET. */
    readonly code: string | undefined,
    /**
     * False only when the request certainly never reached the server (connection
     * refused, host not found); a POST that failed otherwise may have taken effect.
     */
    readonly maybeDelivered: boolean,
    options?: LivyErrorOptions,
  ) {
    super(message, { kind: 'server', ...options });
    this.name = 'LivyNetworkError';
  }
}

/** Livy answered 2xx but the body is not what its API promises. */
export class LivyProtocolError extends LivyError {
  constructor(
    message: string,
    readonly method: string,
    readonly path: string,
  ) {
    super(message, { kind: 'server' });
    this.name = 'LivyProtocolError';
  }
}

/** Which deadline ran out: connecting, waiting for the reply's headers, or the whole request. */
export type TimeoutPhase = 'connect' | 'headers' | 'body' | 'deadline';

/**
 * A request ran out of time. Only a connect timeout proves the request was never sent;
 * after that, a write may have taken effect.
 */
export class LivyTimeoutError extends LivyNetworkError {
  constructor(
    readonly phase: TimeoutPhase,
    readonly timeoutMs: number,
    method: string,
    path: string,
    options?: ErrorOptions,
  ) {
    super(`${method} ${path}: ${describeTimeout(phase, timeoutMs)}`, method, path, `TIMEOUT_${phase.toUpperCase()}`, phase !== 'connect', {
      kind: 'deadline',
      ...options,
    });
    this.name = 'LivyTimeoutError';
  }
}

function describeTimeout(phase: TimeoutPhase, ms: number): string {
  const seconds = `${Math.round(ms / 100) / 10}s`;
  switch (phase) {
    case 'connect':
      return `could not connect within ${seconds}`;
    case 'headers':
      return `no reply within ${seconds} (the server took the request but did not answer)`;
    case 'body':
      return `the reply stalled for ${seconds}`;
    case 'deadline':
      return `the request did not complete within ${seconds}`;
  }
}
