import { HttpTransport, type TransportOptions } from './http-transport.js';
import { adaptSessionRequest, serverFeatures, type ServerFeatures } from './server-features.js';
import { pathSegment } from './path-segment.js';
import type { CompletionRequest, CreateBatchRequest, CreateSessionRequest, ExecuteStatementRequest } from './requests.js';
import { replySchemas } from './reply-schemas.js';
import type { Batch, BatchList, LivyVersion, LogPage, Session, SessionList, StateReply, Statement, StatementList } from './schemas.js';

export type LivyClientOptions = TransportOptions;

/** A batch or session: its numeric id, or (where Livy allows) its name. */
export type SessionRef = number | string;

export interface PageOptions {
  from?: number;
  size?: number;
  signal?: AbortSignal;
}

export interface LogOptions extends PageOptions {}

export interface RequestOptions {
  signal?: AbortSignal;
}

/**
 * A typed client for Apache Livy's REST API.
 *
 * ```ts
 * const livy = new LivyClient({ url: 'http://127.0.0.1:8998' });
 * const batch = await livy.batches.create({ file: 'hdfs:///jobs/pi.py' });
 * ```
 */
export class LivyClient {
  readonly http: HttpTransport;
  readonly batches: BatchesApi;
  readonly sessions: SessionsApi;

  constructor(options: LivyClientOptions) {
    this.http = new HttpTransport(options);
    this.batches = new BatchesApi(this.http);
    this.sessions = new SessionsApi(this.http, (signal) => this.features({ signal }));
  }

  /** `GET /version`: Livy's version, build and the user it runs as. */
  version(options: RequestOptions = {}): Promise<LivyVersion> {
    return this.http.call('GET', '/version', { schema: replySchemas.version, signal: options.signal });
  }

  private featuresOnce: Promise<ServerFeatures> | undefined;

  /** What this server's release can do (asked once per client with `GET /version`). */
  features(options: RequestOptions = {}): Promise<ServerFeatures> {
    this.featuresOnce ??= this.version(options).then((v) => serverFeatures(v.version));
    // A failed ask is not remembered: the next call asks again.
    this.featuresOnce.catch(() => (this.featuresOnce = undefined));
    return this.featuresOnce;
  }

  /** Releases pooled connections. */
  close(): Promise<void> {
    return this.http.close();
  }
}

function ref(id: SessionRef, what: 'batch' | 'session'): string {
  return pathSegment(id, what);
}

export class BatchesApi {
  constructor(private readonly http: HttpTransport) {}

  /**
   * `POST /batches`. Never retried: a lost reply may still have created the
   * batch (see `LivyNetworkError.maybeDelivered`).
   */
  create(request: CreateBatchRequest, options: RequestOptions = {}): Promise<Batch> {
    return this.http.call('POST', '/batches', { body: request, schema: replySchemas.batch, signal: options.signal });
  }

  list(options: PageOptions = {}): Promise<BatchList> {
    return this.http.call('GET', '/batches', {
      query: { from: options.from, size: options.size },
      schema: replySchemas.batchList,
      signal: options.signal,
    });
  }

  get(id: SessionRef, options: RequestOptions = {}): Promise<Batch> {
    return this.http.call('GET', `/batches/${ref(id, 'batch')}`, { schema: replySchemas.batch, signal: options.signal });
  }

  state(id: SessionRef, options: RequestOptions = {}): Promise<StateReply> {
    return this.http.call('GET', `/batches/${ref(id, 'batch')}/state`, { schema: replySchemas.stateReply, signal: options.signal });
  }

  /** `GET /batches/{id}/log`. Livy's default (no `from`) is the tail; `size: -1` is everything it kept. */
  log(id: SessionRef, options: LogOptions = {}): Promise<LogPage> {
    return this.http.call('GET', `/batches/${ref(id, 'batch')}/log`, {
      query: { from: options.from, size: options.size },
      schema: replySchemas.logPage,
      signal: options.signal,
    });
  }

  /** `DELETE /batches/{id}`: kills the job if it runs; Livy answers once it stopped. */
  async delete(id: SessionRef, options: RequestOptions = {}): Promise<void> {
    await this.http.call('DELETE', `/batches/${ref(id, 'batch')}`, { schema: replySchemas.message, signal: options.signal });
  }
}

