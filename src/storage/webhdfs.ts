import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import type { AuthProvider } from '../client/auth.js';
import { trustedCas } from '../client/trusted-cas.js';

/*
 * A thin WebHDFS REST client (https://hadoop.apache.org/docs/stable/hadoop-project-dist/hadoop-hdfs/WebHDFS.html):
 * metadata from the NameNode, data through the DataNode the NameNode redirects to (307), simple
 * authentication with `user.name` or an AuthProvider (SPNEGO). It has no dependency on the CLI so
 * staging and tests can reuse it.
 */

/** TLS for https NameNodes, applied the same way to the DataNodes they redirect to. */
export interface WebHdfsTls {
  /** PEM CA certificate(s) trusted besides Node's built-in roots. */
  ca?: string | readonly string[];
  cert?: string;
  key?: string;
  rejectUnauthorized?: boolean;
}

export interface WebHdfsOptions {
  /** The NameNode's HTTP address, e.g. http://127.0.0.1:9870. */
  url: string;
  /** `user.name` for simple authentication (default: none; the server then uses its own default). */
  user?: string;
  /** Credentials for a secured cluster (SPNEGO); a 401 it accepts as a challenge is answered once. */
  auth?: AuthProvider;
  tls?: WebHdfsTls;
  /** Deadline for each metadata request, and the longest silence allowed during a transfer. Default 30 s. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface FileStatus {
  pathSuffix: string;
  type: 'FILE' | 'DIRECTORY' | 'SYMLINK';
  length: number;
  owner: string;
  group: string;
  /** Octal string, e.g. "644". */
  permission: string;
  modificationTime: number;
  replication: number;
  blockSize: number;
}

/** A WebHDFS error: the server's RemoteException (exception name and message) or a transport failure. */
export class WebHdfsError extends Error {
  override name = 'WebHdfsError';
  constructor(
    message: string,
    /** HTTP status, when there was a response. */
    readonly status?: number,
    /** Hadoop's exception name, e.g. FileNotFoundException, FileAlreadyExistsException. */
    readonly exception?: string,
  ) {
    super(message);
  }
}

/** `hdfs:///a/b`, `hdfs://host:port/a/b`, `webhdfs://…` or `/a/b` → `/a/b`. Relative paths are refused. */
export function hdfsPathOf(pathOrUri: string): string {
  let path = pathOrUri;
  const m = /^(?:hdfs|webhdfs|swebhdfs):\/\/[^/]*(\/.*)?$/.exec(pathOrUri);
  if (m) path = m[1] ?? '/';
  if (!path.startsWith('/')) throw new WebHdfsError(`not an absolute HDFS path: '${pathOrUri}' (use /dir/file or hdfs:///dir/file)`);
  return path.replace(/\/{2,}/g, '/');
}

interface Response {
  status: number;
  headers: IncomingMessage['headers'];
  stream: IncomingMessage;
}

type Body = { kind: 'buffer'; data: Buffer } | { kind: 'file'; path: string; size: number; onBytes?: ((sent: number) => void) | undefined };

/** What every call may take besides its arguments. */
export interface CallOptions {
  /** Ends this call (in addition to the client's own signal). */
  signal?: AbortSignal;
}

export interface UploadFileOptions extends CallOptions {
  overwrite?: boolean;
  permission?: string;
  /** Called with the number of new bytes read from the file and sent. */
  onBytes?: (sent: number) => void;
}

export class WebHdfsClient {
  private readonly base: string;
  private readonly timeoutMs: number;

