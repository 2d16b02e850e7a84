// Writes whose result the server did not confirm are reported as unknown, with the command
// that tells the truth; nothing is called rejected, deleted or killed unless Livy said so.
import { beforeEach, describe, expect, it } from 'vitest';
import type { FaultLivy } from './support/fault-livy.js';
import { LivyProcess, runLivy } from './support/livy-process.js';
import { useFaultLivy } from './support/use-fault-livy.js';

const faultLivy = useFaultLivy();
let fake: FaultLivy;
beforeEach(() => {
  fake = faultLivy();
});

describe('POST /batches', () => {
  it('a proxy 504 after Livy created the batch: not "rejected"; found by its name', async () => {
    fake.fault('POST', '/batches', { kind: 'after-status', status: 504, body: 'Gateway Timeout' }, 1);
    const run = await runLivy(['submit', '--url', fake.url, '--name', 'nightly', '/jobs/pi.py']);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(/rejected/i);
    expect(run.stderr).toMatch(/does not say whether Livy created it/);
    expect(fake.batches.size).toBe(1);
  });

  it('a proxy 504 without a name: exit 3, outcome unknown', async () => {
    fake.fault('POST', '/batches', { kind: 'after-status', status: 504, body: 'Gateway Timeout' });
    const run = await runLivy(['submit', '--url', fake.url, '/jobs/pi.py']);
    expect(run.code).toBe(3);
    expect(run.stderr).not.toMatch(/rejected/i);
    expect(run.stderr).toMatch(/may or may not have been created/);
  });

  it('a 201 whose body is not JSON: the batch is looked up by name, not reported as failed', async () => {
    fake.fault('POST', '/batches', { kind: 'after-status', status: 201, body: '<html>created</html>', contentType: 'text/html' }, 1);
    const run = await runLivy(['submit', '--url', fake.url, '--name', 'nightly', '/jobs/pi.py']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/looking for the batch by its name/);
  });

  it('a TLS failure before anything was sent does not say the batch may have been created', async () => {
    const run = await runLivy(['submit', '--url', fake.url.replace('http:', 'https:'), '--name', 'nightly', '/jobs/pi.py']);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/TLS/);
    expect(run.stderr).not.toMatch(/may (or may not )?have been created|may exist/);
    expect(fake.batches.size).toBe(0);
  });
});

describe('--kill-on-interrupt', () => {
  it('a DELETE that fails says the batch still runs', async () => {
    fake.script = ['running'];
    fake.fault('DELETE', /^\/batches\/0$/, { kind: 'status', status: 500, json: 'java.lang.IllegalStateException: boom' });
    const livy = new LivyProcess(['submit', '--url', fake.url, '--kill-on-interrupt', '/jobs/pi.py']);
    await livy.stderrMatches(/batch 0: running/);
    livy.kill('SIGINT');
    const run = await livy.finished;
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/could not kill batch 0 .*it is still running/);
    expect(run.stderr).not.toMatch(/batch 0 killed/);
    expect(fake.batches.has(0)).toBe(true);
  });

  it('a DELETE Livy confirms: exit 5, killed', async () => {
    fake.script = ['running'];
    const livy = new LivyProcess(['submit', '--url', fake.url, '--kill-on-interrupt', '/jobs/pi.py']);
    await livy.stderrMatches(/batch 0: running/);
    livy.kill('SIGINT');
    const run = await livy.finished;
    expect(run.code).toBe(5);
    expect(fake.batches.has(0)).toBe(false);
  });
});
