import { getEventListeners } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { HttpExchange } from '../../../src/client/http-exchange.js';
import { HttpTransport } from '../../../src/client/http-transport.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Answers at once, with no network: whatever a call leaves behind is the transport's. */
const instantExchange: HttpExchange = {
  send: async (_url, { signal }) => {
    signal.throwIfAborted();
    return { statusCode: 200, headers: {}, text: async () => '', bytes: async () => Buffer.alloc(0) };
  },
  close: async () => undefined,
};

/** Heap still in use, after full collections, once `call` has run `times` more times. */
async function heapLeftBy(times: number, call: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 1000; i++) await call();
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < times; i++) await call();
  gc();
  gc();
  return process.memoryUsage().heapUsed - before;
}

describe('HttpTransport and long-lived signals', () => {
  // On Node 20, AbortSignal.any keeps an entry on each source signal for every signal made from
  // it, and AbortSignal.timeout a timer until it fires: ~9 MB after these 50,000 calls.
  it('50,000 calls with a client-wide and a caller signal leave no memory behind', async () => {
    const clientWide = new AbortController();
    const caller = new AbortController();
    const transport = new HttpTransport({ url: 'http://127.0.0.1:9', exchange: instantExchange, signal: clientWide.signal });
    const left = await heapLeftBy(50_000, () => transport.call('GET', '/batches/1', { signal: caller.signal }));
    expect(left).toBeLessThan(1_000_000);
  });

  it('leaves no listener on the signals it was given, after success, failure and abort', async () => {
    const clientWide = new AbortController();
    const caller = new AbortController();
    const failing: HttpExchange = {
      ...instantExchange,
      send: async () => Promise.reject(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' })),
    };
    const ok = new HttpTransport({ url: 'http://127.0.0.1:9', exchange: instantExchange, signal: clientWide.signal });
    const down = new HttpTransport({
      url: 'http://127.0.0.1:9',
      exchange: failing,
      signal: clientWide.signal,
      retry: { retries: 1, baseMs: 1, maxMs: 1 },
    });
    await ok.call('GET', '/batches/1', { signal: caller.signal });
    await expect(down.call('GET', '/batches/1', { signal: caller.signal })).rejects.toThrow(/refused/);
    await ok.getLink('http://127.0.0.1:9/log', { signal: caller.signal });
    const aborted = new AbortController();
    aborted.abort(new Error('stopped'));
    await expect(ok.call('GET', '/batches/1', { signal: aborted.signal })).rejects.toThrow('stopped');
    expect(getEventListeners(caller.signal, 'abort')).toHaveLength(0);
    expect(getEventListeners(clientWide.signal, 'abort')).toHaveLength(0);
  });
});
