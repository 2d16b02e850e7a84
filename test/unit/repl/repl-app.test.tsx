import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LivyClient } from '../../../src/client/livy-client.js';
import { CommandContext } from '../../../src/cli/context.js';
import { createReplEngine } from '../../../src/cli/session/repl-command.js';
import { sessionSetupFrom } from '../../../src/cli/session/run-command.js';
import type { ReplEngine } from '../../../src/repl/engine.js';
import { ReplApp } from '../../../src/ui/ReplApp.js';
import { FakeSessionServer, ok } from './fake-sessions.js';

const ENTER = '\r';
const CTRL_C = '\u0003';
const CTRL_D = '\u0004';
const UP = '\u001b[A';
const TAB = '\t';

let current: { frames: string[] } | undefined;

async function until<T>(probe: () => T | undefined | false, what: string, timeoutMs = 4000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the terminal showed:\n${current?.frames.join('') ?? ''}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const tick = () => new Promise((r) => setTimeout(r, 30));

describe('livy repl (Ink app against a fake Livy)', () => {
  let fake: FakeSessionServer;
  let client: LivyClient;
  let historyDir: string;
  let cwd: string;
  const apps: Array<{ unmount(): void }> = [];

  beforeEach(async () => {
    fake = await new FakeSessionServer().start();
    client = new LivyClient({ url: fake.url });
    historyDir = mkdtempSync(join(tmpdir(), 'livy-history-'));
    cwd = mkdtempSync(join(tmpdir(), 'livy-cwd-'));
  });
  afterEach(async () => {
    for (const app of apps.splice(0)) app.unmount();
    await client.close();
    await fake.stop();
  });

  function startRepl(options: { kind?: string; session?: string; keep?: boolean; heartbeatTimeout?: string; secrets?: string[] } = {}) {
    const ctx = new CommandContext(
      { stdout: { write: () => true }, stderr: { write: () => true }, stdin: process.stdin, env: {}, cwd },
      { url: fake.url, color: false },
      new AbortController().signal,
    );
    ctx.out.protectSecrets(options.secrets ?? []);
    const setup = sessionSetupFrom(
      { kind: options.kind ?? 'pyspark', session: options.session, heartbeatTimeout: options.heartbeatTimeout },
      [],
    );
    const engine: ReplEngine = createReplEngine(ctx, client, setup, {
      kind: options.kind ?? 'pyspark',
      keep: options.keep,
      historyDir,
      imageDir: cwd,
    });
    const app = render(<ReplApp engine={engine} />);
    apps.push(app);
    current = app;
    const started = engine.start();
    const output = () => app.frames.join('');
    const type = async (text: string) => {
      app.stdin.write(text);
      await tick();
    };
    return { engine, app, started, output, type };
  }

  it('starts a session showing its state, runs a statement, prints the result', async () => {
    fake.startPolls = 3;
    const repl = startRepl();
    await until(() => repl.output().includes('session 0 starting'), 'the starting state');
    await repl.started;
    await until(() => repl.app.lastFrame()!.includes('pyspark:0>'), 'the prompt');
    expect(JSON.parse(fake.requestsTo('POST', /^\/sessions$/)[0]!.body)).toMatchObject({ kind: 'pyspark', heartbeatTimeoutInSecond: 300 });
    await repl.type('1+1');
    await repl.type(ENTER);
    await until(() => repl.output().includes('pyspark:0> 1+1') && /(^|>)2\n/m.test(repl.output()), 'the echo and the result');
    expect(JSON.parse(fake.requestsTo('POST', /statements$/)[0]!.body)).toEqual({ code: '1+1', kind: 'pyspark' });
  });

  it('multi-line input: an open block continues, an empty line runs it', async () => {
    const repl = startRepl();
    await repl.started;
    await repl.type('def f(x):');
    await repl.type(ENTER);
    await repl.type('    return x');
    await repl.type(ENTER);
    expect(fake.requestsTo('POST', /statements$/)).toHaveLength(0);
    expect(repl.app.lastFrame()).toContain('... ');
    await repl.type(ENTER);
    await until(() => fake.requestsTo('POST', /statements$/).length === 1, 'the statement');
    expect(JSON.parse(fake.requestsTo('POST', /statements$/)[0]!.body).code).toBe('def f(x):\n    return x');
  });

  it('a pasted multi-line block is one statement', async () => {
    const repl = startRepl();
    await repl.started;
    await repl.type('x = 1\r\ny = 2\r\n');
    await until(() => fake.requestsTo('POST', /statements$/).length === 1, 'the statement');
    expect(JSON.parse(fake.requestsTo('POST', /statements$/)[0]!.body).code).toBe('x = 1\ny = 2');
    // A line and its Enter in one chunk (fast typing, tmux send-keys) still continues an open block.
    await repl.type('def g():\r');
    await repl.type('    return 1\r');
    expect(fake.requestsTo('POST', /statements$/)).toHaveLength(1);
    await repl.type('\r');
    await until(() => fake.requestsTo('POST', /statements$/).length === 2, 'the block');
    expect(JSON.parse(fake.requestsTo('POST', /statements$/)[1]!.body).code).toBe('def g():\n    return 1');
  });

  it('renders errors, tables, JSON and images', async () => {
    fake.evaluate = (code) => {
      if (code === 'fail')
        return {
          output: {
            status: 'error',
            execution_count: 0,
            ename: 'NameError',
            evalue: "name 'fail' is not defined",
            traceback: ['Traceback (most recent call last)\n'],
          },
        };
      if (code.startsWith('%table'))
        return { output: ok({ 'application/vnd.livy.table.v1+json': { headers: [{ name: 'a' }, { name: 'b' }], data: [[1, 'x']] } }) };
      if (code.startsWith('%json')) return { output: ok({ 'application/json': { k: [1, 2] } }) };
      return { output: ok({ 'image/png': Buffer.from('png').toString('base64') }) };
    };
    const repl = startRepl();
    await repl.started;
    for (const code of ['fail', '%table t', '%json j', '%matplot plt']) {
      await repl.type(code);
      await repl.type(ENTER);
    }
    await until(() => repl.output().includes('[image saved to'), 'all outputs');
    const out = repl.output();
    expect(out).toContain("NameError: name 'fail' is not defined\nTraceback (most recent call last)");
    expect(out).toContain('a  b\n1  x\n(1 row)');
    expect(out).toContain('{\n  "k": [\n    1,\n    2\n  ]\n}');
    const path = /\[image saved to (.*)\]/.exec(out)![1]!;
    expect(readFileSync(path, 'utf8')).toBe('png');
  });

  it("strips the server's escape sequences and scrubs known secrets from what it prints", async () => {
    fake.evaluate = () => ({ output: ok({ 'text/plain': 'title\u001b]0;pwned\u0007 clear\u001b[2J token=s3cr3t-token' }) });
    const repl = startRepl({ secrets: ['s3cr3t-token'] });
    await repl.started;
    await repl.type('show()');
    await repl.type(ENTER);
    await until(() => repl.output().includes('title clear token='), 'the output');
    expect(repl.output()).not.toContain('\u001b]0;');
    expect(repl.output()).not.toContain('\u001b[2J');
    expect(repl.output()).not.toContain('s3cr3t-token');
  });

  it('a statement outlives a short outage: the notice says so, then the result shows', async () => {
    // Without the client's own quick retries, every 503 reaches the outage ride.
    await client.close();
    client = new LivyClient({ url: fake.url, retry: { retries: 0, baseMs: 0, maxMs: 0 } });
    const repl = startRepl();
    await repl.started;
    let unavailable = 3;
    fake.livy.on('GET', /^\/sessions\/0\/statements\/0$/, () => {
      if (unavailable-- > 0) return { status: 503, json: { msg: 'Service Unavailable' } };
      const statement = fake.sessions.get(0)!.statements[0]!;
      return { json: { id: 0, code: statement.code, state: 'available', progress: 1, output: ok({ 'text/plain': '2' }) } };
    });
    await repl.type('1+1');
    await repl.type(ENTER);
    await until(() => repl.output().includes('Livy is not answering'), 'the outage notice');
    // Ink redraws the status (the notice gone) just after writing the result, so in the raw
    // frames the result can follow the notice's text directly.
    const afterNotice = () => repl.output().slice(repl.output().indexOf('Livy is not answering'));
    await until(() => /2\npyspark:0>/.test(afterNotice()), 'the result after the outage', 10_000);
    expect(repl.output()).not.toContain('statement failed to run');
    expect(repl.app.lastFrame()).not.toContain('Livy is not answering');
  });

  it('shows progress while a statement runs; Ctrl-C cancels it and the session stays usable', async () => {
    fake.evaluate = (code) => (code === 'slow()' ? { hang: true } : { output: ok({ 'text/plain': '2' }) });
    const repl = startRepl();
    await repl.started;
    await repl.type('slow()');
    await repl.type(ENTER);
    await until(() => /\[█+░+\]\s+\d+%.*statement 0.*Ctrl-C cancels/.test(repl.app.lastFrame()!), 'the progress bar');
    await repl.type(CTRL_C);
    await until(() => repl.output().includes('statement 0 cancelled'), 'the cancellation');
    expect(fake.requestsTo('POST', /statements\/0\/cancel$/)).toHaveLength(1);
    await repl.type('1+1');
    await repl.type(ENTER);
    await until(() => /(^|>)2\n/m.test(repl.output().split('statement 0 cancelled')[1] ?? ''), 'the next result');
  });

  it('Ctrl-C at an empty prompt hints how to exit; Ctrl-D deletes the session and exits', async () => {
    const repl = startRepl();
    await repl.started;
    await repl.type('abc');
    await repl.type(CTRL_C);
    expect(repl.app.lastFrame()).not.toContain('abc');
    await repl.type(CTRL_C);
    expect(repl.app.lastFrame()).toContain('to exit, press Ctrl-D or type :quit');
    await repl.type(CTRL_D);
    await repl.engine.closed;
    expect(fake.requestsTo('DELETE', /^\/sessions\/0$/)).toHaveLength(1);
    expect(repl.output()).toContain('deleting session 0');
    expect(repl.output()).toContain('session 0 was deleted');
  });

  it('a DELETE the server refuses on exit is reported with the session id, never as deleted', async () => {
    const repl = startRepl();
    await repl.started;
    fake.livy.on('DELETE', /^\/sessions\/\d+$/, { status: 500, json: { msg: 'internal error' } });
    await repl.type(CTRL_D);
    await repl.engine.closed;
    expect(repl.output()).toContain(
      "could not delete session 0 (DELETE /sessions/0 failed: HTTP 500: internal error): it may still be running; 'livy sessions kill 0' deletes it",
    );
    expect(repl.output()).not.toContain('session 0 was deleted');
    expect(fake.sessions.has(0)).toBe(true);
  });

  it('an attached session (--session) or --keep is not deleted on :quit', async () => {
    fake.addSession('spark', 'shared-nb');
    const attached = startRepl({ kind: 'spark', session: 'shared-nb' });
    await attached.started;
    await until(() => attached.app.lastFrame()!.includes('spark:0>'), 'the prompt');
    await attached.type(':quit');
    await attached.type(ENTER);
    await attached.engine.closed;
    expect(attached.output()).toContain('session 0 left running');
    const kept = startRepl({ keep: true });
    await kept.started;
    await kept.engine.quit();
    expect(fake.requestsTo('DELETE', /.*/)).toHaveLength(0);
    expect(fake.sessions.size).toBe(2);
  });

  it('a session that dies is reported and a new one is offered', async () => {
    const repl = startRepl();
    await repl.started;
    fake.kill(0);
    await repl.type('1+1');
    await repl.type(ENTER);
    await until(() => repl.output().includes('whatever was defined in it is lost'), 'the loss');
    await until(() => repl.app.lastFrame()!.includes('start a new session? [Y/n]'), 'the offer');
    await repl.type(ENTER);
    await until(() => repl.app.lastFrame()!.includes('pyspark:1>'), 'the new session');
    expect(fake.requestsTo('POST', /^\/sessions$/)).toHaveLength(2);
  });

  it('a session deleted on the server while idle is noticed by the heartbeat', async () => {
    const repl = startRepl({ heartbeatTimeout: '3s' });
    await repl.started;
    fake.sessions.delete(0);
    await until(() => repl.output().includes('session 0 no longer exists on the server'), 'the heartbeat', 3000);
  });

  it('meta commands: :help, :kind, :info, :log, :load, :save, unknown', async () => {
    writeFileSync(join(cwd, 'job.py'), 'a = 1\nb = 2\n');
    const repl = startRepl();
    await repl.started;
    for (const line of [':help', ':kind sql', 'select 1', ':info', ':log 1', ':load job.py', ':bogus', ':save t.txt']) {
      await repl.type(line);
      await repl.type(ENTER);
    }
    await until(() => repl.output().includes('transcript saved to'), 'the transcript');
    const out = repl.output();
    expect(out).toMatch(/:upload FILE\s+upload a local file/);
    expect(out).toContain('statements are now sent as sql');
    expect(out).toMatch(/Spark UI: http:\/\/spark-ui\/0/);
    expect(out).toContain('java.lang.OutOfMemoryError: boom');
    expect(out).toContain('unknown command :bogus');
    const bodies = fake.requestsTo('POST', /statements$/).map((r) => JSON.parse(r.body));
    expect(bodies).toEqual([
      { code: 'select 1', kind: 'sql' },
      { code: 'a = 1\nb = 2', kind: 'sql' },
    ]);
    expect(readFileSync(join(cwd, 't.txt'), 'utf8')).toContain('sql:0> select 1');
  });

  it(':upload sends the file to the matching endpoint', async () => {
    writeFileSync(join(cwd, 'dep.py'), 'X = 1\n');
    const repl = startRepl();
    await repl.started;
    await repl.type(':upload dep.py');
    await repl.type(ENTER);
    await until(() => repl.output().includes('uploaded dep.py (upload-pyfile)'), 'the upload');
    expect(fake.requestsTo('POST', /upload-pyfile$/)[0]!.body).toContain('X = 1');
  });

  it('history is kept per kind across runs; Up recalls it', async () => {
    const first = startRepl();
    await first.started;
    await first.type('x = 41');
    await first.type(ENTER);
    await first.engine.quit();
    expect(existsSync(join(historyDir, 'history-pyspark'))).toBe(true);
    const second = startRepl();
    await second.started;
    await second.type(UP);
    expect(second.app.lastFrame()).toContain('pyspark:1> x = 41');
  });

  it('Tab completes through the session', async () => {
    const repl = startRepl();
    await repl.started;
    await repl.type('spark.ra');
    await repl.type(TAB);
    await until(() => repl.app.lastFrame()!.includes('spark.range'), 'the completion');
    expect(JSON.parse(fake.requestsTo('POST', /completion$/)[0]!.body)).toEqual({ code: 'spark.ra', kind: 'pyspark', cursor: 8 });
    await repl.type(' ; spark.re');
    await repl.type(TAB);
    await until(() => repl.app.lastFrame()!.includes('read  readStream'), 'the candidates');
  });

  it('Ctrl-C while the session starts gives up and deletes it', async () => {
    fake.startPolls = 1_000_000;
    const repl = startRepl();
    await until(() => fake.sessions.size === 1, 'the session to be created');
    await repl.type(CTRL_C);
    await repl.engine.closed;
    await repl.started;
    expect(fake.sessions.size).toBe(0);
  });
});
