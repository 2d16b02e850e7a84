import { afterEach, describe, expect, it } from 'vitest';
import { CANCEL_WAIT_MS, CancelStuck, CancelWait, DeadlineReached, StatementDeadline } from '../../../src/cli/session/statement-limits.js';
import { systemClock } from '../../../src/client/clock.js';
import { FakeClock } from '../../support/fake-clock.js';
import { LiveTimers } from '../../support/live-timers.js';

const interrupted = (): AbortSignal => AbortSignal.abort(new Error('interrupted'));

describe('CancelWait', () => {
  it('aborts CANCEL_WAIT_MS after the interrupt', () => {
    const clock = new FakeClock();
    const interrupt = new AbortController();
    const wait = new CancelWait(interrupt.signal, clock);
    expect(clock.pendingDeadlines).toBe(0);
    interrupt.abort(new Error('interrupted'));
    clock.advance(CANCEL_WAIT_MS - 1);
    expect(wait.signal.aborted).toBe(false);
    clock.advance(1);
    expect(wait.signal.reason).toBeInstanceOf(CancelStuck);
  });

  it('cleared, it drops the timer of its bound and never aborts', () => {
    const clock = new FakeClock();
    const wait = new CancelWait(interrupted(), clock);
    expect(clock.pendingDeadlines).toBe(1);
    wait.clear();
    wait.clear();
    expect(clock.pendingDeadlines).toBe(0);
    clock.advance(CANCEL_WAIT_MS);
    expect(wait.signal.aborted).toBe(false);
  });

  it('cleared before any interrupt, it never starts its bound', () => {
    const clock = new FakeClock();
    const interrupt = new AbortController();
    const wait = new CancelWait(interrupt.signal, clock);
    wait.clear();
    interrupt.abort(new Error('interrupted'));
    expect(clock.pendingDeadlines).toBe(0);
    clock.advance(CANCEL_WAIT_MS);
    expect(wait.signal.aborted).toBe(false);
  });
});

describe('StatementDeadline', () => {
  it('aborts once --timeout has passed', () => {
    const clock = new FakeClock();
    const deadline = new StatementDeadline(60_000, clock);
    clock.advance(60_000);
    expect(deadline.signal.reason).toBeInstanceOf(DeadlineReached);
  });

  it('cleared, it drops its timer and never aborts', () => {
    const clock = new FakeClock();
    const deadline = new StatementDeadline(60_000, clock);
    expect(clock.pendingDeadlines).toBe(1);
    deadline.clear();
    deadline.clear();
    expect(clock.pendingDeadlines).toBe(0);
    clock.advance(60_000);
    expect(deadline.signal.aborted).toBe(false);
  });

  it('without --timeout, it has no timer to clear', () => {
    const clock = new FakeClock();
    const deadline = new StatementDeadline(undefined, clock);
    expect(clock.pendingDeadlines).toBe(0);
    deadline.clear();
    expect(deadline.signal.aborted).toBe(false);
  });
});

describe('on the system clock, a cleared limit leaves no timer behind', () => {
  let timers: LiveTimers;
  afterEach(() => timers.stop());

  it('CancelWait', async () => {
    timers = new LiveTimers().start();
    const wait = new CancelWait(interrupted(), systemClock);
    expect(timers.count(CANCEL_WAIT_MS)).toBe(1);
    wait.clear();
    await timers.settled();
    expect(timers.count(CANCEL_WAIT_MS)).toBe(0);
  });

  it('StatementDeadline', async () => {
    timers = new LiveTimers().start();
    const deadline = new StatementDeadline(3_600_000, systemClock);
    expect(timers.count(3_600_000)).toBe(1);
    deadline.clear();
    await timers.settled();
    expect(timers.count(3_600_000)).toBe(0);
  });
});
