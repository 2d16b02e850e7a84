import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../support/fake-clock.js';

describe('FakeClock deadlines', () => {
  it('a deadline aborts when the time reaches it', () => {
    const clock = new FakeClock();
    const reason = new Error('--timeout reached');
    const { signal } = clock.deadline(1000, reason);
    clock.advance(999);
    expect(signal.aborted).toBe(false);
    clock.advance(1);
    expect(signal.reason).toBe(reason);
    expect(clock.pendingDeadlines).toBe(0);
  });

  it('a cleared deadline leaves the queue and never fires; clearing it again does nothing', () => {
    const clock = new FakeClock();
    const cleared = clock.deadline(1000);
    const kept = clock.deadline(2000);
    expect(clock.pendingDeadlines).toBe(2);
    cleared.clear();
    cleared.clear();
    expect(clock.pendingDeadlines).toBe(1);
    clock.advance(5000);
    expect(cleared.signal.aborted).toBe(false);
    expect(kept.signal.aborted).toBe(true);
  });

  it('`using` clears a deadline at the end of its block', () => {
    const clock = new FakeClock();
    let signal: AbortSignal;
    {
      using deadline = clock.deadline(1000);
      signal = deadline.signal;
      expect(clock.pendingDeadlines).toBe(1);
    }
    expect(clock.pendingDeadlines).toBe(0);
    clock.advance(1000);
    expect(signal.aborted).toBe(false);
  });
});
