// The smoke subset that runs on every supported Livy release besides the current one (the `e2e`
// project runs the whole suite on that): a batch and its failing twin, `livy run` in Python and
// Scala, a REPL statement in a real terminal, and the list/get/kill commands.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeLivy, LIVY_BIN, livyRequest, livyUrl, livyVersion, runLivy, waitFor } from './helpers.js';
import { itWith, missingPrerequisites } from './support/prerequisites.js';

const itWithTmux = itWith(missingPrerequisites(['tmux']));
const uniqueName = (what: string) => `smoke-${what}-${process.pid}-${Date.now()}`;

async function sessionIds(): Promise<number[]> {
  const { body } = await livyRequest<{ sessions: Array<{ id: number }> }>('GET', '/sessions');
  return body.sessions.map((s) => s.id);
}

describeLivy('smoke', () => {
  let sessionId: number | undefined;
  afterAll(async () => {
    if (sessionId !== undefined) await livyRequest('DELETE', `/sessions/${sessionId}`);
  });

  it('the server is the release under test', async () => {
    const { body } = await livyRequest<{ version: string }>('GET', '/version');
    expect(body.version).toBe(livyVersion());
  });

  it('a PySpark batch succeeds and prints its result', async () => {
    const r = await runLivy(['submit', '--name', uniqueName('pi'), 'test/fixtures/jobs/pi.py', '2000'], { timeoutMs: 280_000 });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^PI_RESULT samples=2000 pi=3\.\d+$/m);
  });

  it('its failing twin exits 1 with the exception shown', async () => {
    const r = await runLivy(['submit', 'test/fixtures/jobs/fail.py'], { timeoutMs: 280_000 });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout + r.stderr).toContain('RuntimeError: FAIL_MARKER: this job fails on purpose');
  });

  it('batches list, get and kill', async () => {
    const name = uniqueName('sleep');
    const sub = await runLivy(['submit', '--async', '-o', 'json', '--name', name, 'test/fixtures/jobs/sleep.py', '600'], {
      timeoutMs: 60_000,
    });
    expect(sub.code, sub.stderr).toBe(0);
    const id = JSON.parse(sub.stdout).id as number;
    const list = await runLivy(['batches', 'list', '-o', 'json']);
    expect(JSON.parse(list.stdout).sessions.map((b: { id: number }) => b.id)).toContain(id);
    const get = await runLivy(['batches', 'get', name, '-o', 'json']);
    expect(JSON.parse(get.stdout)).toMatchObject({ id, name });
    const kill = await runLivy(['batches', 'kill', String(id)]);
    expect(kill.code, kill.stderr).toBe(0);
    // Livy forgets a batch it deleted: gone counts as ended.
    await waitFor(
      async () => {
        const r = await livyRequest<{ state?: string }>('GET', `/batches/${id}`);
        return r.status === 404 || ['dead', 'killed'].includes(r.body.state ?? '');
      },
      { timeoutMs: 120_000, intervalMs: 500, what: `batch ${id} to end` },
    );
  });

  it('livy run --kind pyspark: 1+1 prints 2', async () => {
    const run = await runLivy(['run', '--kind', 'pyspark', '--keep', '-e', '1+1'], { timeoutMs: 280_000 });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('2\n');
    sessionId = Number(/session (\d+) kept/.exec(run.stderr)![1]);
  });

  it('livy run --kind spark in the same session: res0: Int = 2', async () => {
    const run = await runLivy(['run', '--session', String(sessionId), '--kind', 'spark', '-e', '1+1'], { timeoutMs: 200_000 });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^res\d+: Int = 2\n$/);
  });

  it('sessions list, get and kill', async () => {
    const list = await runLivy(['sessions', 'list', '-o', 'json']);
    expect(JSON.parse(list.stdout).sessions.map((s: { id: number }) => s.id)).toContain(sessionId);
    const get = await runLivy(['sessions', 'get', String(sessionId), '-o', 'json']);
    expect(JSON.parse(get.stdout)).toMatchObject({ id: sessionId, kind: 'pyspark', state: 'idle' });
    const kill = await runLivy(['sessions', 'kill', String(sessionId)]);
    expect(kill.code, kill.stderr).toBe(0);
    await waitFor(async () => !(await sessionIds()).includes(sessionId!), {
      timeoutMs: 60_000,
      intervalMs: 500,
      what: 'the session to go',
    });
    sessionId = undefined;
  });

  itWithTmux(
    'a REPL statement in a real terminal, and Ctrl-D deletes its session',
    async () => {
      const name = `livy-smoke-${process.pid}`;
      const historyDir = mkdtempSync(join(tmpdir(), 'livy-smoke-history-'));
      const before = await sessionIds();
      const tmux = (...args: string[]) => spawnSync('tmux', args, { encoding: 'utf8' });
      const screen = () => tmux('capture-pane', '-p', '-t', name, '-S', '-200').stdout;
      tmux(
        'new-session',
        '-d',
        '-s',
        name,
        '-x',
        '120',
        '-y',
        '40',
        `LIVY_URL=${livyUrl()} ${process.execPath} ${LIVY_BIN} repl --kind pyspark --history-dir ${historyDir}`,
      );
      try {
        await waitFor(() => /pyspark:\d+> *$/m.test(screen()), { timeoutMs: 240_000, intervalMs: 500, what: 'the prompt' });
        tmux('send-keys', '-t', name, '6*7', 'Enter');
        // The prompt takes input while the session still starts; the statement runs once it is idle.
        await waitFor(() => /^42$/m.test(screen()), { timeoutMs: 300_000, intervalMs: 300, what: 'the result 42' });
        tmux('send-keys', '-t', name, 'C-d');
        await waitFor(() => tmux('has-session', '-t', name).status !== 0, { timeoutMs: 60_000, intervalMs: 300, what: 'the REPL to exit' });
        expect((await sessionIds()).filter((id) => !before.includes(id))).toEqual([]);
      } catch (error) {
        throw new Error(`${(error as Error).message}\n--- screen ---\n${screen()}`);
      } finally {
        tmux('kill-session', '-t', name);
      }
    },
    600_000,
  );
});
