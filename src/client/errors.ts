/** One family of errors for everything the client can meet talking to Livy. */
export class LivyError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
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
    super(`${method} ${path} failed: HTTP ${status}${serverMessage ? `: ${serverMessage}` : ''}`);
    this.name = 'LivyHttpError';
  }
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
    options?: ErrorOptions,
  ) {
    super(message, options);
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
    super(message);
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
    super(`${method} ${path}: ${describeTimeout(phase, timeoutMs)}`, method, path, `TIMEOUT_${phase.toUpperCase()}`, phase !== 'connect', options);
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