export class SessionsApi {
  constructor(
    private readonly http: HttpTransport,
    private readonly features: (signal?: AbortSignal) => Promise<ServerFeatures> = async () => serverFeatures(''),
  ) {}

  /**
   * `POST /sessions`. A request with `idleTimeout` or `ttl` first asks the server's release
   * (once), because Livy 0.8 reads `ttl` as the idle timeout and has no `idleTimeout`.
   */
  async create(request: CreateSessionRequest, options: RequestOptions = {}): Promise<Session> {
    const body =
      request.idleTimeout !== undefined || request.ttl !== undefined
        ? adaptSessionRequest(request, await this.features(options.signal))
        : request;
    return this.http.call('POST', '/sessions', { body, schema: replySchemas.session, signal: options.signal });
  }

  list(options: PageOptions = {}): Promise<SessionList> {
    return this.http.call('GET', '/sessions', {
      query: { from: options.from, size: options.size },
      schema: replySchemas.sessionList,
      signal: options.signal,
    });
  }

  get(id: SessionRef, options: RequestOptions = {}): Promise<Session> {
    return this.http.call('GET', `/sessions/${ref(id, 'session')}`, { schema: replySchemas.session, signal: options.signal });
  }

  state(id: SessionRef, options: RequestOptions = {}): Promise<StateReply> {
    return this.http.call('GET', `/sessions/${ref(id, 'session')}/state`, { schema: replySchemas.stateReply, signal: options.signal });
  }

  log(id: SessionRef, options: LogOptions = {}): Promise<LogPage> {
    return this.http.call('GET', `/sessions/${ref(id, 'session')}/log`, {
      query: { from: options.from, size: options.size },
      schema: replySchemas.logPage,
      signal: options.signal,
    });
  }

  async delete(id: SessionRef, options: RequestOptions = {}): Promise<void> {
    await this.http.call('DELETE', `/sessions/${ref(id, 'session')}`, { schema: replySchemas.message, signal: options.signal });
  }

  /** Submits code; the reply is the statement in state `waiting`. Never retried. */
  submitStatement(id: SessionRef, request: ExecuteStatementRequest, options: RequestOptions = {}): Promise<Statement> {
    return this.http.call('POST', `/sessions/${ref(id, 'session')}/statements`, {
      body: request,
      schema: replySchemas.statement,
      signal: options.signal,
    });
  }

  getStatement(id: SessionRef, statementId: number, options: RequestOptions = {}): Promise<Statement> {
    return this.http.call('GET', `/sessions/${ref(id, 'session')}/statements/${statementId}`, {
      schema: replySchemas.statement,
      signal: options.signal,
    });
  }

  listStatements(id: SessionRef, options: PageOptions & { order?: 'desc' } = {}): Promise<StatementList> {
    return this.http.call('GET', `/sessions/${ref(id, 'session')}/statements`, {
      query: { from: options.from, size: options.size, order: options.order },
      schema: replySchemas.statementList,
      signal: options.signal,
    });
  }

  /** Asks Livy to cancel a running statement; poll it until `cancelled`. Safe to repeat. */
  async cancelStatement(id: SessionRef, statementId: number, options: RequestOptions = {}): Promise<void> {
    await this.http.call('POST', `/sessions/${ref(id, 'session')}/statements/${statementId}/cancel`, {
      schema: replySchemas.message,
      idempotent: true,
      signal: options.signal,
    });
  }

  /** Code completion candidates (Livy supports Scala and Python). */
  async complete(id: SessionRef, request: CompletionRequest, options: RequestOptions = {}): Promise<string[]> {
    const reply = await this.http.call('POST', `/sessions/${ref(id, 'session')}/completion`, {
      body: request,
      schema: replySchemas.completion,
      idempotent: true,
      signal: options.signal,
    });
    return reply.candidates;
  }

  /** Uploads a local file into the session: `jar` → upload-jar, `pyfile` → upload-pyfile, `file` → upload-file. */
  async upload(
    id: SessionRef,
    what: 'jar' | 'pyfile' | 'file',
    file: { name: string; content: Blob },
    options: RequestOptions = {},
  ): Promise<void> {
    // undici's FormData comes with its whole index: loaded only here.
    const { FormData } = await import('undici');
    const form = new FormData();
    form.append(what === 'jar' ? 'jar' : 'file', file.content, file.name);
    await this.http.call('POST', `/sessions/${ref(id, 'session')}/upload-${what}`, {
      form,
      signal: options.signal,
    });
  }
}