  constructor(private readonly options: WebHdfsOptions) {
    this.base = options.url.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** GETFILESTATUS; undefined when the path does not exist. */
  async status(path: string, call: CallOptions = {}): Promise<FileStatus | undefined> {
    try {
      const body = await this.json<{ FileStatus: FileStatus }>('GET', path, 'GETFILESTATUS', {}, call.signal);
      return body.FileStatus;
    } catch (err) {
      if (err instanceof WebHdfsError && err.exception === 'FileNotFoundException') return undefined;
      throw err;
    }
  }

  /** LISTSTATUS of a directory (a file lists itself). */
  async list(path: string, call: CallOptions = {}): Promise<FileStatus[]> {
    const body = await this.json<{ FileStatuses: { FileStatus: FileStatus[] } }>('GET', path, 'LISTSTATUS', {}, call.signal);
    return body.FileStatuses.FileStatus;
  }

  async mkdirs(path: string, permission?: string): Promise<void> {
    const body = await this.json<{ boolean: boolean }>('PUT', path, 'MKDIRS', permission ? { permission } : {});
    if (!body.boolean) throw new WebHdfsError(`could not create directory ${hdfsPathOf(path)}`);
  }

  async setPermission(path: string, permission: string): Promise<void> {
    await this.json('PUT', path, 'SETPERMISSION', { permission });
  }

  /** SETTIMES: the modification time, in ms since the epoch. */
  async setModificationTime(path: string, modificationTime: number): Promise<void> {
    await this.json('PUT', path, 'SETTIMES', { modificationtime: String(modificationTime) });
  }

  /** SETOWNER (the superuser's privilege). */
  async setOwner(path: string, owner: string, group?: string): Promise<void> {
    await this.json('PUT', path, 'SETOWNER', { owner, ...(group ? { group } : {}) });
  }

  /** DELETE; false when there was nothing to delete (or a directory was not empty and not `recursive`). */
  async delete(path: string, recursive = false, call: CallOptions = {}): Promise<boolean> {
    const body = await this.json<{ boolean: boolean }>('DELETE', path, 'DELETE', { recursive: String(recursive) }, call.signal);
    return body.boolean;
  }

  /** RENAME; false when HDFS declined (the destination exists, or its parent does not). */
  async rename(path: string, destination: string, call: CallOptions = {}): Promise<boolean> {
    const body = await this.json<{ boolean: boolean }>('PUT', path, 'RENAME', { destination: hdfsPathOf(destination) }, call.signal);
    return body.boolean;
  }

  /** CREATE from memory. */
  async write(path: string, data: Buffer | string, options: { overwrite?: boolean; permission?: string } = {}): Promise<void> {
    await this.create(path, { kind: 'buffer', data: Buffer.isBuffer(data) ? data : Buffer.from(data) }, options);
  }

  /** CREATE from a local file, streamed. */
  async upload(localFile: string, path: string, options: UploadFileOptions = {}): Promise<void> {
    await this.create(path, { kind: 'file', path: localFile, size: statSync(localFile).size, onBytes: options.onBytes }, options);
  }

  /** OPEN: the file's content as a stream (follows the redirect to the DataNode). */
  async openStream(path: string): Promise<Readable> {
    const first = await this.send('GET', this.url(path, 'OPEN'));
    const res = first.status === 307 ? await this.send('GET', this.location(first)) : first;
    if (res.status !== 200) throw await this.failure(res, 'OPEN', path);
    return res.stream;
  }

  /** OPEN into memory. */
  async read(path: string): Promise<Buffer> {
    const stream = await this.openStream(path);
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  }

  private async create(path: string, body: Body, options: UploadFileOptions): Promise<void> {
    const params: Record<string, string> = { overwrite: String(options.overwrite ?? false) };
    if (options.permission) params.permission = options.permission;
    // The NameNode answers 307 with the DataNode that takes the data; the body goes there only.
    const first = await this.send('PUT', this.url(path, 'CREATE', params), undefined, options.signal);
    if (first.status !== 307) {
      if (first.status >= 400) throw await this.failure(first, 'CREATE', path);
      first.stream.resume();
      throw new WebHdfsError(`CREATE ${hdfsPathOf(path)}: expected a redirect to a DataNode, got HTTP ${first.status}`, first.status);
    }
    first.stream.resume();
    const res = await this.send('PUT', this.location(first), body, options.signal);
    if (res.status !== 201 && res.status !== 200) throw await this.failure(res, 'CREATE', path);
    res.stream.resume();
  }

  private url(path: string, op: string, params: Record<string, string> = {}): string {
    const encoded = hdfsPathOf(path).split('/').map(encodeURIComponent).join('/');
    const q = new URLSearchParams({ op, ...params });
    if (this.options.user) q.set('user.name', this.options.user);
    return `${this.base}/webhdfs/v1${encoded}?${q}`;
  }

  private location(res: Response): string {
    res.stream.resume();
    const loc = res.headers.location;
    if (!loc) throw new WebHdfsError('the NameNode redirected without a Location', res.status);
    return new URL(loc, this.base).toString();
  }

  private async json<T>(method: string, path: string, op: string, params: Record<string, string> = {}, signal?: AbortSignal): Promise<T> {
    const res = await this.send(method, this.url(path, op, params), undefined, signal);
    if (res.status !== 200) throw await this.failure(res, op, path);
    const text = await readAll(res.stream);
    // SETPERMISSION and a few other operations answer 200 with an empty body.
    if (!text.trim()) return {} as T;
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new WebHdfsError(`${op} ${hdfsPathOf(path)}: the server's answer is not JSON`, res.status);
    }
  }

