// `livy local restart` restarts Livy alone: the YARN application keeps running, Livy's recovery
// finds the batch or session again, and a CLI waiting on it (or a REPL in it) carries on.
import { rmSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeLivy, livyRequest, tempDir, waitFor } from '../e2e/helpers.js';
import { startReplInTerminal } from './repl-terminal.js';
import { batchAppId, livy, spawnWaiter, startSleepingBatch, uniqueName, yarnApp } from './yarn-helpers.js';

describeLivy('livy local restart on YARN (recovery)', () => {
  it('a running batch survives a Livy restart and its waiter ends with success', async () => {
    const { id, appId } = await startSleepingBatch(45);
    const waiter = spawnWaiter(id);
    try {
      await waiter.attached;
      const restart = await livy(['local', 'restart'], 300_000);
      expect(restart.code, restart.stderr).toBe(0);
      expect(restart.stderr).toMatch(/restarted the local Livy at /);
      // The same batch, recovered by the new server.
      const { body } = await livyRequest<{ id: number }>('GET', `/batches/${id}`);
      expect(body.id).toBe(id);
      expect(await waiter.exited, waiter.stderr()).toBe(0);
      expect(await batchAppId(id)).toBe(appId);
      expect((await yarnApp(appId)).finalStatus).toBe('SUCCEEDED');
    } finally {
      waiter.kill();
    }
  });

  it('a statement of livy run outlives a Livy restart: the session and its variables are recovered', async () => {
    const name = uniqueName('run-restart');
    const run = livy([
      'run',
      '-k',
      'pyspark',
      '--name',
      name,
      '-e',
      'x = 41',
      '-e',
      'import time; time.sleep(40); print("SURVIVED", x + 1)',
    ]);
    // The second statement is running once the first has produced its (empty) result.
    await waitFor(
      async () => {
        const { body } = await livyRequest<{ statements?: Array<{ state: string }> }>(
          'GET',
          `/sessions/${encodeURIComponent(name)}/statements`,
        );
        return body.statements?.length === 2 && body.statements[1]!.state === 'running';
      },
      { timeoutMs: 600_000, what: 'the sleeping statement to run' },
    );
    const restart = await livy(['local', 'restart'], 300_000);
    expect(restart.code, restart.stderr).toBe(0);
    const result = await run;
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^SURVIVED 42$/m);
    // The run deleted its session afterwards, as without the restart.
    expect((await livyRequest('GET', `/sessions/${encodeURIComponent(name)}`)).status).toBe(404);
  });

  it('a running livy repl keeps its session and variables through a Livy restart, then quits and deletes the session', async () => {
    const historyDir = tempDir('livy-e2e-yarn-history-');
    const repl = startReplInTerminal(['--kind', 'pyspark', '--name', uniqueName('repl-restart'), '--history-dir', historyDir]);
    try {
      const started = await repl.waitFor(/session (\d+) \(pyspark\) started, application (application_\d+_\d+)/, 'the session to start');
      const id = Number(started[1]);
      const appId = started[2]!;
      repl.type('x = 20; print("SET", x)\r');
      await repl.waitFor(/SET 20\n/, 'the variable to be set');

      const restart = await livy(['local', 'restart'], 300_000);
      expect(restart.code, restart.stderr).toBe(0);
      expect(restart.stderr).toMatch(/restarted the local Livy at /);

      const before = repl.screen().length;
      repl.type('spark.range(x).count() * 1000 + x\r');
      await repl.waitFor(/[\s>]20020\n/, 'the result computed from the variable after the restart');
      const afterRestart = repl.screen().slice(before);
      // The same session, not a new one: its prompt, and nothing said about losing it.
      expect(afterRestart).toContain(`pyspark:${id}> spark.range(x).count() * 1000 + x`);
      expect(afterRestart).not.toMatch(/lost|is gone|replaced|no longer exists|start a new session|failed to run/);
      const { body } = await livyRequest<{ id: number; appId: string; state: string }>('GET', `/sessions/${id}`);
      expect(body).toMatchObject({ id, appId, state: 'idle' });

      repl.type(':quit\r');
      expect(await repl.exited, repl.screen().slice(-3000)).toBe(0);
      expect(repl.screen()).toContain(`session ${id} was deleted`);
      expect((await livyRequest('GET', `/sessions/${id}`)).status).toBe(404);
      // Deleting the session ends its application.
      await waitFor(async () => ['FINISHED', 'KILLED'].includes((await yarnApp(appId)).state), {
        timeoutMs: 120_000,
        what: `${appId} to end`,
      });
    } finally {
      repl.kill();
      rmSync(historyDir, { recursive: true, force: true });
    }
  });
});
