// Answers that mean "not now" — 429/503 with Retry-After, a passing 401, a state Livy's
// docs do not list, Livy's refusal to create while busy — are waited out, never fatal.
import { beforeEach, describe, expect, it } from 'vitest';
import type { FaultLivy } from './support/fault-livy.js';
import { runLivy } from './support/livy-process.js';
import { useFaultLivy } from './support/use-fault-livy.js';

const faultLivy = useFaultLivy();
let fake: FaultLivy;
beforeEach(() => {
  fake = faultLivy();
});

describe('retries', () => {
  it.each([429, 503])('a GET answered %i with Retry-After is retried', async (status) => {
    fake.fault('GET', '/batches', { kind: 'status', status, body: 'slow down', headers: { 'retry-after': '1' } }, 2);
    const run = await runLivy(['batches', 'list', '--url', fake.url]);
    expect(run.code).toBe(0);
    expect(fake.requests.filter((r) => r.path === '/batches')).toHaveLength(3);
  });

  it('a wait rides out 429, 503, a passing 401 and an unknown state, saying so', async () => {
    fake.script = ['running', 'suspended', 'suspended', 'running', 'success'];
    const path = /^\/batches\/0$/;
    fake.fault('GET', path, { kind: 'status', status: 429, body: 'busy', headers: { 'retry-after': '1' } }, 1);
    const run = runLivy(['submit', '--url', fake.url, '/jobs/pi.py']);
    // Later faults, once the wait has seen the batch: each comes after the previous is used up.
    setTimeout(() => {
      fake.fault('GET', path, { kind: 'status', status: 503, body: 'down' }, 1);
      fake.fault('GET', path, { kind: 'status', status: 401, body: '' }, 1);
    }, 100);
    const result = await run;
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/suspended \(a state livy does not know; still waiting\)/);
    expect(result.stderr).toMatch(/succeeded/);
  });

  it("Livy's too-many-creations refusal is retried; the batch is created once", async () => {
    fake.fault('POST', '/batches', { kind: 'status', status: 400, json: { msg: 'Rejected, too many sessions are being created!' } }, 2);
    const run = await runLivy(['submit', '--url', fake.url, '/jobs/pi.py']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/busy creating other sessions.*nothing was created, trying again/);
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(3);
    expect(fake.batches.size).toBe(1);
  });

  it('any other 400 on POST is not retried', async () => {
    fake.fault('POST', '/batches', {
      kind: 'status',
      status: 400,
      json: { msg: 'requirement failed: Local path /jobs/pi.py cannot be added to user sessions.' },
    });
    const run = await runLivy(['submit', '--url', fake.url, '/jobs/pi.py']);
    expect(run.code).toBe(2);
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });
});
