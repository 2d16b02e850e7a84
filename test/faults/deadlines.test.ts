// Servers that take a request and never answer, or answer one byte at a time: every command
// ends, with exit 3 and a line saying what timed out; signals are honoured mid-request.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { FaultLivy } from './support/fault-livy.js';
import { LivyProcess, runLivy } from './support/livy-process.js';
import { useFaultLivy } from './support/use-fault-livy.js';

const faultLivy = useFaultLivy();
let fake: FaultLivy;
beforeEach(() => {
  fake = faultLivy();
});

describe('request deadlines', () => {
  it('batches list against a server that never answers ends with exit 3', async () => {
    fake.fault('GET', '/batches', { kind: 'hang' });
    const run = await runLivy(['batches', 'list', '--url', fake.url, '--request-timeout', '1s']);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/within 1s/);
  });

  it('batches list against a server that trickles one byte at a time ends with exit 3', async () => {
    fake.fault('GET', '/batches', { kind: 'trickle', everyMs: 200 });
    const run = await runLivy(['batches', 'list', '--url', fake.url], { LIVY_REQUEST_TIMEOUT: '1500ms' });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/did not complete within 1.5s/);
  });

  it("a profile's requestTimeout applies to every request through it", async () => {
    fake.fault('GET', '/batches', { kind: 'hang' });
    const home = { HOME: mkdtempSync(join(tmpdir(), 'livy-faults-profile-')) };
    const add = await runLivy(['profile', 'add', 'slow', '--url', fake.url, '--request-timeout', '1s'], home);
    expect(add.code, add.stderr).toBe(0);
    const run = await runLivy(['batches', 'list', '-p', 'slow'], home);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/within 1s/);
  });

  it('a reset connection is retried and the list still comes', async () => {
    fake.addBatch({ name: 'nightly' });
    fake.fault('GET', '/batches', { kind: 'reset' }, 1);
    const run = await runLivy(['batches', 'list', '--url', fake.url, '-o', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).sessions[0].name).toBe('nightly');
  });

  it('submit --timeout is a hard deadline even while a poll hangs', async () => {
    fake.script = ['running'];
    fake.fault('GET', /^\/batches\/0$/, { kind: 'hang' });
    const run = await runLivy(['submit', '--url', fake.url, '--timeout', '2s', '/jobs/pi.py']);
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/--timeout reached/);
  });
});

describe('signals', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('%s while POST /batches hangs: exit 130, and the batch may exist', async (signal) => {
    fake.fault('POST', '/batches', { kind: 'hang' });
    const livy = new LivyProcess(['submit', '--url', fake.url, '--name', 'nightly', '/jobs/pi.py']);
    await fake.postArrived();
    livy.kill(signal);
    const run = await livy.finished;
    expect(run.code).toBe(130);
    expect(run.stderr).toMatch(/the batch may exist/);
    expect(run.stderr).toContain('livy batches get nightly');
  });

  it('SIGTERM while a poll hangs: exit 130, detached, the batch left alone', async () => {
    fake.script = ['running'];
    const livy = new LivyProcess(['submit', '--url', fake.url, '/jobs/pi.py']);
    await livy.stderrMatches(/batch 0: running/);
    fake.fault('GET', /^\/batches\/0/, { kind: 'hang' });
    await new Promise((r) => setTimeout(r, 1200));
    livy.kill('SIGTERM');
    const run = await livy.finished;
    expect(run.code).toBe(130);
    expect(run.stderr).toMatch(/detached from batch 0/);
    expect(fake.requests.some((r) => r.method === 'DELETE')).toBe(false);
  });
});
