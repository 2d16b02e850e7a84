import { anySignal } from 'any-signal';
import type { Dispatcher, FormData } from 'undici';
import type { ZodType } from 'zod';
import type { AuthProvider } from './auth.js';
import { backoffDelay, sleep, type BackoffOptions } from './backoff.js';
import { systemClock } from './clock.js';
import { errorMessageFromBody } from './error-body.js';
import type { ExchangeReply, HttpExchange } from './http-exchange.js';
import type { LazySchema } from './reply-schemas.js';
import { LivyError, LivyHttpError, LivyNetworkError, LivyProtocolError, LivyTimeoutError } from './errors.js';
import { redactBody, redactHeaders } from './redact.js';
import { retryAfterMs } from './retry-after.js';
import { DEFAULT_TIMEOUTS, type Timeouts } from './timeouts.js';

export { DEFAULT_TIMEOUTS, type Timeouts } from './timeouts.js';

export interface RetryOptions extends BackoffOptions {
  /** Extra attempts after the first, for idempotent requests only. */
  retries: number;
  /**
   * Total time, in ms, a request may spend in retries (waits between attempts included);
   * no retry starts that would end past it. Unlimited when omitted.
   */
  budgetMs?: number;
}

/**
 * GETs are retried 4 times (about 3 s of backoff), or as `Retry-After` asks within 8 s: enough
 * for a proxy's hiccup, short enough that a server that is down is said so promptly. Waits ride
 * out longer outages on their own (see `waitForBatch`).
 */
export const DEFAULT_RETRY: RetryOptions = { retries: 4, baseMs: 250, maxMs: 4000, budgetMs: 8_000 };

/** What `--verbose` and debugging hooks see of each request; secrets are already redacted. */
export interface RequestEvent {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: unknown;
}

export interface RetryEvent {
  method: string;
  path: string;
  attempt: number;
  delayMs: number;
  error: LivyError;
}

export interface TransportOptions {
  /** Base URL, possibly with a gateway path prefix: `https://gw:8443/gateway/default/livy/v1`. */
  url: string;
  /** Extra headers sent on every request (e.g. from `--header`). */
  headers?: Record<string, string>;
  auth?: AuthProvider;
  /** Any undici dispatcher: a MockAgent in tests, an Agent with TLS options in production. */
  dispatcher?: Dispatcher;
  /**
   * The HTTP stack, instead of undici's (`dispatcher`): e.g. `nodeHttpExchange`, which the CLI
   * uses. Its owner closes it.
   */
  exchange?: HttpExchange;
  retry?: RetryOptions;
  /** Value of `X-Requested-By`, sent on every non-GET request for Livy's CSRF filter. */
  requestedBy?: string;
  onRequest?: (event: RequestEvent) => void;
  onRetry?: (event: RetryEvent) => void;
  /** Per-request deadlines; each one given replaces its default. */
  timeouts?: Partial<Timeouts>;
  /** Aborts every request made through this transport (e.g. on Ctrl-C), in addition to each call's own signal. */
  signal?: AbortSignal;
}

export interface CallOptions<T> {
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** Validates the reply; omit when the reply is ignored. A `LazySchema` loads zod only when it must. */
  schema?: ZodType<T> | LazySchema<T>;
  /** Whether a lost reply may be retried; true by default for GET only. */
  idempotent?: boolean;
  signal?: AbortSignal;
  /** Multipart body, for Livy's upload endpoints. */
  form?: FormData;
}

const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);
// Failures where the request cannot have reached the server.
const NOT_DELIVERED_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'TIMEOUT_CONNECT',
]);
// TLS handshake failures: the request itself was never sent.
const TLS_CODE = /CERT|SSL|TLS|UNABLE_TO_VERIFY|EPROTO/;
// Failures that will not heal by retrying.
const PERMANENT_CODES = new Set(['ENOTFOUND', 'ERR_INVALID_URL', 'UND_ERR_DESTROYED', 'UND_ERR_CLOSED']);

/** All HTTP to Livy goes through here: headers, auth, retries, error shapes, validation. */
export class HttpTransport {
  readonly baseUrl: URL;
  /** The given exchange, or undici's, loaded with the first request (see `exchangeFor`). */
  private exchange: HttpExchange | Promise<HttpExchange> | undefined;
  private readonly retry: RetryOptions;
  readonly timeouts: Timeouts;
  /** Cuts the requests still in flight when `close()` runs out of patience. */
  private readonly closing = new AbortController();

