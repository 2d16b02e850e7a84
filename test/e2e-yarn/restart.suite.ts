// `livy local restart` restarts Livy alone: the YARN application keeps running, Livy's recovery
// finds the batch again, and a CLI waiting on it carries on to success.
import { expect, it } from 'vitest';
import { describeLivy, livyRequest, waitFor } from '../e2e/helpers.js';
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
    const run = livy(['run', '-k', 'pyspark', '--name', name, '-e', 'x = 41', '-e', 'import time; time.sleep(40); print("SURVIVED", x + 1)']);
    // The second statement is running once the first has produced its (empty) result.
    await waitFor(
      async () => {
        const { body } = await livyRequest<{ statements?: Array<{ state: string }> }>('GET', `/sessions/${encodeURIComponent(name)}/statements`);
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
});
