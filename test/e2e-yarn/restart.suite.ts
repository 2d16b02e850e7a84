// `livy local restart` restarts Livy alone: the YARN application keeps running, Livy's recovery
// finds the batch again, and a CLI waiting on it carries on to success.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeLivy, LIVY_BIN, livyRequest, REPO_ROOT, waitFor } from '../e2e/helpers.js';
import { batchAppId, cliEnv, livy, putJob, yarnApp } from './yarn-helpers.js';

describeLivy('livy local restart on YARN (recovery)', () => {
  it('a running batch survives a Livy restart and its waiter ends with success', async () => {
    const submit = await livy(['submit', '--async', await putJob(join(REPO_ROOT, 'test', 'fixtures', 'jobs', 'sleep.py')), '45'], 60_000);
    expect(submit.code, submit.stderr).toBe(0);
    const id = Number(/\d+/.exec(submit.stdout)![0]);
    const appId = await waitFor(async () => (await batchAppId(id)) ?? undefined, { timeoutMs: 600_000, what: 'an application id' });
    await waitFor(async () => (await yarnApp(appId)).state === 'RUNNING', { timeoutMs: 600_000, what: `${appId} running` });
    const waiter = spawn(process.execPath, [LIVY_BIN, 'batches', 'wait', String(id)], {
      env: { ...process.env, ...cliEnv(), NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    waiter.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const exited = new Promise<number | null>((r) => waiter.on('close', (code) => r(code)));
    try {
      const restart = await livy(['local', 'restart'], 300_000);
      expect(restart.code, restart.stderr).toBe(0);
      expect(restart.stderr).toMatch(/restarted the local Livy at /);
      // The same batch, recovered by the new server.
      const { body } = await livyRequest<{ id: number; appId: string | null }>('GET', `/batches/${id}`);
      expect(body.id).toBe(id);
      expect(await exited, stderr).toBe(0);
      expect(await batchAppId(id)).toBe(appId);
      expect((await yarnApp(appId)).finalStatus).toBe('SUCCEEDED');
    } finally {
      waiter.kill('SIGKILL');
    }
  });
});
