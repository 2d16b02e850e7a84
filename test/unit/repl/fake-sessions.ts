import { FakeLivy, type FakeReply, type FakeRequest } from '../../support/fake-livy.js';

/** What a fake statement evaluates to. */
export interface FakeResult {
  output?: Record<string, unknown>;
  /** Polls answered `running` before the result (default 1). */
  polls?: number;
  /** Never finishes by itself (until cancelled). */
  hang?: boolean;
}

export type Evaluate = (code: string, kind: string | undefined) => FakeResult;

interface FakeStatement {
  id: number;
  code: string;
  kind: string | undefined;
  state: string;
  output: unknown;
  progress: number;
  pollsLeft: number;
  hang: boolean;
}

interface FakeSession {
  id: number;
  kind: string;
  state: string;
  name: string | null;
  statementsPollsToIdle: number;
  statements: FakeStatement[];
  body: Record<string, unknown>;
}

export const ok = (data: Record<string, unknown>, count = 0) => ({ status: 'ok', execution_count: count, data });
export const text = (value: string) => ok({ 'text/plain': value });
export const pyError = (ename: string, evalue: string, traceback: string[] = []) => ({
  status: 'error',
  execution_count: 0,
  ename,
  evalue,
  traceback,
});

/** A default evaluator: `1+1` → 2, `fail` → NameError, `sleep` hangs. */
export const defaultEvaluate: Evaluate = (code) => {
  if (code.includes('sleep')) return { hang: true };
  if (code.includes('fail'))
    return {
      output: pyError('NameError', "name 'fail' is not defined", [
        'Traceback (most recent call last):\n',
        "NameError: name 'fail' is not defined\n",
      ]),
    };
  if (code.trim() === '1+1') return { output: text('2') };
  return { output: text(`ran: ${code}`) };
};

/**
 * A fake Livy that models sessions and statements: sessions start after a few
 * polls, statements run for a few polls then answer what `evaluate` says.
 */
export class FakeSessionServer {
  readonly livy = new FakeLivy();
  readonly sessions = new Map<number, FakeSession>();
  nextId = 0;
  /** Polls of GET /sessions/{id} before a new session is idle. */
  startPolls = 1;
  /** State a new session ends in (instead of idle). */
  startState = 'idle';
  evaluate: Evaluate = defaultEvaluate;
  completions: string[] = ['range', 'read', 'readStream'];

  get url(): string {
    return this.livy.url;
  }

  get requests(): FakeRequest[] {
    return this.livy.requests;
  }

  /** Adds an already idle session. */
  addSession(kind = 'pyspark', name: string | null = null): number {
    const id = this.nextId++;
    this.sessions.set(id, { id, kind, state: 'idle', name, statementsPollsToIdle: 0, statements: [], body: { kind } });
    return id;
  }

