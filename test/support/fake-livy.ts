import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the fake server saw it. */
export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
  /** Which connection it came on: 1 for the server's first, and so on. */
  connection: number;
}

export interface FakeReply {
  status?: number;
  /** Sent as JSON with `application/json`. */
  json?: unknown;
  /** Sent verbatim (with `contentType`). */
  body?: string;
  contentType?: string;
  headers?: Record<string, string | string[]>;
  /** Drop the connection without answering (the request did arrive). */
  destroy?: boolean;
}

export type FakeHandler = (request: FakeRequest) => FakeReply | Promise<FakeReply>;

interface Route {
  method: string;
  pattern: RegExp;
  handler: FakeHandler;
}

/**
 * An in-process HTTP server on 127.0.0.1 for unit tests of the client and the
 * CLI. Routes are matched newest first; unmatched requests get 404.
 */
export class FakeLivy {
  readonly requests: FakeRequest[] = [];
  private readonly routes: Route[] = [];
  private server: Server | undefined;
  private readonly connections = new WeakMap<object, number>();
  private connectionCount = 0;
  url = '';

  on(method: string, path: string | RegExp, handler: FakeHandler | FakeReply): this {
    const pattern = typeof path === 'string' ? new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : path;
    this.routes.unshift({ method, pattern, handler: typeof handler === 'function' ? handler : () => handler });
    return this;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private connectionOf(socket: object): number {
    if (!this.connections.has(socket)) this.connections.set(socket, ++this.connectionCount);
    return this.connections.get(socket)!;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://fake');
    const request: FakeRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
      connection: this.connectionOf(req.socket),
    };
    this.requests.push(request);
    const route = this.routes.find((r) => r.method === request.method && r.pattern.test(request.path));
    const reply: FakeReply = route ? await route.handler(request) : { status: 404, json: { msg: `no route ${request.path}` } };
    if (reply.destroy) {
      req.socket.destroy();
      return;
    }
    const body = reply.json !== undefined ? JSON.stringify(reply.json) : (reply.body ?? '');
    res.writeHead(reply.status ?? 200, {
      'content-type': reply.json !== undefined ? 'application/json' : (reply.contentType ?? 'text/plain'),
      ...reply.headers,
    });
    res.end(body);
  }
}

/** A batch view as Livy 0.9 sends it. */
export function batchView(id: number, state: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    name: null,
    owner: null,
    proxyUser: null,
    state,
    appId: null,
    appInfo: { driverLogUrl: null, sparkUiUrl: null },
    log: [],
    ...extra,
  };
}
