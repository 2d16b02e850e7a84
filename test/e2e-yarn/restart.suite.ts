// `livy local restart` restarts Livy alone: the YARN application keeps running, Livy's recovery
// finds the batch again, and a CLI waiting on it carries on to success.
import { expect, it } from 'vitest';
import { describeLivy, livyRequest } from '../e2e/helpers.js';
import { batchAppId, livy, spawnWaiter, startSleepingBatch, yarnApp } from './yarn-helpers.js';

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
});