  async start(): Promise<this> {
    const l = this.livy;
    l.on('POST', '/sessions', (req) => {
      const body = JSON.parse(req.body) as Record<string, unknown>;
      const id = this.nextId++;
      const session: FakeSession = {
        id,
        kind: String(body.kind ?? 'shared'),
        state: 'starting',
        name: (body.name as string) ?? null,
        statementsPollsToIdle: this.startPolls,
        statements: [],
        body,
      };
      this.sessions.set(id, session);
      return { status: 201, json: this.view(session) };
    });
    l.on('GET', '/sessions', () => ({
      json: { from: 0, total: this.sessions.size, sessions: [...this.sessions.values()].map((s) => this.view(s)) },
    }));
    l.on('GET', /^\/sessions\/[^/]+$/, (req) =>
      this.withSession(req, (s) => {
        if (s.state === 'starting') {
          if (s.statementsPollsToIdle-- <= 0) s.state = this.startState;
        }
        return { json: this.view(s) };
      }),
    );
    l.on('GET', /^\/sessions\/[^/]+\/state$/, (req) => this.withSession(req, (s) => ({ json: { id: s.id, state: s.state } })));
    l.on('GET', /^\/sessions\/[^/]+\/log$/, (req) =>
      this.withSession(req, (s) => ({
        json: {
          id: s.id,
          from: 0,
          total: 3,
          log: ['stdout: ', `session ${s.id} log line`, '\nstderr: ', 'java.lang.OutOfMemoryError: boom'],
        },
      })),
    );
    l.on('DELETE', /^\/sessions\/[^/]+$/, (req) =>
      this.withSession(req, (s) => {
        this.sessions.delete(s.id);
        return { json: { msg: 'deleted' } };
      }),
    );
    l.on('POST', /^\/sessions\/[^/]+\/statements$/, (req) =>
      this.withSession(req, (s) => {
        if (s.state !== 'idle' && s.state !== 'busy')
          return { status: 500, json: `java.lang.IllegalStateException: Session is in state ${s.state}` };
        const body = JSON.parse(req.body) as { code: string; kind?: string };
        const result = this.evaluate(body.code, body.kind);
        const statement: FakeStatement = {
          id: s.statements.length,
          code: body.code,
          kind: body.kind,
          state: 'waiting',
          output: result.output ?? null,
          progress: 0,
          pollsLeft: result.polls ?? 1,
          hang: result.hang ?? false,
        };
        s.statements.push(statement);
        return { status: 201, json: this.statementView(statement, false) };
      }),
    );
    l.on('GET', /^\/sessions\/[^/]+\/statements$/, (req) =>
      this.withSession(req, (s) => ({
        json: { total_statements: s.statements.length, statements: s.statements.map((st) => this.statementView(st, false)) },
      })),
    );
    l.on('GET', /^\/sessions\/[^/]+\/statements\/\d+$/, (req) =>
      this.withSession(req, (s) => {
        const st = s.statements[Number(req.path.split('/').at(-1))];
        if (!st) return { status: 404, json: 'Statement not found' };
        return { json: this.statementView(st, true) };
      }),
    );
    l.on('POST', /^\/sessions\/[^/]+\/statements\/\d+\/cancel$/, (req) =>
      this.withSession(req, (s) => {
        const st = s.statements[Number(req.path.split('/').at(-2))];
        if (!st) return { status: 404, json: 'Statement not found' };
        if (st.state !== 'available') st.state = 'cancelling';
        return { json: { msg: 'canceled' } };
      }),
    );
    l.on('POST', /^\/sessions\/[^/]+\/completion$/, (req) =>
      this.withSession(req, () => {
        const body = JSON.parse(req.body) as { code: string; cursor: number };
        const word = /[\w.]*$/.exec(body.code.slice(0, body.cursor))?.[0] ?? '';
        const prefix = word.includes('.') ? word.slice(word.lastIndexOf('.') + 1) : word;
        return { json: { candidates: this.completions.filter((c) => c.startsWith(prefix)) } };
      }),
    );
    l.on('POST', /^\/sessions\/[^/]+\/upload-(file|pyfile|jar)$/, (req) => this.withSession(req, () => ({ json: { msg: 'ok' } })));
    await l.start();
    return this;
  }

  stop(): Promise<void> {
    return this.livy.stop();
  }

  /** Simulates the session dying (e.g. the driver was OOM-killed). */
  kill(id: number, state = 'dead'): void {
    const s = this.sessions.get(id);
    if (s) s.state = state;
  }

  requestsTo(method: string, pattern: RegExp): FakeRequest[] {
    return this.requests.filter((r) => r.method === method && pattern.test(r.path));
  }

  private withSession(req: FakeRequest, handle: (s: FakeSession) => FakeReply): FakeReply {
    const ref = decodeURIComponent(req.path.split('/')[2]!);
    const session = /^\d+$/.test(ref) ? this.sessions.get(Number(ref)) : [...this.sessions.values()].find((s) => s.name === ref);
    if (!session) return { status: 404, json: { msg: `Session '${ref}' not found.` } };
    return handle(session);
  }

  private view(s: FakeSession): Record<string, unknown> {
    return {
      id: s.id,
      name: s.name,
      appId: `local-${s.id}`,
      owner: null,
      proxyUser: null,
      state: s.state,
      kind: s.kind,
      appInfo: { driverLogUrl: null, sparkUiUrl: `http://spark-ui/${s.id}` },
      log: [],
    };
  }

  private statementView(st: FakeStatement, advance: boolean): Record<string, unknown> {
    if (advance) {
      if (st.state === 'cancelling') st.state = 'cancelled';
      else if (st.state === 'waiting' || st.state === 'running') {
        if (st.hang) {
          st.state = 'running';
          st.progress = Math.min(0.9, st.progress + 0.1);
        } else if (st.pollsLeft-- > 0) {
          st.state = 'running';
          st.progress = 0.5;
        } else {
          st.state = 'available';
          st.progress = 1;
        }
      }
    }
    return {
      id: st.id,
      code: st.code,
      state: st.state,
      output: st.state === 'available' ? st.output : null,
      progress: st.progress,
      started: 1,
      completed: st.state === 'available' ? 2 : 0,
    };
  }
}
