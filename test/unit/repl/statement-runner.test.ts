import { describe, expect, it } from 'vitest';
import { LivyHttpError } from '../../../src/client/errors.js';
import type { SessionsApi } from '../../../src/client/livy-client.js';
import type { Session, Statement } from '../../../src/client/schemas.js';
import { waitForSession } from '../../../src/client/session-waiter.js';
import { runStatement, statementPollDelay } from '../../../src/client/statement-runner.js';
import { FakeClock } from '../../support/fake-clock.js';

const virtual = (): { clock: FakeClock } => ({ clock: new FakeClock() });

function statementApi(states: Array<Partial<Statement>>) {
  let poll = 0;
  const calls: string[] = [];
  const api = {
    async submitStatement(_id: number, req: { code: string }) {
      calls.push(`submit ${req.code}`);
      return { id: 7, code: req.code, state: 'waiting' } as Statement;
    },
    async getStatement() {
      calls.push('get');
      const step = states[Math.min(poll++, states.length - 1)]!;
      return { id: 7, code: 'x', state: 'running', ...step } as Statement;
    },
    async cancelStatement() {
      calls.push('cancel');
    },
  };
  return { api: api as unknown as SessionsApi, calls };
}

describe('statementPollDelay', () => {
  it('starts at the minimum, grows with elapsed time, and is capped', () => {
    expect(statementPollDelay(0)).toBe(2);
    expect(statementPollDelay(50)).toBe(5);
    expect(statementPollDelay(100)).toBe(10);
    expect(statementPollDelay(500)).toBe(50);
    expect(statementPollDelay(60_000)).toBe(1000);
  });
});

describe('runStatement', () => {
  it('polls until available and reports progress', async () => {
    const { api, calls } = statementApi([
      { state: 'running', progress: 0.5 },
      { state: 'available', output: { status: 'ok', execution_count: 0, data: { 'text/plain': '2' } } },
    ]);
    const progress: number[] = [];
    const result = await runStatement(api, 1, { code: '1+1' }, { ...virtual(), onUpdate: (s) => progress.push(s.progress ?? 0) });
    expect(result.statement.state).toBe('available');
    expect(result.cancelRequested).toBe(false);
    expect(calls).toEqual(['submit 1+1', 'get', 'get']);
    expect(progress).toEqual([0.5, 0]);
  });

  it('asks again when Livy says available before the output is attached', async () => {
    const output = { status: 'ok' as const, execution_count: 0, data: { 'text/plain': '2' } };
    const { api, calls } = statementApi([
      { state: 'available', output: null },
      { state: 'available', output: null },
      { state: 'available', output },
    ]);
    const result = await runStatement(api, 1, { code: '1+1' }, virtual());
    expect(result.statement.output).toEqual(output);
    expect(calls).toEqual(['submit 1+1', 'get', 'get', 'get']);
  });

  it('gives up asking for a missing output after a bounded number of polls', async () => {
    const { api, calls } = statementApi([{ state: 'available', output: null }]);
    const result = await runStatement(api, 1, { code: 'x = 1' }, virtual());
    expect(result.statement.output).toBeNull();
    expect(calls.filter((c) => c === 'get').length).toBe(21);
  });

  it('a cancel request posts cancel and waits for cancelled', async () => {
    const { api, calls } = statementApi([{ state: 'running' }, { state: 'cancelling' }, { state: 'cancelled' }]);
    const cancel = new AbortController();
    const c = virtual();
    const result = await runStatement(
      api,
      1,
      { code: 'sleep' },
      {
        ...c,
        cancel: cancel.signal,
        onUpdate: () => cancel.abort(),
      },
    );
    expect(result.statement.state).toBe('cancelled');
    expect(result.cancelRequested).toBe(true);
    expect(calls.filter((c) => c === 'cancel')).toHaveLength(1);
  });

  it('a hard abort stops polling with its reason', async () => {
    const { api } = statementApi([{ state: 'running' }]);
    const abort = new AbortController();
    const reason = new Error('stop');
    const promise = runStatement(api, 1, { code: 'x' }, { signal: abort.signal, onSubmitted: () => abort.abort(reason) });
    await expect(promise).rejects.toBe(reason);
  });
});

describe('waitForSession', () => {
  function sessionApi(steps: Array<string | Error>) {
    let poll = 0;
    return {
      async get() {
        const step = steps[Math.min(poll++, steps.length - 1)]!;
        if (step instanceof Error) throw step;
        return { id: 1, state: step } as Session;
      },
    } as unknown as SessionsApi;
  }

  it.each([
    [['starting', 'starting', 'idle'], 'ready'],
    [['starting', 'dead'], 'failed'],
    [['starting', 'shutting_down'], 'failed'],
    [['starting', new LivyHttpError(404, 'gone', 'GET', '/sessions/1')], 'gone'],
  ] as const)('%j → %s', async (steps, outcome) => {
    const states: string[] = [];
    const result = await waitForSession(sessionApi([...steps]), 1, { ...virtual(), onState: (s) => states.push(s) });
    expect(result.outcome).toBe(outcome);
    expect(states[0]).toBe('starting');
  });

  it('busy is ready only when attaching', async () => {
    expect((await waitForSession(sessionApi(['busy']), 1, { ...virtual(), acceptBusy: true })).outcome).toBe('ready');
    expect((await waitForSession(sessionApi(['busy', 'idle']), 1, virtual())).outcome).toBe('ready');
  });

  it('times out', async () => {
    const result = await waitForSession(sessionApi(['starting']), 1, { ...virtual(), timeoutMs: 5000 });
    expect(result.outcome).toBe('timeout');
    expect(result.elapsedMs).toBe(5000);
  });
});
