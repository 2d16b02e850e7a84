import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../../support/fake-clock.js';
import { runCli, type CliEntry, type RunOptions } from '../../support/run-cli.js';
import { LiveTimers } from '../../support/live-timers.js';
import { defaultEvaluate, FakeSessionServer, ok, text } from '../repl/fake-sessions.js';

// bin/livy.js runs `livy run` through its own small parser when it can: both ways must agree.
describe.each<CliEntry>(['tree', 'fast'])('livy run (entry: %s)', (entry) => {
  const cli = (argv: string[], options: RunOptions = {}) => runCli(argv, { ...options, entry });
  let fake: FakeSessionServer;
  let env: NodeJS.ProcessEnv;
  let clock: FakeClock;
  beforeEach(async () => {
    fake = await new FakeSessionServer().start();
    env = { LIVY_URL: fake.url };
    clock = new FakeClock();
  });
  afterEach(async () => {
    await fake.stop();
  });

  it('stdin: starts a session, prints the output, deletes the session', async () => {
    fake.evaluate = (code) => ({ output: text(code.includes('count') ? '100' : '?') });
    const run = await cli(['run', '--kind', 'pyspark'], { env, clock, input: 'spark.range(100).count()\n' });
    expect(run.stderr).toBe(run.stderr); // keep for debugging
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('100\n');
    const create = JSON.parse(fake.requestsTo('POST', /^\/sessions$/)[0]!.body);
    expect(create).toMatchObject({ kind: 'pyspark', heartbeatTimeoutInSecond: 300 });
    const submitted = JSON.parse(fake.requestsTo('POST', /statements$/)[0]!.body);
    expect(submitted).toEqual({ code: 'spark.range(100).count()', kind: 'pyspark' });
    expect(fake.requestsTo('DELETE', /^\/sessions\/0$/)).toHaveLength(1);
    expect(fake.sessions.size).toBe(0);
  });

  it('one statement per -e, in order', async () => {
    const run = await cli(['run', '-k', 'spark', '-e', '1+1', '-e', 'val x = 3'], { env, clock });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('2\nran: val x = 3\n');
    expect(fake.requestsTo('POST', /statements$/).map((r) => JSON.parse(r.body).code)).toEqual(['1+1', 'val x = 3']);
  });

  it('a proxy user from LIVY_PROXY_USER with --principal is refused before a session is created, as spark-submit would refuse it', async () => {
    const run = await cli(['run', '--kind', 'pyspark', '--principal', 'etl@X', '-e', '1'], { env: { ...env, LIVY_PROXY_USER: 'dan' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "error: Only one of --proxy-user or --principal can be provided: proxy user 'dan' (from LIVY_PROXY_USER) and spark.kerberos.principal=etl@X (from --principal)",
    );
    expect(fake.requestsTo('POST', /^\/sessions$/)).toEqual([]);
  });

  it('session options go through the submit translator, in order', async () => {
    const run = await cli(
      [
        'run',
        '--kind',
        'pyspark',
        '--driver-memory',
        '2g',
        '--conf',
        'spark.driver.memory=3g',
        '--executor-cores',
        '2',
        '--name',
        'ci-1',
        '--queue',
        'q',
        '-e',
        '1+1',
        '--heartbeat-timeout',
        '90s',
      ],
      { env },
    );
    expect(run.code).toBe(0);
    const body = JSON.parse(fake.requestsTo('POST', /^\/sessions$/)[0]!.body);
    expect(body).toMatchObject({
      kind: 'pyspark',
      name: 'ci-1',
      queue: 'q',
      executorCores: 2,
      driverMemory: '3g',
      heartbeatTimeoutInSecond: 90,
    });
  });

  it('a statement error is shown and exits 1; later statements are not run', async () => {
    const run = await cli(['run', '--kind', 'pyspark', '-e', 'fail', '-e', '1+1'], { env, clock });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("NameError: name 'fail' is not defined");
    expect(run.stderr).toContain('Traceback');
    expect(run.stderr).toMatch(/--keep-going/);
    expect(fake.requestsTo('POST', /statements$/)).toHaveLength(1);
    expect(fake.sessions.size).toBe(0);
  });

  it('--keep-going runs everything and still exits 1', async () => {
    const run = await cli(['run', '--kind', 'pyspark', '--keep-going', '-e', 'fail', '-e', '1+1'], { env, clock });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('2\n');
  });

  it('--output json is an array of statement results', async () => {
    const run = await cli(['run', '--kind', 'pyspark', '-o', 'json', '-e', '1+1', '-e', 'fail', '--keep-going'], { env, clock });
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout);
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({
      session: 0,
      statement: 0,
      code: '1+1',
      state: 'available',
      status: 'ok',
      output: { data: { 'text/plain': '2' } },
    });
    expect(results[1]).toMatchObject({ status: 'error', output: { ename: 'NameError' } });
  });

  it('a file with separators is one statement per cell; the kind comes from its extension', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'livy-run-'));
    writeFileSync(join(dir, 'job.py'), 'x = 1\n# %% second cell\nif x:\n    print(x)\n\n# %%\n');
    const run = await cli(['run', 'job.py'], { env, clock, cwd: dir });
    expect(run.code).toBe(0);
    expect(fake.requestsTo('POST', /statements$/).map((r) => JSON.parse(r.body))).toEqual([
      { code: 'x = 1', kind: 'pyspark' },
      { code: 'if x:\n    print(x)', kind: 'pyspark' },
    ]);
    const whole = await cli(['run', 'job.py', '--no-split'], { env, clock, cwd: dir });
    expect(whole.code).toBe(0);
    expect(fake.requestsTo('POST', /statements$/)).toHaveLength(3);
  });

  it('--session attaches by name and never deletes the session', async () => {
    fake.addSession('pyspark', 'shared-nb');
    const run = await cli(['run', '--session', 'shared-nb', '-e', '1+1'], { env, clock });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('2\n');
    expect(fake.requestsTo('POST', /^\/sessions$/)).toHaveLength(0);
    expect(fake.requestsTo('DELETE', /.*/)).toHaveLength(0);
  });

  it('--session ID sends the statement before reading the session', async () => {
    fake.addSession('pyspark');
    const run = await cli(['run', '--session', '0', '-e', '1+1'], { env, clock });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('2\n');
    expect(`${fake.requests[0]!.method} ${fake.requests[0]!.path}`).toBe('POST /sessions/0/statements');
  });

  it('--session ID reads the session alongside the first look at the statement, and not again when that look finds it done', async () => {
    fake.addSession('pyspark');
    fake.evaluate = () => ({ output: text('2'), polls: 0 });
    const run = await cli(['run', '--session', '0', '-e', '1+1'], { env, clock });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('2\n');
    const [first, ...rest] = fake.requests.map((r) => `${r.method} ${r.path}`);
    expect(first).toBe('POST /sessions/0/statements');
    expect(rest.sort()).toEqual(['GET /sessions/0', 'GET /sessions/0/statements/0']);
  });

  it('--session ID reads the session again after a later look at the statement; the requests share at most two connections', async () => {
    fake.addSession('pyspark');
    fake.evaluate = () => ({ output: text('2'), polls: 3 });
    const run = await cli(['run', '--session', '0', '-e', '1+1'], { env, clock });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('2\n');
    const requests = fake.requests.map((r) => `${r.method} ${r.path}`);
    expect(requests.filter((r) => r === 'GET /sessions/0')).toHaveLength(2);
    expect(requests.at(-1)).toBe('GET /sessions/0');
    expect(new Set(fake.requests.map((r) => r.connection)).size).toBeLessThanOrEqual(2);
  });

  it('--session ID on a session still starting: the refused statement is sent again once it is idle, and runs once', async () => {
    fake.addSession('pyspark');
    const session = fake.sessions.get(0)!;
    session.state = 'starting';
    session.statementsPollsToIdle = 1;
    const run = await cli(['run', '--session', '0', '-e', '1+1'], { env, clock });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('2\n');
    expect(fake.requestsTo('POST', /statements$/)).toHaveLength(2);
    expect(session.statements).toHaveLength(1);
  });

  it('--session naming a missing session exits as `livy sessions get` does for it', async () => {
    const run = await cli(['run', '--session', '99', '-e', '1+1'], { env, clock });
    const get = await cli(['sessions', 'get', '99'], { env, clock });
    expect(get.code).toBe(3);
    expect(run.code).toBe(get.code);
    expect(run.stderr).toContain("not found on the server: Session '99' not found.");
    // The statement's POST is what finds the session missing: one refused POST, nothing created.
    expect(fake.requestsTo('POST', /.*/)).toHaveLength(1);
    expect(fake.requestsTo('POST', /^\/sessions$/)).toHaveLength(0);
  });

  it('--keep leaves the session it created', async () => {
    const run = await cli(['run', '--kind', 'sql', '--keep', '-e', 'select 1'], { env, clock });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('session 0 kept');
    expect(fake.sessions.size).toBe(1);
  });

  it('renders SQL results as a table', async () => {
    fake.evaluate = () => ({
      output: ok({
        'application/json': {
          schema: {
            type: 'struct',
            fields: [
              { name: 'id', type: 'long' },
              { name: 'word', type: 'string' },
            ],
          },
          data: [
            [1, 'a'],
            [2, 'bb'],
          ],
        },
      }),
    });
    const run = await cli(['run', '--kind', 'sql', '-e', 'select * from t'], { env, clock });
    expect(run.stdout.split('\n')).toEqual(['id  word', '1   a', '2   bb', '(2 rows)', '']);
  });

  it('a session that dies while starting: exit 1 with its log tail, and it is deleted', async () => {
    fake.startState = 'dead';
    const run = await cli(['run', '--kind', 'pyspark', '-e', '1+1'], { env, clock });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/session 0 is dead/);
    expect(run.stderr).toContain('OutOfMemoryError');
    expect(fake.requestsTo('DELETE', /^\/sessions\/0$/)).toHaveLength(1);
  });

  it('--start-timeout deletes a session that did not start (exit 4)', async () => {
    fake.startPolls = 1_000_000;
    const run = await cli(['run', '--kind', 'pyspark', '-e', '1+1', '--start-timeout', '0.3'], { env, clock });
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/did not become idle within 0s \(still starting\); it was deleted/);
    expect(fake.sessions.size).toBe(0);
  });

  it('--timeout: a statement still running then ends the run with exit 4, and the session is deleted', async () => {
    const run = await cli(['run', '--kind', 'pyspark', '--timeout', '1s', '-e', 'sleep'], { env, clock });
    expect(run.code).toBe(4);
    expect(run.stderr).toContain('statement 0 did not finish within 1s: --timeout ran out');
    expect(fake.requestsTo('DELETE', /^\/sessions\/0$/)).toHaveLength(1);
    expect(fake.sessions.size).toBe(0);
  });

  it('--timeout 10m of a statement that never finishes ends the run 10 minutes on the clock after the session was ready', async () => {
    let submittedAt: number | undefined;
    fake.evaluate = () => {
      submittedAt = clock.now();
      return { hang: true };
    };
    const run = await cli(['run', '--kind', 'pyspark', '--timeout', '10m', '-e', 'spark.range(10).count()'], { env, clock });
    expect(run.code, run.stderr).toBe(4);
    // The statement went out as soon as the session was ready, when the 10 minutes began.
    expect(clock.now() - submittedAt!).toBe(10 * 60_000);
    expect(fake.requestsTo('GET', /statements\/0$/).length).toBeGreaterThan(10);
  });

  describe('--timeout: its deadline is gone once the run is over', () => {
    const HOUR = 3_600_000;

    /** What `read` gives while the statement is being evaluated on the server. */
    const whileEvaluating = (read: () => number): { value?: number } => {
      const seen: { value?: number } = {};
      fake.evaluate = (code, kind) => {
        seen.value = read();
        return defaultEvaluate(code, kind);
      };
      return seen;
    };

    it('a session it created', async () => {
      const during = whileEvaluating(() => clock.pendingDeadlines);
      const run = await cli(['run', '--kind', 'pyspark', '--timeout', '1h', '-e', '1+1'], { env, clock });
      expect(run.code, run.stderr).toBe(0);
      expect(during.value).toBe(1);
      expect(clock.pendingDeadlines).toBe(0);
    });

    it('--session ID whose first statement was refused: the deadline started for it is dropped too', async () => {
      fake.addSession('pyspark');
      const session = fake.sessions.get(0)!;
      session.state = 'starting';
      session.statementsPollsToIdle = 1;
      const during = whileEvaluating(() => clock.pendingDeadlines);
      const run = await cli(['run', '--session', '0', '--timeout', '1h', '-e', '1+1'], { env, clock });
      expect(run.code, run.stderr).toBe(0);
      expect(fake.requestsTo('POST', /statements$/)).toHaveLength(2);
      expect(during.value).toBe(1);
      expect(clock.pendingDeadlines).toBe(0);
    });

    describe('on the system clock', () => {
      let timers: LiveTimers;
      afterEach(() => timers.stop());

      it('no timer of it stays behind', async () => {
        timers = new LiveTimers().start();
        const during = whileEvaluating(() => timers.count(HOUR));
        const run = await cli(['run', '--kind', 'pyspark', '--timeout', '1h', '-e', '1+1'], { env });
        expect(run.code, run.stderr).toBe(0);
        expect(during.value).toBe(1);
        await timers.settled();
        expect(timers.count(HOUR)).toBe(0);
      });
    });
  });

  it('a session that disappears mid-run is reported clearly', async () => {
    fake.addSession('pyspark');
    // The session goes away once the statement was submitted (as if someone deleted it).
    fake.evaluate = () => {
      fake.sessions.delete(0);
      return { hang: true };
    };
    const run = await cli(['run', '--session', '0', '-e', 'long'], { env, clock });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/session 0 is no longer usable.*died, expired or was deleted/);
  });

  it('usage errors: no kind, nothing to run, -e with a file, --session with session options', async () => {
    expect((await cli(['run', '-e', '1+1'], { env, clock })).stderr).toMatch(/which language/);
    expect((await cli(['run', '--kind', 'sql'], { env, clock, stdinTTY: true })).code).toBe(2);
    expect((await cli(['run', '--kind', 'sql', '-e', 'x', 'f.sql'], { env, clock })).code).toBe(2);
    expect((await cli(['run', '--session', '1', '--driver-memory', '1g', '-e', 'x'], { env, clock })).code).toBe(2);
    expect((await cli(['run', '--kind', 'cobol', '-e', 'x'], { env, clock })).code).toBe(2);
    expect(fake.requests).toHaveLength(0);
  });

  it('images are saved to --image-dir and the path printed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'livy-img-'));
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
    fake.evaluate = () => ({ output: ok({ 'image/png': png.toString('base64') }) });
    const run = await cli(['run', '--kind', 'pyspark', '--image-dir', dir, '-e', '%matplot plt'], { env, clock });
    expect(run.code).toBe(0);
    const path = /\[image saved to (.*)\]/.exec(run.stdout)![1]!;
    expect(path.startsWith(dir)).toBe(true);
    expect(readFileSync(path)).toEqual(png);
  });

  it('livy repl without a terminal reads statements from stdin like livy run', async () => {
    const run = await cli(['repl', '--kind', 'pyspark'], { env, clock, input: '1+1\n' });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('2\n');
    expect(fake.sessions.size).toBe(0);
  });
});
