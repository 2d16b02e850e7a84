import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../../src/client/clock.js';
import { LiveTimers } from '../../support/live-timers.js';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('systemClock', () => {
  let timers: LiveTimers | undefined;
  afterEach(() => timers?.stop());

  it('deadline aborts with the reason given once the time has passed', async () => {
    const reason = new Error('--timeout reached');
    const { signal } = systemClock.deadline(5, reason);
    expect(signal.aborted).toBe(false);
    await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
    expect(signal.reason).toBe(reason);
  });

  it('deadline without a reason aborts with a TimeoutError, as AbortSignal.timeout does', async () => {
    const { signal } = systemClock.deadline(1);
    await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
    expect((signal.reason as DOMException).name).toBe('TimeoutError');
  });

  it('a cleared deadline never aborts, and clearing it again does nothing', async () => {
    const cleared = systemClock.deadline(20, new Error('--timeout reached'));
    const uncleared = systemClock.deadline(20, new Error('--timeout reached'));
    cleared.clear();
    cleared.clear();
    await sleep(60);
    expect(uncleared.signal.aborted).toBe(true);
    expect(cleared.signal.aborted).toBe(false);
  });

  it('clearing a deadline drops its timer', async () => {
    timers = new LiveTimers().start();
    const deadline = systemClock.deadline(3_600_000);
    expect(timers.count(3_600_000)).toBe(1);
    deadline.clear();
    await timers.settled();
    expect(timers.count(3_600_000)).toBe(0);
  });

  it('`using` clears a deadline at the end of its block', async () => {
    timers = new LiveTimers().start();
    let signal: AbortSignal;
    {
      using deadline = systemClock.deadline(3_600_000);
      signal = deadline.signal;
      expect(timers.count(3_600_000)).toBe(1);
    }
    await timers.settled();
    expect(timers.count(3_600_000)).toBe(0);
    expect(signal.aborted).toBe(false);
  });

  it('clearing a deadline that has passed does nothing', async () => {
    const reason = new Error('--timeout reached');
    const deadline = systemClock.deadline(1, reason);
    await new Promise((resolve) => deadline.signal.addEventListener('abort', resolve, { once: true }));
    deadline.clear();
    expect(deadline.signal.reason).toBe(reason);
  });

  it("sleep rejects with the signal's reason when it aborts first", async () => {
    const controller = new AbortController();
    const reason = new Error('interrupted');
    const sleeping = systemClock.sleep(60_000, controller.signal);
    controller.abort(reason);
    await expect(sleeping).rejects.toBe(reason);
  });
});
