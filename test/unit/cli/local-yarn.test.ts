import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClusterPorts } from '../../../src/local/hadoop/cluster-ports.js';
import { writeClusterState, type ClusterState } from '../../../src/local/hadoop/cluster-state.js';
import { processCommandLine } from '../../../src/local/processes.js';
import { LIVY_MAIN_CLASS, writeStateFile } from '../../../src/local/state.js';
import { FakeHdfs, port } from '../../support/fake-webhdfs.js';
import { runCli } from '../../support/run-cli.js';

let runDir: string;
let env: NodeJS.ProcessEnv;
const fakes: ChildProcess[] = [];

/** A process whose command line says it is this run dir's `name` daemon (what `livy local` checks). */
async function fakeDaemon(name: string, extraArgs: string[] = []): Promise<number> {
  const marker = `-Dlivycli.daemon=${name}`;
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)', '--', marker, `-Dlivycli.run-dir=${runDir}`, ...extraArgs], {
    stdio: 'ignore',
  });
  fakes.push(child);
  // Until exec completes, /proc shows the parent's command line.
  while (!(processCommandLine(child.pid!) ?? '').includes(marker)) await new Promise((r) => setTimeout(r, 20));
  return child.pid!;
}

function clusterState(ports: Partial<ClusterPorts>, pids: Partial<ClusterState['pids']>): ClusterState {
  const p = Object.fromEntries(
    [
      'nameNodeRpc',
      'nameNodeHttp',
      'dataNodeTransfer',
      'dataNodeHttp',
      'dataNodeIpc',
      'resourceManager',
      'resourceManagerScheduler',
      'resourceManagerTracker',
      'resourceManagerAdmin',
      'resourceManagerHttp',
      'nodeManager',
      'nodeManagerLocalizer',
      'nodeManagerHttp',
    ].map((k) => [k, 1]),
  ) as unknown as ClusterPorts;
  return {
    kind: 'yarn',
    hadoopVersion: '3.3.4',
    pysparkVersion: '3.5.6',
    runDir,
    ports: { ...p, ...ports },
    pids: { namenode: 999_999_1, datanode: 999_999_2, resourcemanager: 999_999_3, nodemanager: 999_999_4, ...pids },
    user: 'alice',
    startedAt: '2026-01-01T00:00:00.000Z',
  };
}

beforeEach(() => {
  runDir = mkdtempSync(join(tmpdir(), 'livy-unit-yarn-'));
  env = { LIVY_LOCAL_RUN_DIR: runDir, LIVY_LOCAL_HOME: join(runDir, 'home') };
});

afterEach(() => {
  for (const f of fakes.splice(0)) f.kill('SIGKILL');
});

