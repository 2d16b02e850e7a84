import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * What the fake does to a request instead of (or after) answering it normally.
 * - `hang`: takes the request and never answers.
 * - `trickle`: sends headers, then one byte of the body every `everyMs`, forever.
 * - `reset`: closes the connection without a reply; nothing was done.
 * - `lost-reply`: does what was asked (e.g. creates the batch), then closes the connection.
 * - `status`: answers with this status, body and headers (e.g. 429 with Retry-After); nothing done.
 * - `after-status`: does what was asked, then answers with this status (a proxy's 504, a garbled 201).
 * - `echo`: answers `status` with a body that echoes the request's headers, as some servers do.
 */
export type Fault =
  | { kind: 'hang' }
  | { kind: 'trickle'; everyMs: number }
  | { kind: 'reset' }
  | { kind: 'lost-reply' }
  | { kind: 'status'; status: number; body?: string; json?: unknown; headers?: Record<string, string> }
  | { kind: 'after-status'; status: number; body?: string; contentType?: string }
  | { kind: 'echo'; status: number };

export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface FakeBatch {
  id: number;
  name: string | null;
  owner: string | null;
  proxyUser: string | null;
  state: string;
  appId: string | null;
  /** States the batch goes through, one per poll (`GET /batches/{id}` or its `/state`); the last one stays. */
  script: string[];
  /** The last request for it was a state poll. */
  stateJustPolled?: boolean;
  stdout: string[];
  stderr: string[];
}

interface FaultRule {
  method: string;
  path: RegExp;
  fault: Fault;
  times: number;
}

const DEFAULT_SCRIPT = ['starting', 'running', 'running', 'success'];

/**
 * A scriptable Livy 0.9 on 127.0.0.1 for fault injection: it keeps batches like Livy does
 * (ids from a counter, names unique, state advancing on each poll) and misbehaves on demand
 * (`fault`), or restarts forgetting everything (`restart`), so that ids are reused.
 */
export class FaultLivy {
  readonly requests: SeenRequest[] = [];
  readonly batches = new Map<number, FakeBatch>();
  url = '';
  /** States each new batch goes through. */
  script = DEFAULT_SCRIPT;
  /** Owner given to batches created through POST. */
  owner: string | null = 'me';
  private nextId = 0;
  private rules: FaultRule[] = [];
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private posted: () => void = () => undefined;
  private readonly firstPost = new Promise<void>((resolve) => (this.posted = resolve));

  /** Misbehave on the next `times` requests matching method and path (a string is matched exactly). */
  fault(method: string, path: string | RegExp, fault: Fault, times = Infinity): this {
    const pattern = typeof path === 'string' ? new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : path;
    this.rules.push({ method, path: pattern, fault, times });
    return this;
  }

  /** Behave again. */
  clearFaults(): void {
    this.rules = [];
  }

  /** A batch created by somebody else, under the next id. */
  addBatch(fields: Partial<FakeBatch> = {}): FakeBatch {
    const batch: FakeBatch = {
      id: this.nextId++,
      name: null,
      owner: 'someone-else',
      proxyUser: null,
      state: 'starting',
      appId: null,
      script: [...this.script],
      stdout: [],
      stderr: [],
      ...fields,
    };
    this.batches.set(batch.id, batch);
    return batch;
  }

  /** A Livy restart without recovery: every batch forgotten, ids counted from 0 again. */
  restart(): void {
    this.batches.clear();
    this.nextId = 0;
  }

  /** Resolves when the first POST /batches arrived (whatever the fault does to it). */
  postArrived(): Promise<void> {
    return this.firstPost;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const path = new URL(req.url ?? '/', 'http://fake').pathname;
    const request: SeenRequest = { method: req.method ?? 'GET', path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
    this.requests.push(request);
    if (request.method === 'POST' && path === '/batches') this.posted();

    const rule = this.rules.find((r) => r.times > 0 && r.method === request.method && r.path.test(path));
    if (rule) rule.times--;
    const fault = rule?.fault;
    switch (fault?.kind) {
      case 'hang':
        return;
      case 'trickle': {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{');
        const timer = setInterval(() => res.write(' '), fault.everyMs);
        this.timers.add(timer);
        res.on('close', () => clearInterval(timer));
        return;
      }
      case 'reset':
        req.socket.destroy();
        return;
      case 'status':
        send(res, fault.status, fault.json !== undefined ? JSON.stringify(fault.json) : (fault.body ?? ''), {
          'content-type': fault.json !== undefined ? 'application/json' : 'text/plain',
          ...fault.headers,
        });
        return;
      case 'echo':
        send(res, fault.status, JSON.stringify({ msg: `bad request; you sent ${JSON.stringify(req.headers)}` }));
        return;
      default:
        break;
    }
    const [status, body] = this.route(request);
    if (fault?.kind === 'lost-reply') {
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'after-status') {
      send(res, fault.status, fault.body ?? '', { 'content-type': fault.contentType ?? 'text/plain' });
      return;
    }
    send(res, status, JSON.stringify(body));
  }

  private route(request: SeenRequest): [number, unknown] {
    const { method, path } = request;
    if (method === 'GET' && path === '/version') return [200, { version: '0.9.0-incubating' }];
    if (method === 'GET' && path === '/batches')
      return [200, { from: 0, total: this.batches.size, sessions: [...this.batches.values()].map(view) }];
    if (method === 'POST' && path === '/batches') return this.create(request.body);
    const match = /^\/batches\/([^/]+)(\/state|\/log)?$/.exec(path);
    const batch = match ? this.find(decodeURIComponent(match[1]!)) : undefined;
    if (!match || !batch) return [404, { msg: `Session '${match?.[1] ?? path}' not found.` }];
    if (method === 'DELETE' && !match[2]) {
      this.batches.delete(batch.id);
      return [200, { msg: 'deleted' }];
    }
    if (method !== 'GET') return [405, { msg: 'method not allowed' }];
    if (match[2] === '/log') {
      const log = ['stdout: ', ...batch.stdout, '\nstderr: ', ...batch.stderr];
      return [200, { id: batch.id, from: 0, total: log.length, log }];
    }
    // A state poll sees the next step; the full view read right after it shows the same one.
    if (match[2] === '/state' || !batch.stateJustPolled) this.advance(batch);
    batch.stateJustPolled = match[2] === '/state';
    if (match[2] === '/state') return [200, { id: batch.id, state: batch.state }];
    return [200, view(batch)];
  }

  private advance(batch: FakeBatch): void {
    const next = batch.script.shift();
    if (next === undefined) return;
    batch.state = next;
    if (next !== 'starting' && !batch.appId) batch.appId = `local-${1000 + batch.id}-${Math.random().toString(36).slice(2, 6)}`;
  }

  private create(body: string): [number, unknown] {
    const request = JSON.parse(body) as { name?: string };
    if (request.name !== undefined && [...this.batches.values()].some((b) => b.name === request.name)) {
      return [400, { msg: `requirement failed: Duplicate session name: ${request.name}` }];
    }
    const batch = this.addBatch({ name: request.name ?? null, owner: this.owner });
    return [201, view(batch)];
  }

  private find(ref: string): FakeBatch | undefined {
    if (/^\d+$/.test(ref)) return this.batches.get(Number(ref));
    return [...this.batches.values()].find((b) => b.name === ref);
  }
}

function view(batch: FakeBatch): Record<string, unknown> {
  return {
    id: batch.id,
    name: batch.name,
    owner: batch.owner,
    proxyUser: batch.proxyUser,
    state: batch.state,
    appId: batch.appId,
    appInfo: { driverLogUrl: null, sparkUiUrl: null },
    log: batch.stdout.slice(-10),
  };
}

function send(
  res: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
): void {
  res.writeHead(status, headers);
  res.end(body);
}
