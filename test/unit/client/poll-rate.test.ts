// The request rate of a batch wait with the default schedule, counted against a fake batch in
// accelerated time: what the README's Polling section promises.
import { describe, expect, it } from 'vitest';
import { waitForBatch } from '../../../src/client/batch-waiter.js';
import type { BatchesApi } from '../../../src/client/livy-client.js';
import type { Batch, LogPage } from '../../../src/client/schemas.js';

const MINUTE = 60_000;

/** A batch that runs `runMs` then succeeds, printing `linesPerSecond`; records when each request came. */
function timedBatch(runMs: number, linesPerSecond: number) {
  let now = 0;
  const times: number[] = [];
  const state = (): string => (now >= runMs ? 'success' : 'running');
  const api = {
    async get(): Promise<Batch> {
      times.push(now);
      return { id: 1, state: state(), appId: 'local-1', name: 'job' } as Batch;
    },
    async state(): Promise<{ id: number; state: string }> {
      times.push(now);
      return { id: 1, state: state() };
    },
    async log(): Promise<LogPage> {
      times.push(now);
      const lines = Array.from({ length: Math.floor((Math.min(now, runMs) / 1000) * linesPerSecond) }, (_, i) => `line ${i}`).slice(-200);
      return { id: 1, from: 0, total: lines.length + 1, log: ['stdout: ', ...lines] };
    },
  } as unknown as BatchesApi;
  const clock = { now: () => now, sleep: async (ms: number) => void (now += ms) };
  return { api, clock, times, end: () => now };
}

/** The most requests in any one-minute window. */
function busiestMinute(times: readonly number[]): number {
  let most = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= MINUTE) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

describe('the request rate of a 10-minute batch wait', () => {
  it.each([
    ['a line every second, log followed', 1, true],
    ['a quiet log, log followed', 0, true],
    ['log not followed', 1, false],
  ] as const)('%s: at most 4 requests/s in any minute, under 1/s on average', async (_what, linesPerSecond, followLog) => {
    const batch = timedBatch(10 * MINUTE, linesPerSecond);
    const result = await waitForBatch(batch.api, 1, { ...batch.clock, followLog });
    expect(result.outcome).toBe('success');
    expect(busiestMinute(batch.times)).toBeLessThanOrEqual(4 * 60);
    expect(batch.times.length / (batch.end() / 1000)).toBeLessThan(1);
  });

  it('a batch that ends after 15 s is seen to end within 200 ms', async () => {
    const batch = timedBatch(15_000, 1);
    await waitForBatch(batch.api, 1, { ...batch.clock, followLog: true });
    expect(batch.end() - 15_000).toBeLessThanOrEqual(200);
  });
});