describe('livy local on YARN: bad input and nothing running', () => {
  it('--cluster accepts local or yarn only', async () => {
    const r = await runCli(['local', 'start', '--cluster', 'mesos'], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--cluster.*mesos/);
  });

  it('logs --daemon names a daemon', async () => {
    const bad = await runCli(['local', 'logs', '--daemon', 'historyserver'], { env });
    expect(bad.code).toBe(2);
    const none = await runCli(['local', 'logs', '--daemon', 'nodemanager'], { env });
    expect(none.code).toBe(3);
    expect(none.stderr).toMatch(/^error: no nodemanager log \(.*nodemanager\.log\)$/m);
  });

  it("logs --daemon prints the end of that daemon's log", async () => {
    mkdirSync(join(runDir, 'hadoop', 'logs'), { recursive: true });
    writeFileSync(join(runDir, 'hadoop', 'logs', 'resourcemanager.log'), 'one\ntwo\nthree\n');
    const r = await runCli(['local', 'logs', '--daemon', 'resourcemanager', '-n', '2'], { env });
    expect(r).toMatchObject({ code: 0, stdout: 'two\nthree\n' });
  });

  it('logs strips terminal control sequences a log line carries', async () => {
    mkdirSync(join(runDir, 'hadoop', 'logs'), { recursive: true });
    writeFileSync(join(runDir, 'hadoop', 'logs', 'namenode.log'), 'user \u001b]0;pwned\u0007x\u001b[2J logged in\n');
    const r = await runCli(['local', 'logs', '--daemon', 'namenode'], { env });
    expect(r).toMatchObject({ code: 0, stdout: 'user x logged in\n' });
  });

  it('hdfs commands need a running cluster', async () => {
    const r = await runCli(['local', 'hdfs', 'ls', '/'], { env });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('error: no local HDFS is running');
    expect(r.stderr).toContain('livy local start --cluster yarn');
  });

  it('hdfs put names a missing local file', async () => {
    const r = await runCli(['local', 'hdfs', 'put', 'nope.txt', '/x/'], { env, cwd: runDir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: put: no such local file: nope\.txt$/m);
  });

  it('status -o json reports a recorded cluster whose daemons are gone', async () => {
    writeClusterState(clusterState({ nameNodeRpc: 9000, nameNodeHttp: 9870, resourceManagerHttp: 8088 }, {}), env);
    const r = await runCli(['local', 'status', '-o', 'json'], { env });
    expect(r.code).toBe(3);
    const s = JSON.parse(r.stdout);
    expect(s).toMatchObject({
      running: false,
      cluster: 'yarn',
      hdfs: 'hdfs://127.0.0.1:9000',
      webhdfs: 'http://127.0.0.1:9870/webhdfs/v1',
      resourceManager: 'http://127.0.0.1:8088',
      queues: [
        { name: 'default', capacity: 50 },
        { name: 'etl', capacity: 50 },
      ],
    });
    expect(s.daemons.map((d: { name: string; running: boolean }) => [d.name, d.running])).toEqual([
      ['namenode', false],
      ['datanode', false],
      ['resourcemanager', false],
      ['nodemanager', false],
    ]);
  });

  it('start --cluster local refuses while a YARN cluster runs in the run dir', async () => {
    writeClusterState(clusterState({}, { namenode: await fakeDaemon('namenode') }), env);
    const r = await runCli(['local', 'start', '--cluster', 'local'], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('a local YARN cluster is running');
  });
});

describe('livy local hdfs against a WebHDFS NameNode', () => {
  let hdfs: FakeHdfs;
  beforeEach(async () => {
    hdfs = new FakeHdfs();
    await hdfs.start();
    writeClusterState(clusterState({ nameNodeHttp: port(hdfs.nameNode) }, { namenode: await fakeDaemon('namenode') }), env);
  });
  afterEach(async () => hdfs.stop());

  it("put into a directory keeps the file name, as the cluster's user", async () => {
    writeFileSync(join(runDir, 'in.csv'), 'a,b\n');
    const r = await runCli(['local', 'hdfs', 'put', 'in.csv', '/data/', '-o', 'json'], { env, cwd: runDir });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ path: '/data/in.csv', bytes: 4, url: 'hdfs:///data/in.csv' });
    expect(hdfs.files.get('/data/in.csv')?.toString()).toBe('a,b\n');
    expect(new Set(hdfs.users)).toEqual(new Set(['alice']));
  });

  it('put over an existing file is refused without --force', async () => {
    writeFileSync(join(runDir, 'in.csv'), 'new');
    hdfs.files.set('/in.csv', Buffer.from('old'));
    const r = await runCli(['local', 'hdfs', 'put', 'in.csv', '/in.csv'], { env, cwd: runDir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/FileAlreadyExistsException/);
    expect(r.stderr).toContain('--force');
    const forced = await runCli(['local', 'hdfs', 'put', '--force', 'in.csv', '/in.csv'], { env, cwd: runDir });
    expect(forced.code, forced.stderr).toBe(0);
    expect(hdfs.files.get('/in.csv')?.toString()).toBe('new');
  });

  it('ls, cat and rm', async () => {
    hdfs.dirs.add('/d');
    hdfs.files.set('/d/x.txt', Buffer.from('hello\n'));
    const ls = await runCli(['local', 'hdfs', 'ls', '/d'], { env });
    expect(ls.stdout).toMatch(/^-0644 {2}me +6 {2}\S+ {2}x\.txt$/m);
    const cat = await runCli(['local', 'hdfs', 'cat', 'hdfs:///d/x.txt'], { env });
    expect(cat).toMatchObject({ code: 0, stdout: 'hello\n' });
    const dir = await runCli(['local', 'hdfs', 'rm', '/d'], { env });
    expect(dir.code).toBe(2);
    expect(dir.stderr).toContain('add -r');
    const rm = await runCli(['local', 'hdfs', 'rm', '/d/x.txt'], { env });
    expect(rm.code, rm.stderr).toBe(0);
    expect(hdfs.files.has('/d/x.txt')).toBe(false);
    const missing = await runCli(['local', 'hdfs', 'cat', '/nope'], { env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^error: OPEN \/nope: FileNotFoundException: File does not exist: \/nope$/m);
  });
});

describe("staging on the local yarn cluster's HDFS", () => {
  /** A `livy local` server of this run dir at http://127.0.0.1:8998, as far as the CLI can tell. */
  async function fakeLocalLivy(): Promise<void> {
    const pid = await fakeDaemon('livy', [LIVY_MAIN_CLASS]);
    writeStateFile(
      {
        pid,
        port: 8998,
        url: 'http://127.0.0.1:8998',
        whitelist: [],
        livyVersion: '0.9.0-incubating',
        pysparkVersion: '3.5.6',
        sparkHome: '/x',
        python: '/x',
        logFile: '/x',
        runDir,
        startedAt: '2026-01-01T00:00:00.000Z',
      },
      env,
    );
  }

  it("a submit to the local Livy stages to the cluster's HDFS when no stage dir is set (dry run)", async () => {
    await fakeLocalLivy();
    writeClusterState(clusterState({ nameNodeRpc: 41000, nameNodeHttp: 41001 }, { namenode: await fakeDaemon('namenode') }), env);
    const cwd = mkdtempSync(join(tmpdir(), 'livy-unit-yarn-job-'));
    writeFileSync(join(cwd, 'job.py'), 'print(1)\n');
    const r = await runCli(['submit', '--url', 'http://127.0.0.1:8998', '--dry-run', '-o', 'json', './job.py'], { env, cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).file).toMatch(/^hdfs:\/\/127\.0\.0\.1:41000\/user\/alice\/\.livy-staging\/[0-9a-f]{64}\/job\.py$/);
  });

  it('without a running NameNode, relative paths stay file: URIs for the local Livy', async () => {
    await fakeLocalLivy();
    writeClusterState(clusterState({}, {}), env);
    const cwd = mkdtempSync(join(tmpdir(), 'livy-unit-yarn-job-'));
    writeFileSync(join(cwd, 'job.py'), 'print(1)\n');
    const r = await runCli(['submit', '--url', 'http://127.0.0.1:8998', '--dry-run', '-o', 'json', './job.py'], { env, cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).file).toBe(`file://${join(cwd, 'job.py')}`);
  });
});