  constructor(private readonly options: TransportOptions) {
    this.baseUrl = parseBaseUrl(options.url);
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...definedOnly(options.timeouts ?? {}) };
    this.exchange = options.exchange;
    this.retry = options.retry ?? DEFAULT_RETRY;
  }

  async call<T = unknown>(method: string, path: string, options: CallOptions<T> = {}): Promise<T> {
    const idempotent = options.idempotent ?? method === 'GET';
    // Cleared at the end: the client's own signals live as long as it does, and a link left on them
    // per call would add up in a long-lived process (as AbortSignal.any's do on Node 20).
    const signal = anySignal([options.signal, this.options.signal, this.closing.signal]);
    // One request's retry pauses, like its deadlines, stay on real timers (not a `Clock`): they
    // pace a connection, and a virtual clock would not advance while a request is in flight.
    const started = Date.now();
    let timedOut = false;
    try {
      for (let attempt = 0; ; attempt++) {
        try {
          return await this.once(method, path, { ...options, signal });
        } catch (error) {
          if (!idempotent || attempt >= this.retry.retries || !isRetryable(error) || signal.aborted) throw error;
          // A server that stalled twice in a row is not coming back within a request's patience.
          if (error instanceof LivyTimeoutError && error.phase !== 'connect') {
            if (timedOut) throw error;
            timedOut = true;
          }
          const asked = error instanceof LivyHttpError ? retryAfterMs(error.headers['retry-after']) : undefined;
          const delayMs = Math.max(backoffDelay(attempt, this.retry), asked ?? 0);
          if (this.retry.budgetMs !== undefined && Date.now() - started + delayMs > this.retry.budgetMs) throw error;
          this.options.onRetry?.({ method, path, attempt: attempt + 1, delayMs, error: error as LivyError });
          await sleep(delayMs, signal);
        }
      }
    } finally {
      signal.clear();
    }
  }

  /**
   * Releases pooled connections. Requests still in flight (a server that never answers)
   * are cut rather than waited for, so closing never hangs.
   */
  async close(): Promise<void> {
    const cut = (): void => this.closing.abort(new LivyError('the client was closed while the request was under way'));
    // A given exchange is its owner's to close; undici's, once loaded, is closed here.
    if (this.options.exchange || !this.exchange) return;
    await (await this.exchange).close(cut);
  }

  private exchangeFor(): HttpExchange | Promise<HttpExchange> {
    this.exchange ??= import('./undici-exchange.js').then(({ undiciExchange }) =>
      undiciExchange(this.options.dispatcher, this.timeouts.connectMs),
    );
    return this.exchange;
  }

  private async once<T>(method: string, path: string, options: CallOptions<T>, challenged = false): Promise<T> {
    const url = this.urlFor(path, options.query);
    const headers = await this.headersFor(method, url, options);
    const body = options.form ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    this.options.onRequest?.({ method, url: url.toString(), headers: redactHeaders(headers), body: redactBody(options.body) });

    const { replyMs, requestMs } = this.timeouts;
    using deadline = systemClock.deadline(requestMs);
    const signal = anySignal([options.signal, deadline.signal]);
    const fail = (error: unknown): never => this.failure(error, options.signal, deadline.signal, method, path);

    let text: string;
    let response: ExchangeReply;
    try {
      response = await (await this.exchangeFor()).send(url, { method, headers, ...(body !== undefined ? { body } : {}), signal, replyMs });
      text = await response.text();
    } catch (error) {
      return fail(error);
    } finally {
      signal.clear();
    }
    const contentType = headerValue(response.headers['content-type']);

    if (response.statusCode === 401 && !challenged && this.options.auth?.onChallenge) {
      const retry = await this.options.auth.onChallenge({
        wwwAuthenticate: headerValue(response.headers['www-authenticate']),
        url,
      });
      if (retry) return this.once(method, path, options, true);
    }
    if (response.statusCode < 200 || response.statusCode >= 300) {
      throw new LivyHttpError(
        response.statusCode,
        errorMessageFromBody(text, contentType),
        method,
        path,
        pickHeaders(response.headers, ['www-authenticate', 'location', 'retry-after']),
      );
    }
    if (!options.schema) return undefined as T;
    return parseReply(text, options.schema, method, path);
  }

  /**
   * GET of a link the server handed out (a driver log on a NodeManager, a Spark UI page) with this
   * transport's TLS settings, headers and deadlines. Credentials go only to Livy's own origin: a
   * link elsewhere gets the request without them. The body comes back as bytes, for any status.
   */
  async getLink(link: string, options: { signal?: AbortSignal } = {}): Promise<{ status: number; body: Buffer }> {
    let url: URL;
    try {
      url = new URL(link);
    } catch {
      throw new LivyError(`not a URL: '${link}'`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new LivyError(`not an http(s) link: '${link}'`);
    // headersFor gives Livy's own requests their extra headers and credentials: only Livy's origin gets them.
    const headers = url.origin === this.baseUrl.origin ? await this.headersFor('GET', url, {}) : {};
    headers.accept = 'text/plain, application/json';
    const path = url.pathname;
    this.options.onRequest?.({ method: 'GET', url: url.toString(), headers: redactHeaders(headers), body: undefined });
    const { replyMs, requestMs } = this.timeouts;
    using deadline = systemClock.deadline(requestMs);
    const callSignal = anySignal([options.signal, this.options.signal, this.closing.signal]);
    const signal = anySignal([callSignal, deadline.signal]);
    try {
      const response = await (await this.exchangeFor()).send(url, { method: 'GET', headers, signal, replyMs });
      return { status: response.statusCode, body: await response.bytes() };
    } catch (error) {
      return this.failure(error, callSignal, deadline.signal, 'GET', path);
    } finally {
      signal.clear();
      callSignal.clear();
    }
  }

  /** A failed request as the error to throw: the caller's abort reason, the whole-request deadline, or what the network said. */
  private failure(error: unknown, callSignal: AbortSignal | undefined, deadline: AbortSignal, method: string, path: string): never {
    if (callSignal?.aborted) throw callSignal.reason ?? error;
    if (deadline.aborted) throw new LivyTimeoutError('deadline', this.timeouts.requestMs, method, path, { cause: error });
    throw toNetworkError(error, method, path, this.timeouts);
  }

  private urlFor(path: string, query: CallOptions<unknown>['query']): URL {
    const url = new URL(this.baseUrl.toString());
    url.pathname = `${this.baseUrl.pathname.replace(/\/+$/, '')}${path}`;
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    return url;
  }

  private async headersFor(method: string, url: URL, options: CallOptions<unknown>): Promise<Record<string, string>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    for (const [name, value] of Object.entries(this.options.headers ?? {})) headers[name.toLowerCase()] = value;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET' && method !== 'HEAD') headers['x-requested-by'] ??= this.options.requestedBy ?? 'livy-cli';
    if (this.options.auth) Object.assign(headers, await this.options.auth.headers({ method, url }));
    return headers;
  }
}

function parseBaseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new LivyError(`Invalid Livy URL '${raw}': expected something like http://livy-host:8998`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new LivyError(`Invalid Livy URL '${raw}': only http and https are supported`);
  }
  url.search = '';
  url.hash = '';
  return url;
}

async function parseReply<T>(text: string, schema: ZodType<T> | LazySchema<T>, method: string, path: string): Promise<T> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const preview = text.trim().slice(0, 80).replace(/\s+/g, ' ');
    throw new LivyProtocolError(
      `${method} ${path}: the server's reply is not JSON (${preview ? `starts with '${preview}'` : 'empty'}); is the URL a Livy server?`,
      method,
      path,
    );
  }
  let zod: ZodType<T>;
  if ('load' in schema) {
    const quick = schema.quick?.(json);
    if (quick) return quick.value;
    zod = await schema.load();
  } else {
    zod = schema;
  }
  const result = zod.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'reply';
    throw new LivyProtocolError(
      `${method} ${path}: unexpected reply from the server (${where}: ${issue?.message ?? 'invalid'})`,
      method,
      path,
    );
  }
  return result.data;
}

const TIMEOUT_PHASES: Record<string, { phase: 'connect' | 'headers' | 'body'; of: keyof Timeouts }> = {
  UND_ERR_CONNECT_TIMEOUT: { phase: 'connect', of: 'connectMs' },
  UND_ERR_HEADERS_TIMEOUT: { phase: 'headers', of: 'replyMs' },
  UND_ERR_BODY_TIMEOUT: { phase: 'body', of: 'replyMs' },
};

function toNetworkError(error: unknown, method: string, path: string, timeouts: Timeouts): LivyNetworkError {
  const code = errorCode(error);
  const timeout = code ? TIMEOUT_PHASES[code] : undefined;
  if (timeout) return new LivyTimeoutError(timeout.phase, timeouts[timeout.of], method, path, { cause: error });
  const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
  return new LivyNetworkError(
    `${method} ${path}: ${reason}`,
    method,
    path,
    code,
    !(code && (NOT_DELIVERED_CODES.has(code) || TLS_CODE.test(code))),
    { cause: error },
  );
}

function errorCode(error: unknown): string | undefined {
  for (let current: unknown = error; current; current = (current as { cause?: unknown }).cause) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    if (!(current instanceof Error)) break;
  }
  return undefined;
}

function isRetryable(error: unknown): boolean {
  if (error instanceof LivyHttpError) return RETRYABLE_STATUS.has(error.status);
  if (error instanceof LivyNetworkError) {
    if (error.code && (PERMANENT_CODES.has(error.code) || TLS_CODE.test(error.code))) return false;
    return true;
  }
  return false;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

function pickHeaders(headers: ExchangeReply['headers'], names: string[]): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of names) {
    const value = headerValue(headers[name]);
    if (value !== undefined) picked[name] = value;
  }
  return picked;
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
