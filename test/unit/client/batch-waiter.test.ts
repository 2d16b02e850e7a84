import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitForBatch } from '../../../src/client/batch-waiter.js';
import { LivyHttpError, LivyNetworkError } from '../../../src/client/errors.js';
import type { BatchesApi } from '../../../src/client/livy-client.js';
import type { Batch, LogPage } from '../../../src/client/schemas.js';
import { FakeClock } from '../../support/fake-clock.js';
import { LiveTimers } from '../../support/live-timers.js';

type Step = Partial<Batch> | Error;

/**
 * A scripted BatchesApi: the server's view advances one step per poll (the last step repeats);
 * the full view read right after a state poll shows the same step. The log is the one for the
 * steps seen so far.
 */
function scripted(steps: Step[], logs: string[][] = []): BatchesApi & { polls: number; gets: number } {
  let poll = 0;
  let afterState = false;
  const take = (advance: boolean): Partial<Batch> => {
    if (advance) poll++;
    api.polls = poll;
    const step = steps[Math.min(poll - 1, steps.length - 1)]!;
    if (step instanceof Error) throw step;
    return step;
  };
  const api = {
    polls: 0,
    gets: 0,
    async get(): Promise<Batch> {
      api.gets++;
      const advance = !afterState;
      afterState = false;
      return { id: 1, state: 'running', ...take(advance) } as Batch;
    },
    async state(): Promise<{ id: number; state: string }> {
      afterState = false;
      const state = take(true).state ?? 'running';
      afterState = true;
      return { id: 1, state };
    },
    async log(): Promise<LogPage> {
      const log = logs[Math.max(0, Math.min(poll - 1, logs.length - 1))] ?? [];
      return { id: 1, from: 0, total: log.length, log };
    },
  };
  return api as unknown as BatchesApi & { polls: number; gets: number };
}

const virtual = (): { clock: FakeClock } => ({ clock: new FakeClock() });

const refused = (): LivyNetworkError => new LivyNetworkError('refused', 'GET', '/batches/1', 'ECONNREFUSED', false);
const notFound = (): LivyHttpError => new LivyHttpError(404, "Session '1' not found.", 'GET', '/batches/1');

