import { describe, expect, it } from 'vitest';
import { systemClock } from '../../../src/client/clock.js';

describe('systemClock', () => {
  it('timeout aborts with the reason given once the time has passed', async () => {
    const reason = new Error('--timeout reached');
    const signal = systemClock.timeout(5, reason);
    expect(signal.aborted).toBe(false);
    await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
    expect(signal.reason).toBe(reason);
  });

  it('timeout without a reason aborts with a TimeoutError, as AbortSignal.timeout does', async () => {
    const signal = systemClock.timeout(1);
    await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
    expect((signal.reason as DOMException).name).toBe('TimeoutError');
  });

  it("sleep rejects with the signal's reason when it aborts first", async () => {
    const controller = new AbortController();
    const reason = new Error('interrupted');
    const sleeping = systemClock.sleep(60_000, controller.signal);
    controller.abort(reason);
    await expect(sleeping).rejects.toBe(reason);
  });
});
