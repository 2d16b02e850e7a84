import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { batchView, FakeLivy } from '../../support/fake-livy.js';
import { FakeNodeManager } from '../../support/fake-node-manager.js';
import { runCli } from '../../support/run-cli.js';

const CONTAINER = 'container_1700000000000_0001_01_000001';
const APP = 'application_1700000000000_0001';

let livy: FakeLivy;
let nm: FakeNodeManager;
beforeEach(async () => {
  livy = await new FakeLivy().start();
  nm = await new FakeNodeManager(CONTAINER).start();
});
afterEach(async () => {
  await livy.stop();
  await nm.stop();
});

/**
 * Batch 0 on YARN: running (Livy links the driver's container) for `runningMs`, then success
 * (Livy drops the link); Livy's own log holds only spark-submit's lines.
 */
function yarnBatch(options: { runningMs: number; driverLogUrl?: string; resourceManager?: string }): void {
  const started = Date.now();
  const view = () => {
    const running = Date.now() - started < options.runningMs;
    return batchView(0, running ? 'running' : 'success', {
      appId: APP,
      appInfo: {
        driverLogUrl: running ? (options.driverLogUrl ?? nm.driverLogUrl) : null,
        sparkUiUrl: `${options.resourceManager ?? nm.url}/proxy/${APP}/`,
      },
    });
  };
  livy.on('POST', '/batches', { status: 201, json: batchView(0, 'starting') });
  livy.on('GET', '/batches/0', () => ({ json: view() }));
  livy.on('GET', '/batches/0/state', () => ({ json: { id: 0, state: view().state } }));
  livy.on('GET', '/batches/0/log', { json: { id: 0, from: 0, total: 3, log: ['stdout: ', 'spark-submit says hello', '\nstderr: '] } });
}

describe('livy submit --driver-log', () => {
  it("prints the driver's stdout on stdout, as the driver wrote it, and Livy's log on stderr", async () => {
    nm.files.stdout = 'driver line 1\n';
    nm.files.stderr = 'INFO SparkContext: Running Spark\n';
    yarnBatch({ runningMs: 2500 });
    setTimeout(() => (nm.files.stdout += 'driver line 2\n'), 1200);
    const run = await runCli(['submit', '--driver-log', '--url', livy.url, 'hdfs:///jobs/job.py'], { env: { NO_COLOR: '1' } });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('driver line 1\ndriver line 2\n');
    expect(run.stderr).toContain('INFO SparkContext: Running Spark');
    expect(run.stderr).toContain('spark-submit says hello');
  });

  it('a driver container still localizing when first polled: its stdout is printed once it runs, without a warning', async () => {
    nm.notStartedState = 'LOCALIZING';
    yarnBatch({ runningMs: 3000 });
    setTimeout(() => {
      nm.notStartedState = undefined;
      nm.files.stdout = 'driver result\n';
    }, 1500);
    const run = await runCli(['submit', '--driver-log', '--url', livy.url, 'hdfs:///jobs/job.py'], { env: { NO_COLOR: '1' } });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('driver result\n');
    expect(run.stderr).not.toContain('--driver-log:');
  });

  it("a NodeManager that cannot be reached: one warning, then Livy's log as without the flag", async () => {
    // Running long enough for a slow start of the CLI to still see the link.
    yarnBatch({
      runningMs: 5000,
      driverLogUrl: `http://127.0.0.1:9/node/containerlogs/${CONTAINER}/etl`,
      resourceManager: 'http://127.0.0.1:9',
    });
    const run = await runCli(['submit', '--driver-log', '--url', livy.url, 'hdfs:///jobs/job.py'], { env: { NO_COLOR: '1' } });
    expect(run.code, run.stderr).toBe(0);
    expect(
      run.stderr.match(/--driver-log: cannot read the driver's log from http:\/\/127\.0\.0\.1:9 \(.*\): showing Livy's log from here on/g),
    ).toHaveLength(1);
    expect(run.stdout + run.stderr).toContain('spark-submit says hello');
  });
});

describe('livy batches logs --driver', () => {
  it("after the application ended, finds the driver's container through the ResourceManager and prints its files", async () => {
    nm.files.stdout = 'result 42\n';
    nm.files.stderr = 'INFO done\n';
    yarnBatch({ runningMs: 0 });
    const run = await runCli(['batches', 'logs', '0', '--driver', '--url', livy.url], { env: { NO_COLOR: '1' } });
    expect(run).toMatchObject({ code: 0, stdout: 'result 42\n' });
    expect(run.stderr).toBe('INFO done\n');
  });

  it('-o json gives both files and where they came from in one document', async () => {
    nm.files.stdout = 'result 42\n';
    yarnBatch({ runningMs: 0 });
    const run = await runCli(['batches', 'logs', '0', '--driver', '-o', 'json', '--url', livy.url]);
    expect(JSON.parse(run.stdout)).toEqual({
      id: 0,
      appId: APP,
      containerId: CONTAINER,
      nodeManager: nm.url,
      stdout: 'result 42\n',
      stderr: '',
    });
  });

  it("a batch without a YARN application: says why, then shows Livy's log", async () => {
    livy.on('GET', '/batches/0', { json: batchView(0, 'success', { appId: null, appInfo: { driverLogUrl: null, sparkUiUrl: null } }) });
    livy.on('GET', '/batches/0/log', { json: { id: 0, from: 0, total: 1, log: ['local mode output'] } });
    const run = await runCli(['batches', 'logs', '0', '--driver', '--url', livy.url], { env: { NO_COLOR: '1' } });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      "warning: --driver: cannot read batch 0's driver log (the batch has no YARN application): showing Livy's log\n",
    );
    expect(run.stdout).toBe('local mode output\n');
  });
});
