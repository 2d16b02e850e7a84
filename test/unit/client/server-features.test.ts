import { describe, expect, it } from 'vitest';
import { adaptSessionRequest, serverFeatures, UnsupportedFeatureError } from '../../../src/client/server-features.js';

describe('server features by release', () => {
  it('0.9 has idleTimeout and a lifetime ttl', () => {
    expect(serverFeatures('0.9.0-incubating')).toEqual({ version: '0.9.0-incubating', sessionIdleTimeout: true, sessionMaxLifetime: true });
  });
  it('0.8 has neither: its ttl is the idle timeout', () => {
    expect(serverFeatures('0.8.0-incubating')).toMatchObject({ sessionIdleTimeout: false, sessionMaxLifetime: false });
  });
  it('an unknown version string counts as the newest behaviour', () => {
    expect(serverFeatures('master-SNAPSHOT').sessionIdleTimeout).toBe(true);
  });
});

describe('adapting POST /sessions to the release', () => {
  const v8 = serverFeatures('0.8.0-incubating');
  it('sends an idle timeout as ttl to 0.8', () => {
    expect(adaptSessionRequest({ kind: 'pyspark', idleTimeout: '30m' }, v8)).toEqual({ kind: 'pyspark', ttl: '30m' });
  });
  it('refuses a maximum lifetime on 0.8 rather than send what 0.8 reads as an idle timeout', () => {
    expect(() => adaptSessionRequest({ kind: 'pyspark', ttl: '2h' }, v8)).toThrow(UnsupportedFeatureError);
  });
  it('sends both fields as given to 0.9', () => {
    const body = { kind: 'pyspark' as const, ttl: '2h', idleTimeout: '30m' };
    expect(adaptSessionRequest(body, serverFeatures('0.9.0-incubating'))).toBe(body);
  });
});

describe('LivyClient asks the release once, and only where it matters', async () => {
  const { createServer } = await import('node:http');
  const { LivyClient } = await import('../../../src/client/livy-client.js');

  async function fakeLivy(version: string) {
    const seen: Array<{ method: string; url: string; body: string }> = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push({ method: req.method!, url: req.url!, body });
        res.setHeader('content-type', 'application/json');
        if (req.url === '/version') return res.end(JSON.stringify({ version }));
        res.end(JSON.stringify({ id: seen.length, state: 'starting', kind: 'pyspark', log: [] }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as import('node:net').AddressInfo).port;
    return { seen, url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
  }

  it('sends a 0.8 server its idle timeout as ttl, asking GET /version once for two creations', async () => {
    const livy = await fakeLivy('0.8.0-incubating');
    const client = new LivyClient({ url: livy.url });
    await client.sessions.create({ kind: 'pyspark', idleTimeout: '30m' });
    await client.sessions.create({ kind: 'pyspark', idleTimeout: '5m' });
    await client.close();
    await livy.close();
    expect(livy.seen.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /version', 'POST /sessions', 'POST /sessions']);
    expect(JSON.parse(livy.seen[1]!.body)).toEqual({ kind: 'pyspark', ttl: '30m' });
  });

  it('asks nothing first when the request has no timeout fields', async () => {
    const livy = await fakeLivy('0.8.0-incubating');
    const client = new LivyClient({ url: livy.url });
    await client.sessions.create({ kind: 'pyspark' });
    await client.close();
    await livy.close();
    expect(livy.seen.map((r) => `${r.method} ${r.url}`)).toEqual(['POST /sessions']);
  });
});
