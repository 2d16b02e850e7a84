// The request rate of a batch wait with the default schedule, counted against a fake batch in
// accelerated time: what the README's Polling section promises.
import { describe, expect, it } from 'vitest';
import { waitForBatch } from '../../../src/client/batch-waiter.js';
import type { BatchesApi } from '../../../src/client/livy-client.js';
import type { Batch, LogPage } from '../../../src/client/schemas.js';
import { FakeClock } from '../../support/fake-clock.js';

const MINUTE = 60_000;

/**
 * A batch that runs `runMs` then succeeds, printing `linesPerSecond` (and, from `endsAtMs` on, the
 * line Spark prints when its context stops); records when each request came. With
 * `endAfterReadMs`, it ends that long after the wait first read that line instead.
 */
function timedBatch(runMs: number, linesPerSecond: number, endsAtMs = Infinity, endAfterReadMs?: number) {
  const clock = new FakeClock();
  const times: number[] = [];
  const state = (): string => (clock.now() >= runMs ? 'success' : 'running');
  const api = {
    async get(): Promise<Batch> {
      times.push(clock.now());
      return { id: 1, state: state(), appId: 'local-1', name: 'job' } as Batch;
    },
    async state(): Promise<{ id: number; state: string }> {
      times.push(clock.now());
      return { id: 1, state: state() };
    },
    async log(): Promise<LogPage> {
      times.push(clock.now());
      const lines = Array.from({ length: Math.floor((Math.min(clock.now(), runMs) / 1000) * linesPerSecond) }, (_, i) => `line ${i}`);
      if (clock.now() >= endsAtMs) {
        lines.push('26/11/29 06:58:00 INFO SparkContext: Invoking stop() from shutdown hook');
        if (endAfterReadMs !== undefined && runMs > clock.now() + endAfterReadMs) runMs = clock.now() + endAfterReadMs;
      }
      return { id: 1, from: 0, total: lines.length + 1, log: ['stdout: ', ...lines.slice(-200)] };
    },
  } as unknown as BatchesApi;
  return { api, clock, times, end: () => clock.now(), endedAt: () => runMs };
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
    const result = await waitForBatch(batch.api, 1, { clock: batch.clock, followLog });
    expect(result.outcome).toBe('success');
    expect(busiestMinute(batch.times)).toBeLessThanOrEqual(4 * 60);
    expect(batch.times.length / (batch.end() / 1000)).toBeLessThan(1);
  });

  // The hot phase after a log line that announces the end comes once per wait, wherever it falls.
  it.each([1_000, 13_000, 30_000, 59_000, 61_000, 299_000])(
    'an end announced in the log at %i ms that does not come: still at most 4 requests/s in any minute, under 1/s on average',
    async (announcedAt) => {
      const batch = timedBatch(10 * MINUTE, 1, announcedAt);
      const result = await waitForBatch(batch.api, 1, { clock: batch.clock, followLog: true });
      expect(result.outcome).toBe('success');
      expect(busiestMinute(batch.times)).toBeLessThanOrEqual(4 * 60);
      expect(batch.times.length / (batch.end() / 1000)).toBeLessThan(1);
    },
  );

  it('a batch that ends after 6 s is seen to end within 100 ms; after 15 s, within 250 ms', async () => {
    for (const [runMs, within] of [
      [6_000, 100],
      [15_000, 250],
    ] as const) {
      const batch = timedBatch(runMs, 1);
      await waitForBatch(batch.api, 1, { clock: batch.clock, followLog: true });
      expect(batch.end() - runMs).toBeLessThanOrEqual(within);
    }
  });

  it('a batch that ends within a second of the wait reading the end announced in its log is seen to end within 80 ms, even late in a long wait', async () => {
    for (const afterRead of [100, 500, 900]) {
      const batch = timedBatch(10 * MINUTE, 1, 5 * MINUTE, afterRead);
      await waitForBatch(batch.api, 1, { clock: batch.clock, followLog: true });
      expect(batch.endedAt()).toBeLessThan(5 * MINUTE + 10_000);
      expect(batch.end() - batch.endedAt()).toBeLessThanOrEqual(80);
    }
  });
});
