import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A session as the fake keeps it. */
export interface FaultSession {
  id: number;
  name: string | null;
  kind: string;
  state: string;
  appId: string;
  /** Polls of GET /sessions/{id} before it is idle. */
  pollsToIdle: number;
  statements: FaultStatement[];
}

interface FaultStatement {
  id: number;
  code: string;
  state: string;
  /** Polls before it is available; Infinity for code containing `sleep`. */
  pollsLeft: number;
}

export interface SeenRequest {
  method: string;
  path: string;
  body: string;
}

/**
 * A scriptable fake Livy on 127.0.0.1 for session fault injection: sessions start after a
 * poll, statements containing `sleep` run until cancelled, and the knobs below break things
 * the way real servers and networks do.
 */
export class SessionFaultsServer {
  readonly sessions = new Map<number, FaultSession>();
  readonly requests: SeenRequest[] = [];
  nextId = 0;
  url = '';

  /** Every request has its connection dropped (a server or network outage). */
  down = false;
  /** How a cancel goes wrong: `ignored` answers but the statement runs on; `hangs` never answers. */
  cancel: 'works' | 'ignored' | 'hangs' = 'works';
  /** What `POST /sessions` does after creating the session. */
  create: 'replies' | 'drops-reply' | 'hangs' | 'drops-reply-then-down' = 'replies';
  /** Accept a name another session has (Livy refuses it; a server that forgot the older one would not). */
  allowDuplicateNames = false;
  /** `DELETE /sessions/{id}` answers this status instead of deleting (e.g. 500). */
  deleteStatus: number | undefined;
  /** Called for every request before it is handled (after it was recorded). */
  onRequest: ((request: SeenRequest) => void) | undefined;

  private server: Server | undefined;
  private readonly hanging = new Set<ServerResponse>();

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** A restart without recovery: every session forgotten, ids counted from 0 again. */
  restart(): void {
    this.sessions.clear();
    this.nextId = 0;
  }

  /** Adds an idle session (someone else's, or one to attach to). */
  addSession(name: string | null, kind = 'pyspark'): FaultSession {
    const id = this.nextId++;
    const session: FaultSession = { id, name, kind, state: 'idle', appId: `app-${id}-${name ?? 'anon'}`, pollsToIdle: 0, statements: [] };
    this.sessions.set(id, session);
    return session;
  }

  requestsTo(method: string, pattern: RegExp): SeenRequest[] {
    return this.requests.filter((r) => r.method === method && pattern.test(r.path));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request: SeenRequest = {
      method: req.method ?? 'GET',
      path: new URL(req.url ?? '/', 'http://fake').pathname,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    this.requests.push(request);
    this.onRequest?.(request);
    if (this.down) {
      req.socket.destroy();
      return;
    }
    const reply = this.route(request);
    if (reply === 'drop') {
      req.socket.destroy();
      return;
    }
    if (reply === 'hang') {
      this.hanging.add(res);
      return;
    }
    res.writeHead(reply.status ?? 200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(reply.json));
  }

  private route(request: SeenRequest): { status?: number; json: unknown } | 'drop' | 'hang' {
    const { method, path } = request;
    const parts = path.split('/').filter(Boolean);
    if (parts[0] !== 'sessions') return { status: 404, json: { msg: 'no such route' } };
    if (parts.length === 1 && method === 'POST') return this.createSession(JSON.parse(request.body) as Record<string, unknown>);
    if (parts.length === 1 && method === 'GET') {
      const all = [...this.sessions.values()].map((s) => this.view(s));
      return { json: { from: 0, total: all.length, sessions: all } };
    }
    const ref = decodeURIComponent(parts[1]!);
    const session = /^\d+$/.test(ref) ? this.sessions.get(Number(ref)) : [...this.sessions.values()].find((s) => s.name === ref);
    if (!session) return { status: 404, json: { msg: `Session '${ref}' not found.` } };
    if (parts.length === 2 && method === 'GET') {
      if (session.state === 'starting' && session.pollsToIdle-- <= 0) session.state = 'idle';
      return { json: this.view(session) };
    }
    if (parts.length === 2 && method === 'DELETE') {
      if (this.deleteStatus !== undefined) return { status: this.deleteStatus, json: { msg: 'internal error' } };
      this.sessions.delete(session.id);
      return { json: { msg: 'deleted' } };
    }
    if (parts[2] !== 'statements') return { status: 404, json: { msg: 'no such route' } };
    if (parts.length === 3 && method === 'POST') {
      const { code } = JSON.parse(request.body) as { code: string };
      const statement: FaultStatement = {
        id: session.statements.length,
        code,
        state: 'waiting',
        pollsLeft: code.includes('sleep') ? Infinity : 1,
      };
      session.statements.push(statement);
      session.state = 'busy';
      return { status: 201, json: this.statementView(statement) };
    }
    const statement = session.statements[Number(parts[3])];
    if (!statement) return { status: 404, json: { msg: 'Statement not found' } };
    if (parts.length === 4 && method === 'GET') {
      if (statement.state === 'cancelling' && this.cancel === 'works') statement.state = 'cancelled';
      else if (statement.state === 'waiting' || statement.state === 'running') {
        statement.state = statement.pollsLeft-- > 0 ? 'running' : 'available';
      }
      if (statement.state !== 'running' && statement.state !== 'waiting' && statement.state !== 'cancelling') session.state = 'idle';
      return { json: this.statementView(statement) };
    }
    if (parts[4] === 'cancel' && method === 'POST') {
      if (this.cancel === 'hangs') return 'hang';
      if (this.cancel === 'works' && statement.state !== 'available') statement.state = 'cancelling';
      return { json: { msg: 'canceled' } };
    }
    return { status: 404, json: { msg: 'no such route' } };
  }

  private createSession(body: Record<string, unknown>): { status: number; json: unknown } | 'drop' | 'hang' {
    const name = typeof body.name === 'string' ? body.name : null;
    if (name !== null && !this.allowDuplicateNames && [...this.sessions.values()].some((s) => s.name === name)) {
      return { status: 400, json: { msg: `requirement failed: Duplicate session name: ${name}` } };
    }
    const id = this.nextId++;
    const session: FaultSession = {
      id,
      name,
      kind: String(body.kind ?? 'shared'),
      state: 'starting',
      appId: `app-${id}-${name ?? 'anon'}`,
      pollsToIdle: 1,
      statements: [],
    };
    this.sessions.set(id, session);
    switch (this.create) {
      case 'drops-reply':
        return 'drop';
      case 'drops-reply-then-down':
        this.down = true;
        return 'drop';
      case 'hangs':
        return 'hang';
      default:
        return { status: 201, json: this.view(session) };
    }
  }

  private view(s: FaultSession): Record<string, unknown> {
    return {
      id: s.id,
      name: s.name,
      appId: s.state === 'starting' ? null : s.appId,
      owner: null,
      proxyUser: null,
      state: s.state,
      kind: s.kind,
      appInfo: { driverLogUrl: null, sparkUiUrl: null },
      log: [],
    };
  }

  private statementView(st: FaultStatement): Record<string, unknown> {
    const available = st.state === 'available';
    return {
      id: st.id,
      code: st.code,
      state: st.state,
      output: available ? { status: 'ok', execution_count: st.id, data: { 'text/plain': `ran: ${st.code}` } } : null,
      progress: available ? 1 : 0.5,
    };
  }
}
