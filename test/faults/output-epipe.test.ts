// A reader that goes away (`livy … | head -1`): the built binary ends quietly with 141, as git does.
import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { batchView, FakeLivy } from '../support/fake-livy.js';
import { FakeSessionServer, text } from '../unit/repl/fake-sessions.js';
import { bin, isolatedEnv, root, type Finished } from './built-livy.js';

/** `livy ARGS | head -1` in bash; resolves with head's line, livy's stderr and livy's exit status. */
function pipedToHead(args: string[], env: NodeJS.ProcessEnv): Promise<Finished & { livyStatus: number }> {
  const quoted = args.map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`).join(' ');
  const script = `"${process.execPath}" "${bin}" ${quoted} | head -1; echo "livy-status \${PIPESTATUS[0]}" >&2`;
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', script], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const status = /livy-status (\d+)/.exec(stderr);
      resolve({ code, signal, stdout, stderr: stderr.replace(/livy-status \d+\n/, ''), livyStatus: status ? Number(status[1]) : -1 });
    });
  });
}

describe('stdout closed by the reader', () => {
  let fake: FakeLivy;
  beforeEach(async () => {
    fake = await new FakeLivy().start();
  });
  afterEach(() => fake.stop());

  it('batches list | head -1: one line, exit 141, nothing on stderr', async () => {
    const sessions = Array.from({ length: 5000 }, (_, i) => batchView(i, 'success', { name: `job-${i}-${'x'.repeat(40)}` }));
    fake.on('GET', '/batches', { json: { from: 0, total: sessions.length, sessions } });
    const run = await pipedToHead(['batches', 'list', '--url', fake.url], isolatedEnv());
    expect(run.stdout).toMatch(/^ID\s+NAME/);
    expect(run.stdout.split('\n')).toHaveLength(2);
    expect(run.livyStatus).toBe(141);
    expect(run.stderr).toBe('');
  });

  it('submit | head -1 while the batch runs: ends at once with 141, no stack trace, the batch left running', async () => {
    let lines = 0;
    fake.on('POST', '/batches', { status: 201, json: batchView(1, 'starting') });
    fake.on('GET', '/batches/1', { json: batchView(1, 'running') });
    fake.on('GET', '/batches/1/state', { json: { id: 1, state: 'running' } });
    fake.on('GET', '/batches/1/log', () => {
      lines += 50;
      const log = ['stdout: ', ...Array.from({ length: lines }, (_, i) => `line ${i}`), '\nstderr: '];
      return { json: { id: 1, from: 0, total: log.length, log } };
    });
    const run = await pipedToHead(['submit', '--url', fake.url, 'hdfs:///jobs/x.py'], isolatedEnv());
    expect(run.stdout.split('\n')).toHaveLength(2);
    expect(run.livyStatus).toBe(141);
    expect(run.stderr).toMatch(/detached from batch 1; it keeps running on the server/);
    expect(run.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(fake.requests.filter((r) => r.method === 'DELETE')).toEqual([]);
  });
});

describe('livy run with stdout closed by the reader', () => {
  let fake: FakeSessionServer;
  beforeEach(async () => {
    fake = await new FakeSessionServer().start();
  });
  afterEach(() => fake.stop());

  it('run | head -1: exit 141, and the session it started is deleted', async () => {
    fake.evaluate = () => ({ output: text(Array.from({ length: 20_000 }, (_, i) => `row ${i}`).join('\n')) });
    const run = await pipedToHead(['run', '--kind', 'pyspark', '-e', 'rows()', '-e', 'rows()', '--url', fake.url], isolatedEnv());
    expect(run.stdout).toBe('row 0\n');
    expect(run.livyStatus).toBe(141);
    expect(run.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(fake.requestsTo('DELETE', /^\/sessions\/0$/)).toHaveLength(1);
  });
});