  private async failure(res: Response, op: string, path: string): Promise<WebHdfsError> {
    const text = await readAll(res.stream).catch(() => '');
    let exception: string | undefined;
    let message = text.trim().split('\n')[0]?.slice(0, 300) || `HTTP ${res.status}`;
    try {
      const remote = (JSON.parse(text) as { RemoteException?: { exception?: string; message?: string } }).RemoteException;
      if (remote) {
        exception = remote.exception;
        message = (remote.message ?? '').split('\n')[0] || exception || message;
      }
    } catch {
      /* not JSON */
    }
    return new WebHdfsError(`${op} ${hdfsPathOf(path)}: ${exception ? `${exception}: ` : ''}${message}`, res.status, exception);
  }

  /** One request; a 401 the auth provider takes as a challenge is sent once more with its new headers. */
  private async send(method: string, url: string, body?: Body, signal?: AbortSignal): Promise<Response> {
    const target = new URL(url);
    const auth = this.options.auth;
    const res = await this.sendOnce(method, target, body, signal, auth ? await auth.headers({ method, url: target }) : {});
    if (res.status !== 401 || !auth?.onChallenge) return res;
    const challenge = res.headers['www-authenticate'];
    if (!(await auth.onChallenge({ wwwAuthenticate: Array.isArray(challenge) ? challenge.join(', ') : challenge, url: target })))
      return res;
    res.stream.resume();
    return this.sendOnce(method, target, body, signal, await auth.headers({ method, url: target }));
  }

  private async sendOnce(
    method: string,
    target: URL,
    body: Body | undefined,
    callSignal: AbortSignal | undefined,
    authHeaders: Record<string, string>,
  ): Promise<Response> {
    const https = target.protocol === 'https:';
    const mod = https ? await import('node:https') : await import('node:http');
    const headers: Record<string, string | number> = { ...authHeaders };
    if (body) {
      headers['Content-Type'] = 'application/octet-stream';
      headers['Content-Length'] = body.kind === 'buffer' ? body.data.length : body.size;
    }
    const signals = [this.options.signal, callSignal].filter((s): s is AbortSignal => s !== undefined);
    const signal = signals.length > 1 ? AbortSignal.any(signals) : signals[0];
    const tls = https ? tlsRequestOptions(this.options.tls) : {};
    return new Promise<Response>((resolvePromise, reject) => {
      const req = mod.request(target, { method, headers, ...(signal ? { signal } : {}), ...tls }, (res) => {
        resolvePromise({ status: res.statusCode ?? 0, headers: res.headers, stream: res });
      });
      // No answer, or no progress of an upload, within the deadline ends the request.
      req.setTimeout(this.timeoutMs, () =>
        req.destroy(new WebHdfsError(`${method} ${target.origin}: no answer within ${Math.round(this.timeoutMs / 1000)} s`)),
      );
      req.on('error', (err) =>
        reject(err instanceof WebHdfsError ? err : new WebHdfsError(`${method} ${target.origin}${target.pathname}: ${err.message}`)),
      );
      if (!body) req.end();
      else if (body.kind === 'buffer') req.end(body.data);
      else {
        const file = createReadStream(body.path, { highWaterMark: 1 << 20 });
        file.on('error', (err) => req.destroy(err));
        const onBytes = body.onBytes;
        if (onBytes) file.on('data', (chunk) => onBytes(chunk.length));
        req.on('close', () => file.destroy());
        file.pipe(req);
      }
    });
  }
}

function tlsRequestOptions(tls: WebHdfsTls | undefined): Record<string, unknown> {
  if (!tls) return {};
  return {
    ...(tls.ca !== undefined ? { ca: trustedCas(tls.ca) } : {}),
    ...(tls.cert !== undefined ? { cert: tls.cert } : {}),
    ...(tls.key !== undefined ? { key: tls.key } : {}),
    rejectUnauthorized: tls.rejectUnauthorized ?? true,
  };
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
