import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LivyClient } from '../../../src/client/livy-client.js';
import { LivyHttpError, LivyNetworkError, LivyProtocolError } from '../../../src/client/errors.js';
import { batchView, FakeLivy } from '../../support/fake-livy.js';
import { clientOn, HTTP_STACKS } from './http-stacks.js';

const fastRetry = { retries: 3, baseMs: 1, maxMs: 5 };

describe.each(HTTP_STACKS)('HttpTransport against a fake Livy (%s)', (stack) => {
  let fake: FakeLivy;
  let client: LivyClient;

  beforeEach(async () => {
    fake = await new FakeLivy().start();
    client = clientOn(stack, { url: fake.url, retry: fastRetry });
  });
  afterEach(async () => {
    await client.close();
    await fake.stop();
  });

  it('sends JSON with X-Requested-By on writes, not on reads', async () => {
    fake.on('POST', '/batches', { status: 201, json: batchView(0, 'starting') });
    fake.on('GET', '/batches/0', { json: batchView(0, 'running') });
    await client.batches.create({ file: '/jobs/pi.py', args: ['10'] });
    await client.batches.get(0);
    const [post, get] = fake.requests;
    expect(post!.headers['x-requested-by']).toBeTruthy();
    expect(post!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(post!.body)).toEqual({ file: '/jobs/pi.py', args: ['10'] });
    expect(get!.headers['x-requested-by']).toBeUndefined();
  });

  it('keeps a gateway path prefix on every route', async () => {
    await client.close();
    client = clientOn(stack, { url: `${fake.url}/gateway/default/livy/v1/`, retry: fastRetry });
    fake.on('GET', '/gateway/default/livy/v1/batches', { json: { from: 0, total: 0, sessions: [] } });
    fake.on('GET', '/gateway/default/livy/v1/batches/3/log', { json: { id: 3, from: 0, total: 0, log: [] } });
    await client.batches.list();
    await client.batches.log(3, { from: 0, size: -1 });
    expect(fake.requests.map((r) => `${r.path}?${r.query}`)).toEqual([
      '/gateway/default/livy/v1/batches?',
      '/gateway/default/livy/v1/batches/3/log?from=0&size=-1',
    ]);
  });

  it('sends custom headers and lets X-Requested-By be overridden', async () => {
    await client.close();
    client = clientOn(stack, { url: fake.url, headers: { 'X-Trace': 'abc', 'X-Requested-By': 'me' } });
    fake.on('DELETE', '/batches/1', { json: { msg: 'deleted' } });
    await client.batches.delete(1);
    expect(fake.requests[0]!.headers['x-trace']).toBe('abc');
    expect(fake.requests[0]!.headers['x-requested-by']).toBe('me');
  });

  it.each([
    [
      'a {"msg"} object',
      { json: { msg: 'requirement failed: Duplicate session name: x' } },
      'requirement failed: Duplicate session name: x',
    ],
    ['a bare JSON string', { json: 'Unrecognized field "foo"' }, 'Unrecognized field "foo"'],
    [
      'a Jetty HTML page',
      {
        body: '<html><head><title>Error 400 Missing Required Header for CSRF protection.</title></head><body><h2>HTTP ERROR 400</h2><p>Problem accessing /batches. Reason:<pre>    Missing Required Header for CSRF protection.</pre></p></body></html>',
        contentType: 'text/html;charset=iso-8859-1',
      },
      'Missing Required Header for CSRF protection.',
    ],
    ['an empty body', { body: '' }, ''],
  ])('turns %s into one LivyHttpError', async (_name, reply, message) => {
    fake.on('POST', '/batches', { status: 400, ...reply });
    const error = await client.batches.create({ file: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LivyHttpError);
    expect((error as LivyHttpError).status).toBe(400);
    expect((error as LivyHttpError).serverMessage).toBe(message);
  });

  it('keeps the WWW-Authenticate challenge of a 401', async () => {
    fake.on('GET', '/batches', { status: 401, body: '', headers: { 'www-authenticate': 'Negotiate' } });
    const error = (await client.batches.list().catch((e: unknown) => e)) as LivyHttpError;
    expect(error.status).toBe(401);
    expect(error.headers['www-authenticate']).toBe('Negotiate');
  });

  it('joins a challenge sent as several WWW-Authenticate headers', async () => {
    fake.on('GET', '/batches', { status: 401, body: '', headers: { 'www-authenticate': ['Negotiate', 'Basic realm="livy"'] } });
    const error = (await client.batches.list().catch((e: unknown) => e)) as LivyHttpError;
    expect(error.headers['www-authenticate']).toBe('Negotiate, Basic realm="livy"');
  });

  it('announces the empty body of a POST without one (a statement cancel)', async () => {
    fake.on('POST', '/sessions/1/statements/2/cancel', { json: { msg: 'canceled' } });
    await client.sessions.cancelStatement(1, 2);
    expect(fake.requests[0]!.headers['content-length']).toBe('0');
  });

  it('retries GETs on 502/503/504 and succeeds', async () => {
    let calls = 0;
    fake.on('GET', '/batches/7/state', () =>
      ++calls < 3 ? { status: calls === 1 ? 503 : 502, body: 'busy' } : { json: { id: 7, state: 'running' } },
    );
    await expect(client.batches.state(7)).resolves.toEqual({ id: 7, state: 'running' });
    expect(calls).toBe(3);
  });

  it('gives up after the configured retries', async () => {
    fake.on('GET', '/batches/7', { status: 504, body: 'gateway timeout' });
    await expect(client.batches.get(7)).rejects.toMatchObject({ status: 504 });
    expect(fake.requests).toHaveLength(fastRetry.retries + 1);
  });

  it('never retries a POST, even on 503', async () => {
    fake.on('POST', '/batches', { status: 503, body: 'busy' });
    await expect(client.batches.create({ file: 'x' })).rejects.toBeInstanceOf(LivyHttpError);
    expect(fake.requests).toHaveLength(1);
  });

  it('does not retry 4xx answers', async () => {
    fake.on('GET', '/batches/9', { status: 404, json: { msg: "Session '9' not found." } });
    await expect(client.batches.get(9)).rejects.toMatchObject({ status: 404, serverMessage: "Session '9' not found." });
    expect(fake.requests).toHaveLength(1);
  });

  it('marks a POST whose connection dropped as maybe delivered, and does not resend it', async () => {
    fake.on('POST', '/batches', { destroy: true });
    const error = (await client.batches.create({ file: 'x' }).catch((e: unknown) => e)) as LivyNetworkError;
    expect(error).toBeInstanceOf(LivyNetworkError);
    expect(error.maybeDelivered).toBe(true);
    expect(fake.requests).toHaveLength(1);
  });

  it('marks a refused connection as not delivered', async () => {
    await fake.stop();
    const error = (await client.batches.create({ file: 'x' }).catch((e: unknown) => e)) as LivyNetworkError;
    expect(error).toBeInstanceOf(LivyNetworkError);
    expect(error.code).toBe('ECONNREFUSED');
    expect(error.maybeDelivered).toBe(false);
  });

  it('retries GETs on dropped connections', async () => {
    let calls = 0;
    fake.on('GET', '/batches/1', () => (++calls === 1 ? { destroy: true } : { json: batchView(1, 'success') }));
    await expect(client.batches.get(1)).resolves.toMatchObject({ state: 'success' });
  });

  it.each([
    ['not JSON', { body: '<html>login page</html>', contentType: 'text/html' }, /not JSON/],
    ['a missing field', { json: { id: 1 } }, /state/],
    ['a wrong type', { json: { ...batchView(1, 'running'), id: 'one' } }, /id/],
  ])('rejects a reply that is %s with a LivyProtocolError', async (_name, reply, pattern) => {
    fake.on('GET', '/batches/1', reply);
    const error = await client.batches.get(1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LivyProtocolError);
    expect((error as Error).message).toMatch(pattern);
  });

  it('keeps a state it does not know as given', async () => {
    fake.on('GET', '/batches/1', { json: batchView(1, 'suspended') });
    expect(await client.batches.get(1)).toMatchObject({ state: 'suspended' });
  });

  it('keeps fields a newer Livy adds', async () => {
    fake.on('GET', '/batches/1', { json: batchView(1, 'running', { newField: 42 }) });
    expect(await client.batches.get(1)).toMatchObject({ newField: 42 });
  });

  it('reports requests with secrets redacted', async () => {
    const seen: unknown[] = [];
    await client.close();
    client = clientOn(stack, {
      url: fake.url,
      headers: { Authorization: 'Bearer s3cr3t' },
      onRequest: (event) => seen.push(event),
    });
    fake.on('POST', '/batches', { status: 201, json: batchView(0, 'starting') });
    await client.batches.create({ file: 'x', conf: { 'spark.hadoop.fs.s3a.secret.key': 'hunter2', 'spark.x': 'y' } });
    const text = JSON.stringify(seen);
    expect(text).not.toContain('s3cr3t');
    expect(text).not.toContain('hunter2');
    expect(text).toContain('"spark.x":"y"');
    expect(fake.requests[0]!.headers.authorization).toBe('Bearer s3cr3t');
  });

  it('encodes names in paths', async () => {
    fake.on('GET', /^\/batches\/.+$/, (req) => ({ json: batchView(4, 'running', { name: decodeURIComponent(req.path.split('/')[2]!) }) }));
    expect(await client.batches.get('my job/1')).toMatchObject({ name: 'my job/1' });
  });

  it('asks the auth provider again after a 401 challenge, once', async () => {
    let round = 0;
    await client.close();
    client = clientOn(stack, {
      url: fake.url,
      auth: {
        headers: () => ({ authorization: `Negotiate token${round}` }),
        onChallenge: async () => {
          round++;
          return true;
        },
      },
    });
    fake.on('GET', '/version', (req) =>
      req.headers.authorization === 'Negotiate token1'
        ? { json: { version: '0.9.0-incubating' } }
        : { status: 401, body: '', headers: { 'www-authenticate': 'Negotiate' } },
    );
    await expect(client.version()).resolves.toMatchObject({ version: '0.9.0-incubating' });
    expect(round).toBe(1);
  });

  describe('getLink', () => {
    it("sends the profile's headers and credentials to Livy's own origin only", async () => {
      const other = await new FakeLivy().start();
      const withCredentials = clientOn(stack, { url: fake.url, headers: { Authorization: 'Bearer s3cr3t', 'X-Trace': 'abc' } });
      try {
        fake.on('GET', '/node/containerlogs/c', { body: 'mine' });
        other.on('GET', '/node/containerlogs/c', { body: 'theirs' });
        const own = await withCredentials.http.getLink(`${fake.url}/node/containerlogs/c`);
        const elsewhere = await withCredentials.http.getLink(`${other.url}/node/containerlogs/c`);
        expect([own.status, own.body.toString()]).toEqual([200, 'mine']);
        expect([elsewhere.status, elsewhere.body.toString()]).toEqual([200, 'theirs']);
        expect(fake.requests[0]!.headers).toMatchObject({ authorization: 'Bearer s3cr3t', 'x-trace': 'abc' });
        expect(other.requests[0]!.headers.authorization).toBeUndefined();
        expect(other.requests[0]!.headers['x-trace']).toBeUndefined();
      } finally {
        await withCredentials.close();
        await other.stop();
      }
    });

    it('a link that is not http(s) is refused before anything is sent', async () => {
      await expect(client.http.getLink('file:///etc/passwd')).rejects.toThrow("not an http(s) link: 'file:///etc/passwd'");
    });
  });
});