describe('waitForBatch', () => {
  it.each([
    ['success', 'success'],
    ['dead', 'failed'],
    ['error', 'failed'],
    ['killed', 'killed'],
  ] as const)('ends on %s with outcome %s', async (state, outcome) => {
    const api = scripted([{ state: 'starting' }, { state: 'running' }, { state }]);
    const result = await waitForBatch(api, 1, virtual());
    expect(result.outcome).toBe(outcome);
    expect(result.batch?.state).toBe(state);
  });

  it('reports each state change once', async () => {
    const states: string[] = [];
    const api = scripted([{ state: 'starting' }, { state: 'starting' }, { state: 'running' }, { state: 'running' }, { state: 'success' }]);
    await waitForBatch(api, 1, { ...virtual(), onState: (s) => states.push(s) });
    expect(states).toEqual(['starting', 'running', 'success']);
  });

  it('times out without touching the job', async () => {
    const clock = new FakeClock();
    const result = await waitForBatch(scripted([{ state: 'running' }]), 1, { clock, timeoutMs: 5000 });
    expect(result.outcome).toBe('timeout');
    expect(clock.now()).toBe(5000);
    expect(result.elapsedMs).toBe(5000);
  });

  it('polls the state fast at first, then more gently, within the cap', async () => {
    const clock = new FakeClock();
    const delays = clock.sleeps;
    await waitForBatch(scripted([...Array(40).fill({ state: 'running' }), { state: 'success' }]), 1, {
      clock,
      statePoll: { firstMs: 50, growth: 2, minMs: 200, maxMs: 1000, fraction: 0.1 },
      detailPoll: { minMs: 60_000, maxMs: 60_000, fraction: 0, quietFactor: 1, quietMaxMs: 60_000 },
    });
    expect(delays.slice(0, 4)).toEqual([50, 100, 200, 200]);
    expect(Math.max(...delays)).toBe(1000);
    expect(delays).toEqual([...delays].sort((a, b) => a - b));
  });

  it('a log line announcing the end of the application makes the next state polls hot, once per wait', async () => {
    const clock = new FakeClock();
    const delays = clock.sleeps;
    const stop = '26/11/29 06:58:00 INFO SparkContext: Invoking stop() from shutdown hook';
    // The line shows up in the log at the second look; the batch ends much later.
    const logs = [
      ['stdout: ', 'starting'],
      ['stdout: ', 'starting', stop],
    ];
    await waitForBatch(scripted([...Array(30).fill({ state: 'running' }), { state: 'success' }], logs), 1, {
      clock,
      followLog: true,
      statePoll: { firstMs: 1000, growth: 1, minMs: 1000, maxMs: 1000, fraction: 0, endHint: { everyMs: 10, polls: 3 } },
      detailPoll: { minMs: 2500, maxMs: 2500, fraction: 0, quietFactor: 1, quietMaxMs: 2500 },
    });
    const hot = delays.flatMap((delay, i) => (delay === 10 ? [i] : []));
    expect(hot).toHaveLength(3);
    expect(hot[2]! - hot[0]!).toBe(2);
    expect(delays.filter((delay) => delay !== 10).every((delay) => delay === 1000)).toBe(true);
  });

  it('between full views, asks only for the state', async () => {
    const api = scripted([...Array(10).fill({ state: 'running' }), { state: 'success' }]);
    await waitForBatch(api, 1, {
      ...virtual(),
      detailPoll: { minMs: 60_000, maxMs: 60_000, fraction: 0, quietFactor: 1, quietMaxMs: 60_000 },
    });
    // The first look, and the one after the state changed to success.
    expect(api.gets).toBe(2);
  });

  it('rides out an outage and reports it', async () => {
    const events: string[] = [];
    const api = scripted([{ state: 'running' }, refused(), refused(), { state: 'running' }, { state: 'success' }]);
    const result = await waitForBatch(api, 1, {
      ...virtual(),
      onOutage: () => events.push('outage'),
      onRecovered: () => events.push('recovered'),
    });
    expect(result.outcome).toBe('success');
    expect(events).toEqual(['outage', 'outage', 'recovered']);
  });

  it('fails when the outage outlasts the tolerance', async () => {
    const api = scripted([{ state: 'running' }, refused()]);
    await expect(waitForBatch(api, 1, { ...virtual(), outageToleranceMs: 3000 })).rejects.toBeInstanceOf(LivyNetworkError);
  });

  it('calls a batch that disappears across an outage vanished', async () => {
    const api = scripted([{ state: 'running' }, refused(), notFound()]);
    expect((await waitForBatch(api, 1, virtual())).outcome).toBe('vanished');
  });

  it('calls a batch under our id with another application replaced, and keeps our view', async () => {
    const api = scripted([{ state: 'running', appId: 'local-1' }, refused(), { state: 'running', appId: 'local-2' }]);
    const result = await waitForBatch(api, 1, virtual());
    expect(result.outcome).toBe('replaced');
    expect(result.batch?.appId).toBe('local-1');
  });

  it('calls a batch deleted well after a recovered outage deleted', async () => {
    const api = scripted([{ state: 'running' }, refused(), { state: 'running' }, { state: 'running' }, notFound()]);
    expect((await waitForBatch(api, 1, virtual())).outcome).toBe('deleted');
  });

  it('calls a batch that disappears while the server stayed up deleted', async () => {
    const api = scripted([{ state: 'running' }, notFound()]);
    expect((await waitForBatch(api, 1, virtual())).outcome).toBe('deleted');
  });

  it('propagates a 404 for a batch it never saw', async () => {
    await expect(waitForBatch(scripted([notFound()]), 1, virtual())).rejects.toBeInstanceOf(LivyHttpError);
  });

  it('streams the log and reads it once more after the end was seen', async () => {
    const lines: string[] = [];
    const api = scripted(
      [{ state: 'running' }, { state: 'running' }, { state: 'success' }],
      [
        ['stdout: ', 'a'],
        ['stdout: ', 'a', 'b'],
        ['stdout: ', 'a', 'b', 'c'],
      ],
    );
    await waitForBatch(api, 1, { ...virtual(), followLog: true, onLog: (chunk) => lines.push(...chunk.lines) });
    expect(lines).toEqual(['a', 'b', 'c']);
  });

  it('stops on the first poll when the id already names another batch', async () => {
    const api = scripted([{ state: 'running', name: 'theirs' }]);
    const result = await waitForBatch(api, 1, { ...virtual(), expected: { id: 1, state: 'starting', name: 'mine' } as Batch });
    expect(result.outcome).toBe('replaced');
    expect(result.batch?.name).toBe('mine');
    expect(result.replacedBecause).toMatch(/theirs/);
  });

  it('never streams the log of a batch that replaced ours', async () => {
    const lines: string[] = [];
    const api = scripted(
      [
        { state: 'running', owner: 'me' },
        { state: 'running', owner: 'bob' },
      ],
      [
        ['stdout: ', 'mine'],
        ['stdout: ', 'theirs'],
      ],
    );
    const result = await waitForBatch(api, 1, { ...virtual(), followLog: true, onLog: (chunk) => lines.push(...chunk.lines) });
    expect(result.outcome).toBe('replaced');
    expect(lines).toEqual(['mine']);
  });

  it.each([
    ['429', () => new LivyHttpError(429, 'busy', 'GET', '/batches/1')],
    ['500', () => new LivyHttpError(500, 'oops', 'GET', '/batches/1')],
    ['a passing 401', () => new LivyHttpError(401, '', 'GET', '/batches/1')],
  ])('keeps waiting through %s once the batch was seen', async (_what, error) => {
    const troubles: string[] = [];
    const api = scripted([{ state: 'running' }, error(), { state: 'success' }]);
    const result = await waitForBatch(api, 1, { ...virtual(), onOutage: (e) => troubles.push(e.message) });
    expect(result.outcome).toBe('success');
    expect(troubles).toHaveLength(1);
  });

  it('a 401 before the batch was ever seen ends the wait', async () => {
    const api = scripted([new LivyHttpError(401, '', 'GET', '/batches/1')]);
    await expect(waitForBatch(api, 1, virtual())).rejects.toMatchObject({ status: 401 });
  });

  it('keeps waiting through a state it does not know', async () => {
    const states: string[] = [];
    const api = scripted([{ state: 'running' }, { state: 'suspended' }, { state: 'success' }]);
    const result = await waitForBatch(api, 1, { ...virtual(), onState: (s) => states.push(s) });
    expect(result.outcome).toBe('success');
    expect(states).toEqual(['running', 'suspended', 'success']);
  });

  it('--timeout cuts a poll that never returns', async () => {
    const api = {
      get: (_id: number, options: { signal?: AbortSignal }) =>
        new Promise<Batch>((_resolve, reject) => options.signal?.addEventListener('abort', () => reject(options.signal?.reason))),
      log: async () => ({ id: 1, from: 0, total: 0, log: [] }),
      state: async () => ({ id: 1, state: 'running' }),
    } as unknown as BatchesApi;
    const clock = new FakeClock();
    const waiting = waitForBatch(api, 1, { clock, timeoutMs: 10 * 60_000 });
    clock.advance(10 * 60_000);
    const result = await waiting;
    expect(result.outcome).toBe('timeout');
    expect(result.elapsedMs).toBe(10 * 60_000);
  });

  it('stops at once when aborted', async () => {
    const controller = new AbortController();
    const reason = new Error('interrupted');
    const api = scripted([{ state: 'running' }]);
    const clock = new FakeClock({ autoAdvance: false });
    const waiting = waitForBatch(api, 1, { signal: controller.signal, clock });
    await vi.waitFor(() => expect(clock.pendingSleeps).toBe(1), { interval: 1 });
    controller.abort(reason);
    await expect(waiting).rejects.toBe(reason);
    expect(clock.now()).toBe(0);
  });

  describe('its --timeout deadline is gone once the wait is over', () => {
    const HOUR = 3_600_000;

    it('when the batch ends', async () => {
      const clock = new FakeClock();
      const during: number[] = [];
      const api = scripted([{ state: 'running' }, { state: 'success' }]);
      const result = await waitForBatch(api, 1, { clock, timeoutMs: HOUR, onState: () => during.push(clock.pendingDeadlines) });
      expect(result.outcome).toBe('success');
      expect(during).toEqual([1, 1]);
      expect(clock.pendingDeadlines).toBe(0);
    });

    it('when the wait fails', async () => {
      const clock = new FakeClock();
      const during: number[] = [];
      const api = scripted([{ state: 'running' }, new LivyHttpError(400, 'bad request', 'GET', '/batches/1')]);
      const waiting = waitForBatch(api, 1, { clock, timeoutMs: HOUR, onState: () => during.push(clock.pendingDeadlines) });
      await expect(waiting).rejects.toThrow('bad request');
      expect(during).toEqual([1]);
      expect(clock.pendingDeadlines).toBe(0);
    });

    it('when aborted', async () => {
      const controller = new AbortController();
      const clock = new FakeClock({ autoAdvance: false });
      const waiting = waitForBatch(scripted([{ state: 'running' }]), 1, { signal: controller.signal, clock, timeoutMs: HOUR });
      await vi.waitFor(() => expect(clock.pendingSleeps).toBe(1), { interval: 1 });
      expect(clock.pendingDeadlines).toBe(1);
      controller.abort(new Error('interrupted'));
      await expect(waiting).rejects.toThrow('interrupted');
      expect(clock.pendingDeadlines).toBe(0);
    });

    it("leaves no listener on the caller's signal, which may outlive many waits", async () => {
      const caller = new AbortController();
      const clock = new FakeClock();
      const during: number[] = [];
      const api = scripted([{ state: 'running' }, { state: 'success' }]);
      const onState = (): number => during.push(getEventListeners(caller.signal, 'abort').length);
      await waitForBatch(api, 1, { clock, timeoutMs: HOUR, signal: caller.signal, onState });
      expect(during[0]).toBeGreaterThan(0);
      expect(getEventListeners(caller.signal, 'abort')).toHaveLength(0);
    });

    describe('on the system clock', () => {
      let timers: LiveTimers;
      afterEach(() => timers.stop());

      it('no timer of it stays behind', async () => {
        timers = new LiveTimers().start();
        const during: number[] = [];
        const api = scripted([{ state: 'running' }, { state: 'success' }]);
        const result = await waitForBatch(api, 1, { timeoutMs: HOUR, onState: () => during.push(timers.count(HOUR)) });
        expect(result.outcome).toBe('success');
        expect(during).toEqual([1, 1]);
        await timers.settled();
        expect(timers.count(HOUR)).toBe(0);
      });
    });
  });
});
