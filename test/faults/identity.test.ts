// A Livy restart without recovery reuses ids: a wait must notice that the batch under its id
// is another one, stop with exit 3, and never report or kill the newcomer. A lost POST reply
// adopts a batch only when it is provably the one just created.
import { beforeEach, describe, expect, it } from 'vitest';
import type { FaultLivy } from './support/fault-livy.js';
import { LivyProcess, runLivy } from './support/livy-process.js';
import { useFaultLivy } from './support/use-fault-livy.js';

const faultLivy = useFaultLivy();
let fake: FaultLivy;
beforeEach(() => {
  fake = faultLivy();
});

const deletes = () => fake.requests.filter((r) => r.method === 'DELETE');
const posts = () => fake.requests.filter((r) => r.method === 'POST');

describe('a batch replaced after a server restart', () => {
  it('livy submit stops with exit 3 and does not report the newcomer', async () => {
    fake.script = ['running'];
    const livy = new LivyProcess(['submit', '--url', fake.url, '--name', 'mine', '/jobs/pi.py']);
    await livy.stderrMatches(/batch 0: running/);
    fake.restart();
    fake.addBatch({ name: 'theirs', script: ['running', 'success'] });
    const run = await livy.finished;
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/batch 0 was replaced after a server restart/);
    expect(run.stderr).not.toMatch(/succeeded/);
  });

  it('batches wait --kill-on-interrupt never deletes the newcomer on Ctrl-C', async () => {
    fake.owner = 'me';
    fake.script = ['running'];
    fake.addBatch({ owner: 'me', script: ['running'] });
    const livy = new LivyProcess(['batches', 'wait', '0', '--url', fake.url, '--kill-on-interrupt']);
    await livy.stderrMatches(/batch 0: running/);
    fake.restart();
    fake.addBatch({ owner: 'someone-else', script: ['running'] });
    livy.kill('SIGINT');
    const run = await livy.finished;
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/replaced/);
    expect(deletes()).toHaveLength(0);
    expect(fake.batches.get(0)?.owner).toBe('someone-else');
  });

  it("batches logs -f stops with exit 3 instead of printing the newcomer's log", async () => {
    fake.addBatch({ name: 'mine', owner: 'me', script: ['running'], stdout: ['my line'] });
    const livy = new LivyProcess(['batches', 'logs', '-f', 'mine', '--url', fake.url]);
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => livy.stdout.includes('my line') && (clearInterval(poll), resolve()), 20);
    });
    fake.restart();
    fake.addBatch({ name: 'theirs', owner: 'someone-else', script: ['running'], stdout: ['their secret line'] });
    const run = await livy.finished;
    expect(run.code).toBe(3);
    expect(run.stdout).not.toContain('their secret line');
  });
});

describe('a lost reply to POST /batches', () => {
  it('adopts the batch by its name, which was free before the POST', async () => {
    fake.fault('POST', '/batches', { kind: 'lost-reply' }, 1);
    const run = await runLivy(['submit', '--url', fake.url, '--name', 'nightly', '/jobs/pi.py']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/looking for the batch by its name 'nightly'/);
    expect(posts()).toHaveLength(1);
    expect(fake.batches.size).toBe(1);
  });

  it('never adopts an older batch with the same name: nothing is sent, exit 2', async () => {
    fake.addBatch({ name: 'nightly', owner: 'me', state: 'success', script: [] });
    fake.fault('POST', '/batches', { kind: 'lost-reply' });
    const run = await runLivy(['submit', '--url', fake.url, '--name', 'nightly', '/jobs/pi.py']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--name 'nightly' is taken: batch 0/);
    expect(posts()).toHaveLength(0);
  });

  it('without a name: exit 3, outcome unknown, never resent', async () => {
    fake.fault('POST', '/batches', { kind: 'lost-reply' });
    const run = await runLivy(['submit', '--url', fake.url, '/jobs/pi.py']);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/may or may not have been created/);
    expect(run.stderr).toContain('livy batches list');
    expect(posts()).toHaveLength(1);
  });
});
