// The local server itself: a real Livy 0.9 + Spark 3.5, started once by global-setup.ts.
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { isLocalServerUrl, localServerStatus, readLocalServerState } from '../../src/local/index.js';
import { batchLog, describeLivy, JOBS, livyRequest, livyUrl, runLivy, tempDir, waitFor, waitForBatchEnd } from './helpers.js';
import { buildSimpleApp } from './jvm-app.js';

describeLivy('local Livy server', () => {
  it('answers GET /version with 0.9.0-incubating', async () => {
    const { status, body } = await livyRequest<{ version: string }>('GET', '/version');
    expect(status).toBe(200);
    expect(body.version).toBe('0.9.0-incubating');
  });

  it('rejects a POST without X-Requested-By (CSRF protection on)', async () => {
    const { status } = await livyRequest('POST', '/batches', { file: join(JOBS, 'pi.py') }, {});
    expect(status).toBe(400);
  });

  it('is known to the library: status, state file and URL matching', async () => {
    const status = await localServerStatus({ env: process.env });
    expect(status).toMatchObject({ running: true, responding: true, url: livyUrl(), livyVersion: '0.9.0-incubating' });
    expect(status.pysparkVersion).toMatch(/^3\.5\./);
    expect(readLocalServerState(process.env)?.url).toBe(livyUrl());
    expect(isLocalServerUrl(livyUrl(), process.env)).toBe(true);
    expect(isLocalServerUrl(livyUrl().replace('127.0.0.1', 'localhost') + '/', process.env)).toBe(true);
    expect(isLocalServerUrl('http://127.0.0.1:1', process.env)).toBe(false);
    expect(isLocalServerUrl('http://livy.example.com:8998', process.env)).toBe(false);
  });

  it('runs a PySpark batch to success with its output in the log', async () => {
    const { status, body } = await livyRequest<{ id: number }>('POST', '/batches', {
      file: join(JOBS, 'pi.py'),
      args: ['20000'],
      name: `e2e-pi-${Date.now()}`,
    });
    expect(status).toBe(201);
    expect(await waitForBatchEnd(body.id)).toBe('success');
    const log = (await batchLog(body.id)).join('\n');
    expect(log).toMatch(/PI_RESULT samples=20000 pi=3\.1\d{4}/);
  });

  it('ends a failing PySpark batch as dead with the error in the log', async () => {
    const { body } = await livyRequest<{ id: number }>('POST', '/batches', { file: join(JOBS, 'fail.py') });
    expect(await waitForBatchEnd(body.id)).toBe('dead');
    expect((await batchLog(body.id)).join('\n')).toContain('FAIL_MARKER');
  });

  it('runs a Java Spark application compiled during the test', async () => {
    const jar = await buildSimpleApp(inject('sparkHome'));
    const { status, body } = await livyRequest<{ id: number }>('POST', '/batches', {
      file: jar,
      className: 'SimpleApp',
      args: ['alpha', '--beta', 'gamma delta'],
    });
    expect(status).toBe(201);
    expect(await waitForBatchEnd(body.id)).toBe('success');
    const log = (await batchLog(body.id)).join('\n');
    expect(log).toContain('SIMPLEAPP args=[alpha, --beta, gamma delta]');
    expect(log).toContain('SIMPLEAPP count=500');
  });

  it('refuses a file outside the whitelist', async () => {
    const { status, body } = await livyRequest<{ msg: string }>('POST', '/batches', { file: '/etc/hostname' });
    expect(status).toBe(400);
    expect(body.msg).toMatch(/cannot be added to user sessions/);
  });

  it('runs an interactive pyspark session statement', async () => {
    const created = await livyRequest<{ id: number }>('POST', '/sessions', { kind: 'pyspark' });
    expect(created.status).toBe(201);
    const id = created.body.id;
    try {
      await waitFor(
        async () => {
          const { body } = await livyRequest<{ state: string }>('GET', `/sessions/${id}/state`);
          if (['dead', 'error', 'killed'].includes(body.state)) throw new Error(`session ${body.state}`);
          return body.state === 'idle';
        },
        { what: 'session idle', timeoutMs: 180_000 },
      );
      const st = await livyRequest<{ id: number }>('POST', `/sessions/${id}/statements`, { code: '1+1' });
      const out = await waitFor(
        async () => {
          const { body } = await livyRequest<{ state: string; output: { data: Record<string, string> } }>(
            'GET',
            `/sessions/${id}/statements/${st.body.id}`,
          );
          return body.state === 'available' ? body.output : undefined;
        },
        { what: 'statement result', timeoutMs: 60_000 },
      );
      expect(out.data['text/plain']).toBe('2');
    } finally {
      await livyRequest('DELETE', `/sessions/${id}`);
    }
  });
});

describeLivy('livy local (CLI)', () => {
  it('status shows the running server (text and json)', async () => {
    const text = await runLivy(['local', 'status']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(livyUrl());
    const json = await runLivy(['local', 'status', '--output', 'json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ running: true, url: livyUrl(), livyVersion: '0.9.0-incubating' });
  });

  it('env prints an export line for the server', async () => {
    const r = await runLivy(['local', 'env']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(`export LIVY_URL=${livyUrl()}`);
  });

  it('logs prints the last lines of the server log', async () => {
    const r = await runLivy(['local', 'logs', '-n', '5']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').length).toBeLessThanOrEqual(5);
    expect(r.stdout.length).toBeGreaterThan(0);
  });

  it('start reuses the running server', async () => {
    const r = await runLivy(['local', 'start']);
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).toMatch(/already running|reusing/i);
    expect(r.stdout + r.stderr).toContain(livyUrl());
  });
});

describeLivy('two `livy local start` at once', () => {
  it('the second waits for the first and reuses its server; one stop stops it', async () => {
    const runDir = tempDir('livy-e2e-twostarts-');
    const env = { LIVY_LOCAL_RUN_DIR: runDir, LIVY_URL: undefined };
    try {
      const [a, b] = await Promise.all([
        runLivy(['local', 'start', '-o', 'json'], { env, timeoutMs: 240_000 }),
        runLivy(['local', 'start', '-o', 'json'], { env, timeoutMs: 240_000 }),
      ]);
      expect(a.code, a.stderr).toBe(0);
      expect(b.code, b.stderr).toBe(0);
      const [first, second] = [JSON.parse(a.stdout), JSON.parse(b.stdout)];
      expect(second.pid).toBe(first.pid);
      expect([first.reused, second.reused].sort()).toEqual([false, true]);
    } finally {
      const stop = await runLivy(['local', 'stop'], { env, timeoutMs: 60_000 });
      expect(stop.code, stop.stderr).toBe(0);
    }
  });
});
