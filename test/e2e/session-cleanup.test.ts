// `livy run` never leaves a session behind on the real local Livy: SIGTERM, SIGHUP and a double
// Ctrl-C during a long statement, and a lost reply to POST /sessions (through a loopback proxy
// that drops it). Each test starts its own session.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { describeLivy, LIVY_BIN, livyRequest, livyUrl, runLivy, waitFor } from './helpers.js';

const LONG_STATEMENT = "spark.sparkContext.parallelize(range(2), 2).map(lambda x: __import__('time').sleep(300) or x).count()";

interface LongRun {
  child: ChildProcess;
  sessionId: number;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

/** Starts `livy run` with a statement that runs for minutes; resolves once it runs on Livy. */
async function startLongRun(): Promise<LongRun> {
  const child = spawn(process.execPath, [LIVY_BIN, 'run', '--kind', 'pyspark', '-e', LONG_STATEMENT], {
    env: { ...process.env, LIVY_URL: livyUrl(), NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  const sessionId = await waitFor(
    () => {
      const match = /session (\d+) created/.exec(stderr);
      return match ? Number(match[1]) : undefined;
    },
    { timeoutMs: 60_000, intervalMs: 200, what: 'the session to be created' },
  );
  await waitFor(
    async () => {
      const { body } = await livyRequest<{ statements?: Array<{ state: string }> }>('GET', `/sessions/${sessionId}/statements`);
      return body.statements?.at(-1)?.state === 'running';
    },
    { timeoutMs: 480_000, intervalMs: 500, what: 'the statement to run' },
  );
  return { child, sessionId, exited };
}

/**
 * Livy answers a DELETE once the driver stopped, which on a loaded machine can outlast the
 * CLI's bound; then the CLI says the deletion is under way, and the session must go soon after.
 */
async function expectDeletion(id: number, stderr: string): Promise<void> {
  expect(stderr).toMatch(new RegExp(`session ${id} (was deleted|is being deleted)`));
  await waitFor(async () => (await livyRequest('GET', `/sessions/${id}`)).status === 404, {
    timeoutMs: 120_000,
    intervalMs: 1000,
    what: `session ${id} to be gone`,
  });
}

/** Starting a pyspark driver on a loaded 2-core machine can take minutes. */
const CASE_TIMEOUT = 600_000;

describeLivy('livy run cleans up its session', () => {
  const leftovers: number[] = [];
  let proxy: Server | undefined;
  afterEach(async () => {
    for (const id of leftovers.splice(0)) await livyRequest('DELETE', `/sessions/${id}`);
    await new Promise<void>((resolve) => (proxy ? proxy.close(() => resolve()) : resolve()));
    proxy = undefined;
  });

  it(
    'SIGTERM during a long statement: exit 130 and the session is gone',
    async () => {
      const run = await startLongRun();
      leftovers.push(run.sessionId);
      run.child.kill('SIGTERM');
      const exit = await run.exited;
      expect(exit.code).toBe(130);
      await expectDeletion(run.sessionId, exit.stderr);
    },
    CASE_TIMEOUT,
  );

  it(
    'SIGHUP (the terminal closed) during a long statement: the session is gone',
    async () => {
      const run = await startLongRun();
      leftovers.push(run.sessionId);
      run.child.kill('SIGHUP');
      const exit = await run.exited;
      expect(exit.signal).toBeNull();
      expect(exit.code).toBe(130);
      await expectDeletion(run.sessionId, exit.stderr);
    },
    CASE_TIMEOUT,
  );

  it(
    'a double Ctrl-C during a long statement deletes the session',
    async () => {
      const run = await startLongRun();
      leftovers.push(run.sessionId);
      run.child.kill('SIGINT');
      await new Promise((resolve) => setTimeout(resolve, 300));
      run.child.kill('SIGINT');
      const exit = await run.exited;
      expect(exit.code).toBe(130);
      await expectDeletion(run.sessionId, exit.stderr);
    },
    CASE_TIMEOUT,
  );

  it(
    'a lost reply to POST /sessions: the session is found by its name, used, and deleted',
    async () => {
      // A loopback proxy to the real Livy that lets POST /sessions through but drops its reply.
      const created: string[] = [];
      proxy = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          const body = Buffer.concat(chunks);
          void fetch(`${livyUrl()}${req.url}`, {
            method: req.method,
            headers: Object.fromEntries(
              Object.entries(req.headers).filter(([k]) => !['host', 'connection', 'content-length'].includes(k)),
            ) as Record<string, string>,
            body: body.length > 0 ? body : undefined,
          }).then(async (reply) => {
            const text = await reply.text();
            if (req.method === 'POST' && req.url === '/sessions') {
              created.push(text);
              req.socket.destroy();
              return;
            }
            res.writeHead(reply.status, { 'content-type': reply.headers.get('content-type') ?? 'application/json' });
            res.end(text);
          });
        });
      });
      await new Promise<void>((resolve) => proxy!.listen(0, '127.0.0.1', resolve));
      const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
      const run = await runLivy(['run', '--kind', 'pyspark', '--verbose', '-e', '1+1'], {
        env: { LIVY_URL: proxyUrl },
        timeoutMs: 580_000,
      });
      expect(created).toHaveLength(1);
      const session = JSON.parse(created[0]!) as { id: number; name: string };
      leftovers.push(session.id);
      expect(session.name).toMatch(/^livy-run-/);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe('2\n');
      await expectDeletion(session.id, run.stderr);
    },
    CASE_TIMEOUT,
  );
});
