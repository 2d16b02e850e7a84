// `livy run`, `livy sessions` and `livy repl` against the suite's real local Livy.
// One pyspark session (kept with --keep) serves most tests: starting a driver takes tens of
// seconds on a 2-core machine. The REPL test starts (and must delete) its own.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeLivy, LIVY_BIN, livyRequest, livyUrl, runLivy, waitFor } from './helpers.js';
import { itWith, missingPrerequisites } from './support/prerequisites.js';

const itWithTmux = itWith(missingPrerequisites(['tmux']));

let sessionId: number | undefined;

async function sessionIds(): Promise<number[]> {
  const { body } = await livyRequest<{ sessions: Array<{ id: number }> }>('GET', '/sessions');
  return body.sessions.map((s) => s.id);
}

describeLivy('interactive sessions', () => {
  afterAll(async () => {
    if (sessionId !== undefined) await livyRequest('DELETE', `/sessions/${sessionId}`);
  });

  it('livy run --kind pyspark: 1+1 prints 2 (and --keep keeps the session)', async () => {
    const run = await runLivy(['run', '--kind', 'pyspark', '--keep', '-e', '1+1'], { timeoutMs: 280_000 });
    expect(run.stderr).toMatch(/session \d+ kept/);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('2\n');
    sessionId = Number(/session (\d+) kept/.exec(run.stderr)![1]);
  });

  it('stdin: a DataFrame count', async () => {
    const run = await runLivy(['run', '--session', String(sessionId), '--kind', 'pyspark'], { input: 'spark.range(100).count()\n' });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('100\n');
  });

  it('run --session ID sends the statement first: no read of the session before its POST', async () => {
    const run = await runLivy(['run', '--session', String(sessionId), '-v', '-e', '1+1']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('2\n');
    const requests = run.stderr.split('\n').filter((line) => /^> (GET|POST|DELETE) /.test(line));
    expect(requests[0]).toBe(`> POST ${livyUrl()}/sessions/${sessionId}/statements`);
  });

  it('run --session on a session that does not exist: exit 3, not found, as `sessions get` says', async () => {
    const missing = Math.max(...(await sessionIds()), 0) + 1000;
    const run = await runLivy(['run', '--session', String(missing), '-e', '1+1']);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`not found on the server: Session '${missing}' not found.`);
  });

  it('spark (Scala): 1+1 → res0: Int = 2', async () => {
    const run = await runLivy(['run', '--session', String(sessionId), '--kind', 'spark', '-e', '1+1'], { timeoutMs: 200_000 });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^res\d+: Int = 2\n$/);
  });

  it('sql: a table result; --output json gives the statement results', async () => {
    const run = await runLivy(['run', '--session', String(sessionId), '--kind', 'sql', '-e', "SELECT 1 AS one, 'a' AS letter"]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(0, 2)).toEqual(['one  letter', '1    a']);
    const json = await runLivy(['run', '--session', String(sessionId), '--kind', 'sql', '-o', 'json', '-e', 'SELECT 2 AS two']);
    const [result] = JSON.parse(json.stdout);
    expect(result).toMatchObject({ status: 'ok', state: 'available', output: { data: { 'application/json': { data: [[2]] } } } });
  });

  it('a NameError exits 1 with the error shown', async () => {
    const run = await runLivy(['run', '--session', String(sessionId), '--kind', 'pyspark', '-e', 'undefined_name_xyz']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("NameError: name 'undefined_name_xyz' is not defined");
  });

  it('%table and %json magics', async () => {
    const setup = await runLivy([
      'run',
      '--session',
      String(sessionId),
      '--kind',
      'pyspark',
      '-e',
      "t = [{'n': 1, 'w': 'one'}, {'n': 2, 'w': 'two'}]",
    ]);
    expect(setup.code).toBe(0);
    const table = await runLivy(['run', '--session', String(sessionId), '--kind', 'pyspark', '-e', '%table t']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/n\s+w\n1\s+one\n2\s+two\n\(2 rows\)/);
    const json = await runLivy(['run', '--session', String(sessionId), '--kind', 'pyspark', '-e', '%json t']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual([
      { n: 1, w: 'one' },
      { n: 2, w: 'two' },
    ]);
  });

  it('Ctrl-C cancels a long statement; the session stays usable', async () => {
    const code = 'import time\nspark.sparkContext.parallelize(range(2), 2).map(lambda x: time.sleep(120) or x).count()';
    const child = spawn(process.execPath, [LIVY_BIN, 'run', '--session', String(sessionId), '--kind', 'pyspark', '-e', code], {
      env: { ...process.env, LIVY_URL: livyUrl(), NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    await waitFor(
      async () => {
        const { body } = await livyRequest<{ statements: Array<{ state: string }> }>('GET', `/sessions/${sessionId}/statements`);
        return body.statements.at(-1)?.state === 'running';
      },
      { timeoutMs: 60_000, intervalMs: 500, what: 'the statement to run' },
    );
    child.kill('SIGINT');
    const code130 = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toMatch(/cancelled/);
    expect(code130).toBe(130);
    const after = await runLivy(['run', '--session', String(sessionId), '--kind', 'pyspark', '-e', '1+1'], { timeoutMs: 120_000 });
    expect(after.stdout).toBe('2\n');
  });

  it('livy sessions list/state/statements/logs see the session', async () => {
    const list = await runLivy(['sessions', 'list']);
    expect(list.stdout).toMatch(new RegExp(`^${sessionId}\\s+.*pyspark\\s+idle`, 'm'));
    expect((await runLivy(['sessions', 'state', String(sessionId)])).stdout).toBe('idle\n');
    const statements = await runLivy(['sessions', 'statements', String(sessionId), '-o', 'json']);
    expect(JSON.parse(statements.stdout).total_statements).toBeGreaterThan(3);
    expect((await runLivy(['sessions', 'logs', String(sessionId)])).code).toBe(0);
  });

  itWithTmux('the REPL in a real terminal (tmux): multi-line statement, Ctrl-C cancel, Ctrl-D exit deletes the session', async () => {
    const name = `livy-e2e-${process.pid}`;
    const historyDir = mkdtempSync(join(tmpdir(), 'livy-e2e-history-'));
    const before = await sessionIds();
    const tmux = (...args: string[]) => spawnSync('tmux', args, { encoding: 'utf8' });
    const screen = () => tmux('capture-pane', '-p', '-t', name, '-S', '-200').stdout;
    const command = `LIVY_URL=${livyUrl()} ${process.execPath} ${LIVY_BIN} repl --kind pyspark --history-dir ${historyDir}`;
    tmux('new-session', '-d', '-s', name, '-x', '120', '-y', '40', command);
    try {
      // The prompt shows while the session still starts; the line after it says it is ready.
      await waitFor(() => screen().includes('Ctrl-D to quit') && /pyspark:\d+> *$/m.test(screen()), {
        timeoutMs: 240_000,
        intervalMs: 500,
        what: 'the session to be ready',
      });
      tmux('send-keys', '-t', name, 'def twice(x):', 'Enter');
      tmux('send-keys', '-t', name, '    return 2 * x', 'Enter');
      tmux('send-keys', '-t', name, 'Enter');
      tmux('send-keys', '-t', name, 'twice(21)', 'Enter');
      await waitFor(() => /^42$/m.test(screen()), { timeoutMs: 120_000, intervalMs: 300, what: 'the result 42' });
      tmux(
        'send-keys',
        '-t',
        name,
        "spark.sparkContext.parallelize(range(2), 2).map(lambda x: __import__('time').sleep(300) or x).count()",
        'Enter',
      );
      await waitFor(() => screen().includes('Ctrl-C cancels'), { timeoutMs: 30_000, intervalMs: 200, what: 'the progress line' });
      tmux('send-keys', '-t', name, 'C-c');
      await waitFor(() => /statement \d+ cancelled/.test(screen()), { timeoutMs: 120_000, intervalMs: 300, what: 'the cancellation' });
      tmux('send-keys', '-t', name, 'C-d');
      await waitFor(() => tmux('has-session', '-t', name).status !== 0, { timeoutMs: 60_000, intervalMs: 300, what: 'the REPL to exit' });
      const after = await sessionIds();
      expect(after.filter((id) => !before.includes(id))).toEqual([]);
    } catch (error) {
      // What the terminal showed is the best clue to a REPL test failure.
      throw new Error(`${(error as Error).message}\n--- screen ---\n${screen()}`);
    } finally {
      tmux('kill-session', '-t', name);
    }
  });

  itWithTmux('closing the terminal (tmux kill-session) still deletes the session', async () => {
    const name = `livy-e2e-hup-${process.pid}`;
    const historyDir = mkdtempSync(join(tmpdir(), 'livy-e2e-history-'));
    const stderrFile = join(historyDir, 'stderr.log');
    const before = await sessionIds();
    const tmux = (...args: string[]) => spawnSync('tmux', args, { encoding: 'utf8' });
    // stderr goes to a file: what the REPL says after its terminal is gone is the clue when this fails.
    const command = `exec env LIVY_URL=${livyUrl()} ${process.execPath} ${LIVY_BIN} repl --kind pyspark --history-dir ${historyDir} 2>${stderrFile}`;
    tmux('new-session', '-d', '-s', name, '-x', '120', '-y', '40', command);
    let created: number[] = [];
    try {
      await waitFor(() => tmux('capture-pane', '-p', '-t', name).stdout.includes('started'), {
        timeoutMs: 240_000,
        intervalMs: 500,
        what: 'the session to start',
      });
      created = (await sessionIds()).filter((id) => !before.includes(id));
      expect(created).toHaveLength(1);
    } finally {
      tmux('kill-session', '-t', name);
    }
    try {
      await waitFor(async () => (await sessionIds()).filter((id) => !before.includes(id)).length === 0, {
        timeoutMs: 60_000,
        intervalMs: 500,
        what: 'the session to be deleted',
      });
    } catch (error) {
      const left = await Promise.all(created.map((id) => livyRequest('GET', `/sessions/${id}`).then((r) => JSON.stringify(r.body))));
      const said = readFileSync(stderrFile, 'utf8').slice(0, 2000);
      throw new Error(`${(error as Error).message}\n--- the server's view ---\n${left.join('\n')}\n--- the REPL's stderr ---\n${said}`);
    }
  });
});
