import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LivyNetworkError } from '../../../src/client/errors.js';
import { LivyClient } from '../../../src/client/livy-client.js';
import { nodeHttpExchange } from '../../../src/client/node-http-exchange.js';
import { batchView, FakeLivy } from '../../support/fake-livy.js';
import { httpsLivy, makePki, type TestPki } from '../profiles/helpers.js';

describe("nodeHttpExchange: Node's http stack under the transport", () => {
  let fake: FakeLivy;
  beforeEach(async () => {
    fake = await new FakeLivy().start();
    fake.on('GET', '/batches/1', { json: batchView(1, 'running') });
    fake.on('POST', '/batches', { status: 201, json: batchView(1, 'starting') });
  });
  afterEach(async () => {
    await fake.stop();
  });

  it('requests one after another share one connection', async () => {
    const exchange = nodeHttpExchange({ connectMs: 10_000 });
    const client = new LivyClient({ url: fake.url, exchange });
    await client.batches.create({ file: 'x' });
    for (let i = 0; i < 3; i++) await client.batches.get(1);
    await exchange.close();
    expect(fake.requests.map((r) => r.connection)).toEqual([1, 1, 1, 1]);
  });

  it('two requests at once take two connections; the next one reuses one of them', async () => {
    const exchange = nodeHttpExchange({ connectMs: 10_000 });
    const client = new LivyClient({ url: fake.url, exchange });
    await Promise.all([client.batches.get(1), client.batches.get(1)]);
    await client.batches.get(1);
    await exchange.close();
    expect(new Set(fake.requests.map((r) => r.connection))).toEqual(new Set([1, 2]));
    expect(fake.requests).toHaveLength(3);
  });

  it('once closed, it sends nothing more and the transport does not retry', async () => {
    const exchange = nodeHttpExchange({ connectMs: 10_000 });
    const client = new LivyClient({ url: fake.url, exchange, retry: { retries: 3, baseMs: 1, maxMs: 1 } });
    await client.batches.get(1);
    await exchange.close();
    const error = (await client.batches.get(1).catch((e: unknown) => e)) as LivyNetworkError;
    expect(error).toBeInstanceOf(LivyNetworkError);
    expect(error.code).toBe('UND_ERR_DESTROYED');
    expect(fake.requests).toHaveLength(1);
  });
});

describe('nodeHttpExchange over https', () => {
  let pki: TestPki;
  let server: Awaited<ReturnType<typeof httpsLivy>>;
  beforeAll(async () => {
    pki = makePki();
    server = await httpsLivy({ ...pki.server, ca: pki.caPem, requestCert: true });
  }, 60_000);
  afterAll(async () => {
    await server.close();
  });

  it('trusts the given CA besides the built-in roots and presents the client certificate', async () => {
    const exchange = nodeHttpExchange({ connectMs: 10_000, tls: { ca: pki.caPem, cert: pki.client.cert, key: pki.client.key } });
    const client = new LivyClient({ url: server.url, exchange });
    await expect(client.version()).resolves.toMatchObject({ version: '0.9.0-incubating' });
    await exchange.close();
  });

  it('without the CA: a TLS error that says the request never went out', async () => {
    const exchange = nodeHttpExchange({ connectMs: 10_000, tls: { cert: pki.client.cert, key: pki.client.key } });
    const client = new LivyClient({ url: server.url, exchange });
    const error = (await client.version().catch((e: unknown) => e)) as LivyNetworkError;
    await exchange.close();
    expect(error).toBeInstanceOf(LivyNetworkError);
    expect(error.code).toMatch(/CERT|SIGNATURE|ISSUER/);
    expect(error.maybeDelivered).toBe(false);
  });

  it('rejectUnauthorized false (--insecure) talks to a server it cannot verify', async () => {
    const exchange = nodeHttpExchange({
      connectMs: 10_000,
      tls: { cert: pki.client.cert, key: pki.client.key, rejectUnauthorized: false },
    });
    const client = new LivyClient({ url: server.url, exchange });
    await expect(client.version()).resolves.toMatchObject({ version: '0.9.0-incubating' });
    await exchange.close();
  });
});
