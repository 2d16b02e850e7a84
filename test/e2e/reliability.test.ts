// Reliability against a dedicated real Livy (its own run dir and port, so the suite's server is
// left alone), reached through a proxy that can lose replies and cut connections:
// - a lost reply to POST /batches: the batch is found by its name, created once;
// - a restart without recovery that gives our batch's id to another one: exit 3, the newcomer untouched;
// - load: many `livy submit` at once against `livy.server.session.max-creation` lowered to 3:
//   every batch created exactly once, all finished.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startLocalServer, stopLocalServer } from '../../src/local/index.js';
import { findFreePort } from '../../src/local/port.js';
import { CuttingProxy } from './cutting-proxy.js';
import { describeLivy, JOBS, REPO_ROOT, runLivy, waitFor } from './helpers.js';

const MAX_CREATION = 3;
const LOAD = 12;

interface BatchView {
  id: number;
  name: string | null;
  state: string;
}

describeLivy('reliability against a dedicated local Livy', () => {
  const runDir = mkdtempSync(join(tmpdir(), 'livy-e2e-reliability-'));
  const env = { ...process.env, LIVY_LOCAL_RUN_DIR: runDir };
  let port = 0;
  let livyUrl = '';
  let proxy: CuttingProxy;

  const start = () =>
    startLocalServer({
      port,
      whitelist: [REPO_ROOT, tmpdir()],
      env,
      livyConf: { 'livy.server.session.max-creation': String(MAX_CREATION) },
    });

  async function rest<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    const res = await fetch(`${livyUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', 'x-requested-by': 'e2e' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json().catch(() => undefined)) as T };
  }

  const batches = async () => (await rest<{ sessions: BatchView[] }>('GET', '/batches?size=1000')).body.sessions;
  const cli = (args: string[], timeoutMs = 280_000) => runLivy(args, { env: { LIVY_URL: proxy.url }, timeoutMs });

  beforeAll(async () => {
    port = await findFreePort();
    livyUrl = (await start()).url;
    proxy = await new CuttingProxy(livyUrl).start();
  }, 600_000);

  afterAll(async () => {
    await proxy?.stop();
    // A loaded machine can make the JVM outlast one stop's patience: ask again.
    await stopLocalServer({ env }).catch(() => stopLocalServer({ env }));
    rmSync(runDir, { recursive: true, force: true });
  }, 120_000);

  // First, while ids are small: restarts the dedicated server.
  it('a restart that gives our id to another batch: exit 3, the newcomer neither reported nor killed', async () => {
    const name = `mine-${Date.now().toString(36)}`;
    const livy = runLivy(['submit', '--name', name, join(JOBS, 'sleep.py'), '300'], {
      env: { LIVY_URL: proxy.url },
      timeoutMs: 280_000,
    });
    const ours = await waitFor(async () => (await batches()).find((b) => b.name === name && b.state === 'running'), {
      what: 'our batch to run',
      timeoutMs: 180_000,
    });
    // Livy can call a local batch running before its POST's reply reached the CLI: cut only
    // once the CLI asked about the batch by id, so that it is the watch, not the POST, that is cut.
    await waitFor(() => proxy.forwarded.some((path) => new RegExp(`^/batches/${ours.id}(/|$)`).test(path)), {
      what: 'the CLI to watch its batch',
      timeoutMs: 60_000,
      intervalMs: 100,
    });
    proxy.cutAll();
    await stopLocalServer({ env });
    livyUrl = (await start()).url;
    // A fresh server counts ids from 0 again: create batches until one has our id.
    let theirs: BatchView | undefined;
    for (let i = 0; i <= ours.id; i++) {
      theirs = (
        await rest<BatchView>('POST', '/batches', {
          file: join(JOBS, 'sleep.py'),
          args: ['120'],
          name: `theirs-${i}-${Date.now().toString(36)}`,
        })
      ).body;
    }
    expect(theirs?.id).toBe(ours.id);
    proxy.down = false;
    const run = await livy;
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).toMatch(new RegExp(`batch ${ours.id} was replaced after a server restart`));
    const newcomer = (await rest<BatchView>('GET', `/batches/${ours.id}`)).body;
    expect(newcomer.name).toBe(theirs!.name);
    expect(newcomer.state).not.toBe('killed');
    await rest('DELETE', `/batches/${ours.id}`);
  }, 600_000);

  it('a lost reply to POST /batches: found by its name, created once', async () => {
    const name = `lost-reply-${Date.now().toString(36)}`;
    proxy.loseNextReply('POST', '/batches');
    const run = await cli(['submit', '--name', name, join(JOBS, 'pi.py'), '2']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/reply to POST \/batches was lost/);
    expect((await batches()).filter((b) => b.name === name)).toHaveLength(1);
  }, 300_000);

  it(`${LOAD} submits at once against max-creation ${MAX_CREATION}: each created once and finished`, async () => {
    const prefix = `load-${Date.now().toString(36)}`;
    const started = Date.now();
    const runs = await Promise.all(
      Array.from({ length: LOAD }, (_, i) => cli(['submit', '--name', `${prefix}-${i}`, join(JOBS, 'hello.py')], 590_000)),
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const waited = runs.filter((r) => /busy creating other sessions/.test(r.stderr)).length;
    console.log(`[load] ${LOAD} submits, max-creation ${MAX_CREATION}: all done in ${seconds}s; ${waited} waited for Livy`);
    for (const run of runs) {
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('HELLO_FROM_BATCH');
    }
    const mine = (await batches()).filter((b) => b.name?.startsWith(`${prefix}-`));
    expect(mine).toHaveLength(LOAD);
    expect(new Set(mine.map((b) => b.name)).size).toBe(LOAD);
    expect(mine.every((b) => b.state === 'success')).toBe(true);
  }, 600_000);
});
