import { createServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LivyHttpError, LivyTimeoutError } from '../../../src/client/errors.js';
import type { RetryEvent } from '../../../src/client/http-transport.js';
import { batchView, FakeLivy } from '../../support/fake-livy.js';
import { clientOn, HTTP_STACKS } from './http-stacks.js';

describe.each(HTTP_STACKS)('request deadlines (%s)', (stack) => {
  let server: Server;
  let url: string;
  let mode: 'hang' | 'trickle' | 'stall';

  beforeEach(async () => {
    server = createServer((_req, res) => {
      if (mode === 'trickle') {
        res.writeHead(200, { 'content-type': 'application/json' });
        const timer = setInterval(() => res.write(' '), 50);
        res.on('close', () => clearInterval(timer));
      }
      if (mode === 'stall') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"from": 0,');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('a server that never answers: a headers timeout, which may have been delivered', async () => {
    mode = 'hang';
    const client = clientOn(stack, { url, timeouts: { replyMs: 200, requestMs: 5000 }, retry: { retries: 0, baseMs: 1, maxMs: 1 } });
    const error = (await client.batches.list().catch((e: unknown) => e)) as LivyTimeoutError;
    await client.close();
    expect(error).toBeInstanceOf(LivyTimeoutError);
    expect(error.phase).toBe('headers');
    expect(error.maybeDelivered).toBe(true);
  });

  it('a server that takes the connection but never completes the TLS handshake: a connect timeout, not delivered', async () => {
    const accepted: Socket[] = [];
    const silent = createNetServer((socket) => void accepted.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const client = clientOn(stack, {
      url: `https://127.0.0.1:${(silent.address() as AddressInfo).port}`,
      timeouts: { connectMs: 200, requestMs: 5000 },
      retry: { retries: 0, baseMs: 1, maxMs: 1 },
    });
    try {
      const error = (await client.batches.list().catch((e: unknown) => e)) as LivyTimeoutError;
      expect(error).toBeInstanceOf(LivyTimeoutError);
      expect(error.phase).toBe('connect');
      expect(error.maybeDelivered).toBe(false);
    } finally {
      await client.close();
      for (const socket of accepted) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('a reply that stops after its first bytes: a body timeout', async () => {
    mode = 'stall';
    const client = clientOn(stack, { url, timeouts: { replyMs: 200, requestMs: 5000 }, retry: { retries: 0, baseMs: 1, maxMs: 1 } });
    const error = (await client.batches.list().catch((e: unknown) => e)) as LivyTimeoutError;
    await client.close();
    expect(error).toBeInstanceOf(LivyTimeoutError);
    expect(error.phase).toBe('body');
  });

  it('a reply trickling in: the whole-request deadline', async () => {
    mode = 'trickle';
    const client = clientOn(stack, { url, timeouts: { replyMs: 1000, requestMs: 300 }, retry: { retries: 0, baseMs: 1, maxMs: 1 } });
    const error = (await client.batches.list().catch((e: unknown) => e)) as LivyTimeoutError;
    await client.close();
    expect(error).toBeInstanceOf(LivyTimeoutError);
    expect(error.phase).toBe('deadline');
  });

  it('retries a stalled GET once, not more', async () => {
    mode = 'hang';
    const retries: RetryEvent[] = [];
    const client = clientOn(stack, {
      url,
      timeouts: { replyMs: 100 },
      retry: { retries: 5, baseMs: 1, maxMs: 1 },
      onRetry: (event) => retries.push(event),
    });
    await expect(client.batches.list()).rejects.toBeInstanceOf(LivyTimeoutError);
    await client.close();
    expect(retries).toHaveLength(1);
  });

  it('close() does not wait for a request that never ends', async () => {
    mode = 'hang';
    const client = clientOn(stack, { url });
    const pending = client.batches.list().catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 50));
    await client.close();
    expect(await pending).toBeInstanceOf(Error);
  });
});

describe.each(HTTP_STACKS)('retries that respect the server (%s)', (stack) => {
  let fake: FakeLivy;
  beforeEach(async () => {
    fake = await new FakeLivy().start();
  });
  afterEach(async () => {
    await fake.stop();
  });

  it('waits at least as long as Retry-After asks on 429', async () => {
    const retries: RetryEvent[] = [];
    let calls = 0;
    fake.on('GET', '/batches/1', () =>
      ++calls === 1 ? { status: 429, body: 'slow down', headers: { 'retry-after': '1' } } : { json: batchView(1, 'running') },
    );
    const client = clientOn(stack, { url: fake.url, retry: { retries: 3, baseMs: 1, maxMs: 5 }, onRetry: (event) => retries.push(event) });
    await expect(client.batches.get(1)).resolves.toMatchObject({ state: 'running' });
    await client.close();
    expect(retries.map((r) => r.delayMs)).toEqual([1000]);
  });

  it('gives up when the next retry would end past the budget', async () => {
    fake.on('GET', '/batches/1', { status: 503, body: 'down', headers: { 'retry-after': '60' } });
    const client = clientOn(stack, { url: fake.url, retry: { retries: 10, baseMs: 1, maxMs: 5, budgetMs: 5000 } });
    await expect(client.batches.get(1)).rejects.toBeInstanceOf(LivyHttpError);
    await client.close();
    expect(fake.requests).toHaveLength(1);
  });
});
