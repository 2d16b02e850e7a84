import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { batchView, FakeLivy } from '../../support/fake-livy.js';
import { runCli } from '../../support/run-cli.js';
import { PollSteps } from '../../support/poll-steps.js';
import { FakeClock } from '../../support/fake-clock.js';

describe('livy batches', () => {
  let fake: FakeLivy;
  let env: NodeJS.ProcessEnv;
  let clock: FakeClock;
  beforeEach(async () => {
    fake = await new FakeLivy().start();
    env = { LIVY_URL: fake.url };
    clock = new FakeClock();
  });
  afterEach(async () => {
    await fake.stop();
  });

  it('list: a table in text mode, the page in json mode', async () => {
    fake.on('GET', '/batches', {
      json: { from: 0, total: 2, sessions: [batchView(0, 'success', { name: 'pi', appId: 'local-1' }), batchView(1, 'running')] },
    });
    const text = await runCli(['batches', 'list'], { env, clock });
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')[0]).toMatch(/^ID\s+NAME\s+STATE\s+APP ID\s+OWNER$/);
    expect(text.stdout).toMatch(/0\s+pi\s+success\s+local-1/);
    const json = await runCli(['batches', 'list', '--output', 'json', '--from', '0', '--size', '5'], { env, clock });
    expect(JSON.parse(json.stdout).total).toBe(2);
    expect(fake.requests.at(-1)!.query.toString()).toBe('from=0&size=5');
  });

  it('get and state accept a name', async () => {
    fake.on('GET', '/batches/nightly', { json: batchView(3, 'running', { name: 'nightly' }) });
    fake.on('GET', '/batches/nightly/state', { json: { id: 3, state: 'running' } });
    expect((await runCli(['batches', 'get', 'nightly'], { env, clock })).stdout).toMatch(/state:\s+running/);
    expect((await runCli(['batches', 'state', 'nightly'], { env, clock })).stdout).toBe('running\n');
    const json = await runCli(['batches', 'state', 'nightly', '-o', 'json'], { env, clock });
    expect(JSON.parse(json.stdout)).toEqual({ id: 3, state: 'running' });
  });

  it('logs prints everything Livy kept', async () => {
    fake.on('GET', '/batches/2', { json: batchView(2, 'success') });
    fake.on('GET', '/batches/2/log', { json: { id: 2, from: 0, total: 3, log: ['stdout: ', 'hello', '\nstderr: '] } });
    const run = await runCli(['batches', 'logs', '2'], { env, clock });
    expect(run.stdout).toContain('hello');
    expect(fake.requests.at(-1)!.query.toString()).toBe('from=0&size=-1');
  });

  it('logs -f follows until the batch ends', async () => {
    const steps = new PollSteps();
    const at = (step: number): string => (step >= 3 ? 'success' : 'running');
    fake.on('GET', '/batches/2', () => ({ json: batchView(2, at(steps.view())) }));
    fake.on('GET', '/batches/2/state', () => ({ json: { id: 2, state: at(steps.state()) } }));
    fake.on('GET', '/batches/2/log', () => ({
      json: { id: 2, from: 0, total: 0, log: ['stdout: ', ...Array.from({ length: Math.min(steps.taken, 4) }, (_, i) => `line ${i}`)] },
    }));
    const run = await runCli(['batches', 'logs', '2', '-f'], { env, clock });
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual(['line 0', 'line 1', 'line 2', 'line 3']);
  });

  it('logs -f ends when the batch ends, at the first look after it', async () => {
    const endsAt = 30_000;
    const state = (): string => (clock.now() >= endsAt ? 'success' : 'running');
    fake.on('GET', '/batches/2', () => ({ json: batchView(2, state()) }));
    fake.on('GET', '/batches/2/state', () => ({ json: { id: 2, state: state() } }));
    fake.on('GET', '/batches/2/log', () => ({
      json: { id: 2, from: 0, total: 0, log: ['stdout: ', 'started', ...(clock.now() >= endsAt ? ['done'] : [])] },
    }));
    const run = await runCli(['batches', 'logs', '2', '-f'], { env, clock });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('started\ndone\n');
    expect(run.stderr).toBe('');
    // At 30 s into the wait the state is read every 500 ms (1/60 of the time waited).
    expect(clock.now()).toBeGreaterThanOrEqual(endsAt);
    expect(clock.now()).toBeLessThanOrEqual(endsAt + 500);
    expect(clock.pendingSleeps).toBe(0);
  });

  it("wait shows an application YARN holds in ACCEPTED as waiting for resources, once, from the diagnostics in Livy's log", async () => {
    // Starting for 2.5 s, with the ResourceManager re-stamping its message on every look; then done.
    const waiting = () => clock.now() < 2500;
    fake.on('GET', '/batches/7', () => ({ json: batchView(7, waiting() ? 'starting' : 'success', { appId: 'application_1_0001' }) }));
    fake.on('GET', '/batches/7/state', () => ({ json: { id: 7, state: waiting() ? 'starting' : 'success' } }));
    fake.on('GET', '/batches/7/log', () => {
      const diagnostics = waiting()
        ? [
            `[${new Date(clock.now()).toISOString()}] Application is added to the scheduler and is not yet activated. Queue's AM resource limit exceeded.  Details : AM Partition = <DEFAULT_PARTITION>;`,
          ]
        : [];
      return { json: { id: 7, from: 0, total: 0, log: ['stdout: ', 'submitted', '\nstderr: ', '\nYARN Diagnostics: ', ...diagnostics] } };
    });
    const run = await runCli(['batches', 'wait', '7'], { env, clock });
    expect(run.code, run.stderr).toBe(0);
    const notes = run.stderr.split('\n').filter((line) => line.includes('waiting for YARN resources'));
    expect(notes).toEqual([
      "batch 7: waiting for YARN resources: Application is added to the scheduler and is not yet activated. Queue's AM resource limit exceeded.",
    ]);
    expect(run.stderr).not.toContain('Details');
    expect(fake.requests.filter((r) => r.path === '/batches/7/log').length).toBeGreaterThan(1);
  });

  it('kill deletes the batch', async () => {
    fake.on('GET', '/batches/5', { json: batchView(5, 'running') });
    fake.on('DELETE', '/batches/5', { json: { msg: 'deleted' } });
    const run = await runCli(['batches', 'kill', '5'], { env, clock });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/batch 5 killed/);
    expect(fake.requests.at(-1)!.method).toBe('DELETE');
  });

  it('wait exits with the code of the outcome', async () => {
    fake.on('GET', '/batches/6', { json: batchView(6, 'dead') });
    fake.on('GET', '/batches/6/log', { json: { id: 6, from: 0, total: 2, log: ['stdout: ', 'Traceback: boom'] } });
    const run = await runCli(['batches', 'wait', '6'], { env, clock });
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toContain('Traceback: boom');
  });

  it('a missing batch is exit 3 with the server message', async () => {
    fake.on('GET', '/batches/99', { status: 404, json: { msg: "Session '99' not found." } });
    const run = await runCli(['batches', 'get', '99'], { env, clock });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("Session '99' not found.");
  });

  it('a malformed reply is exit 3, not a crash', async () => {
    fake.on('GET', '/batches', { body: 'hello', contentType: 'text/plain' });
    const run = await runCli(['batches', 'list'], { env, clock });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/not JSON/);
  });

  it('errors under --output json are JSON on stdout too', async () => {
    fake.on('GET', '/batches/99', { status: 404, json: { msg: "Session '99' not found." } });
    const run = await runCli(['batches', 'get', '99', '--output', 'json'], { env, clock });
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { exitCode: 3 } });
  });

  it('unknown options and bad values are usage errors (exit 2)', async () => {
    expect((await runCli(['batches', 'list', '--bogus'], { env, clock })).code).toBe(2);
    expect((await runCli(['batches', 'list', '--size', 'x'], { env, clock })).code).toBe(2);
    expect((await runCli(['batches', 'list', '--output', 'yaml'], { env, clock })).code).toBe(2);
    expect((await runCli(['nope'], { env, clock })).code).toBe(2);
  });

  it('a usage error quoting what was typed strips the escape sequences in it', async () => {
    const run = await runCli(['batches', '\u001b]0;pwned\u0007x\u001b[2J'], { env, clock });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("error: unknown command 'x'");
    expect(run.stderr).not.toContain('\u001b');
  });

  it('--url beats LIVY_URL; a bad URL is exit 2', async () => {
    fake.on('GET', '/batches', { json: { from: 0, total: 0, sessions: [] } });
    expect((await runCli(['batches', 'list', '--url', fake.url], { env: { LIVY_URL: 'http://127.0.0.1:1' } })).code).toBe(0);
    const bad = await runCli(['batches', 'list', '--url', 'not a url'], { env, clock });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--url/);
  });
});
