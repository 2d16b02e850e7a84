// Batches on the real YARN cluster (global-setup.ts): inputs put into HDFS with the CLI's own
// WebHDFS client, PySpark batches in cluster mode read from HDFS, queues checked through the
// ResourceManager's REST API, --files with #alias, kill and failure.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, expect, inject, it } from 'vitest';
import { describeLivy, REPO_ROOT, waitFor } from '../e2e/helpers.js';
import { buildSimpleApp } from '../e2e/jvm-app.js';
import {
  batchAppId,
  hdfs,
  livy,
  putJob,
  readOutput,
  spawnWaiter,
  startSleepingBatch,
  submittedId,
  uniqueName,
  yarnApp,
} from './yarn-helpers.js';

const YARN_JOBS = join(REPO_ROOT, 'test', 'fixtures', 'yarn-jobs');
const JOBS = join(REPO_ROOT, 'test', 'fixtures', 'jobs');
const base = `/e2e-${Date.now().toString(36)}`;

describeLivy('livy local hdfs', () => {
  it('put, ls, cat and rm a file through WebHDFS', async () => {
    const put = await livy(['local', 'hdfs', 'put', join(YARN_JOBS, 'words.txt'), `${base}/scratch/`, '-o', 'json'], 60_000);
    expect(put.code, put.stderr).toBe(0);
    expect(JSON.parse(put.stdout)).toMatchObject({ path: `${base}/scratch/words.txt`, url: `hdfs://${base}/scratch/words.txt` });
    const ls = await livy(['local', 'hdfs', 'ls', `${base}/scratch`], 60_000);
    expect(ls.code, ls.stderr).toBe(0);
    expect(ls.stdout).toMatch(/^-0644 {2}\S+ +44 {2}\S+ {2}words\.txt$/m);
    const cat = await livy(['local', 'hdfs', 'cat', `hdfs://${base}/scratch/words.txt`], 60_000);
    expect(cat.stdout).toBe('the quick brown fox\njumps over\nthe lazy dog\n');
    const again = await livy(['local', 'hdfs', 'put', join(YARN_JOBS, 'words.txt'), `${base}/scratch/words.txt`], 60_000);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^error: CREATE .*words\.txt: FileAlreadyExistsException: .*$/m);
    const rm = await livy(['local', 'hdfs', 'rm', '-r', `${base}/scratch`], 60_000);
    expect(rm.code, rm.stderr).toBe(0);
    expect(await hdfs().status(`${base}/scratch`)).toBeUndefined();
  });
});

// Independent applications run side by side: most of each one's time is YARN and JVM latency.
describeLivy.concurrent('batches in cluster mode on YARN', () => {
  beforeAll(async () => {
    for (const f of ['wordcount.py', 'read_alias.py', 'executors.py', 'env_marker.py', 'chatty.py', 'words.txt']) {
      const r = await livy(['local', 'hdfs', 'put', join(YARN_JOBS, f), `${base}/jobs/`], 60_000);
      expect(r.code, r.stderr).toBe(0);
    }
  });

  it('a PySpark batch from HDFS reads its HDFS input and succeeds with an application id', async () => {
    const out = `${base}/out/wc`;
    const r = await livy([
      'submit',
      '--name',
      uniqueName('wc'),
      `hdfs://${base}/jobs/wordcount.py`,
      `hdfs://${base}/jobs/words.txt`,
      `hdfs://${out}`,
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(await readOutput(out)).toBe('WORDS lines=3 words=9\n');
    const appId = await batchAppId(submittedId(r.stderr));
    expect(appId).toMatch(/^application_\d+_\d+$/);
    // The final summary names the application and its Spark UI behind the ResourceManager's proxy.
    expect(r.stderr).toContain(`application: ${appId}`);
    expect(r.stderr).toMatch(new RegExp(`Spark UI: +http://[\\w.]+:\\d+/proxy/${appId}/`));
    const app = await yarnApp(appId!);
    expect(app).toMatchObject({ state: 'FINISHED', finalStatus: 'SUCCEEDED', queue: 'default' });
  });

  it('--queue etl lands in the etl queue', async () => {
    const out = `${base}/out/etl`;
    const r = await livy([
      'submit',
      '--queue',
      'etl',
      `hdfs://${base}/jobs/wordcount.py`,
      `hdfs://${base}/jobs/words.txt`,
      `hdfs://${out}`,
    ]);
    expect(r.code, r.stderr).toBe(0);
    const app = await yarnApp((await batchAppId(submittedId(r.stderr)))!);
    expect(app.queue).toBe('etl');
  });

  it("a queue YARN does not have fails with YARN's reason in one line", async () => {
    const r = await livy([
      'submit',
      '--queue',
      'nosuch',
      `hdfs://${base}/jobs/wordcount.py`,
      `hdfs://${base}/jobs/words.txt`,
      `hdfs://${base}/out/nq`,
    ]);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/unknown queue: nosuch|queue nosuch|nosuch.*(does not exist|not exist)/i);
  });

  it("--files hdfs:///…#alias is localised under the alias in the driver's directory", async () => {
    const out = `${base}/out/alias`;
    const r = await livy([
      'submit',
      '--files',
      `hdfs://${base}/jobs/words.txt#renamed.txt`,
      `hdfs://${base}/jobs/read_alias.py`,
      'renamed.txt',
      `hdfs://${out}`,
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(await readOutput(out)).toMatch(/^ALIAS renamed\.txt the quick brown fox/);
  });

  it("--archives hdfs:///…/env.tar.gz#environment: the driver runs the packed environment's python", async () => {
    const env = await packEnvironment();
    await hdfs().upload(env, `${base}/jobs/env.tar.gz`);
    rmSync(dirname(env), { recursive: true, force: true });
    const out = `${base}/out/env`;
    const r = await livy([
      'submit',
      '--archives',
      `hdfs://${base}/jobs/env.tar.gz#environment`,
      '--conf',
      'spark.yarn.appMasterEnv.PYSPARK_PYTHON=./environment/bin/python',
      `hdfs://${base}/jobs/env_marker.py`,
      `hdfs://${out}`,
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(await readOutput(out)).toBe('ENV packed-env-ok ./environment/bin/python\n');
  });

  it("--driver-log prints the driver's whole stdout, which Livy's log never holds in cluster mode", async () => {
    // More lines than Livy keeps of a log (livy.cache-log.size, 200 by default).
    const r = await livy(['submit', '--driver-log', '--name', uniqueName('chatty'), `hdfs://${base}/jobs/chatty.py`, '300', '2']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n').filter((line) => line.startsWith('CHATTY'));
    expect(lines).toHaveLength(300);
    expect(lines[0]).toBe('CHATTY line 1 of 300');
    const id = submittedId(r.stderr);
    const livyLog = await livy(['batches', 'logs', String(id)], 60_000);
    expect(livyLog.stdout).not.toContain('CHATTY line 1 of 300');
    const driver = await livy(['batches', 'logs', String(id), '--driver', '-o', 'json'], 60_000);
    expect(driver.code, driver.stderr).toBe(0);
    const files = JSON.parse(driver.stdout) as { containerId: string; stdout: string; stderr: string };
    expect(files.containerId).toMatch(/^container_\d+_\d+_01_000001$/);
    expect(files.stdout.split('\n').filter((line) => line.startsWith('CHATTY'))).toHaveLength(300);
    expect(files.stderr).toContain('ApplicationMaster');
  });

  it('--num-executors 2 gives the application two executors', async () => {
    const out = `${base}/out/executors`;
    const r = await livy(['submit', '--num-executors', '2', `hdfs://${base}/jobs/executors.py`, '2', `hdfs://${out}`]);
    expect(r.code, r.stderr).toBe(0);
    expect(await readOutput(out)).toBe('EXECUTORS 2\n');
  });

  it('a JVM batch from HDFS runs in cluster mode', async () => {
    const jar = await buildSimpleApp(inject('sparkHome'));
    await hdfs().upload(jar, `${base}/jobs/simple-app.jar`);
    rmSync(dirname(jar), { recursive: true, force: true });
    const r = await livy(['submit', '--class', 'SimpleApp', `hdfs://${base}/jobs/simple-app.jar`, 'alpha']);
    expect(r.code, r.stderr).toBe(0);
    const app = await yarnApp((await batchAppId(submittedId(r.stderr)))!);
    expect(app).toMatchObject({ state: 'FINISHED', finalStatus: 'SUCCEEDED', applicationType: 'SPARK' });
  });

  it('a failing application exits 1 with the YARN diagnostics', async () => {
    const r = await livy(['submit', await putJob(join(JOBS, 'fail.py'))]);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stderr).toMatch(/batch \d+ failed \(dead\)/);
    const app = await yarnApp((await batchAppId(submittedId(r.stderr)))!);
    expect(app).toMatchObject({ state: 'FINISHED', finalStatus: 'FAILED' });
    expect(r.stdout + r.stderr).toMatch(/User application exited with status 1|YARN Diagnostics/);
  });

  it('kill: the YARN application ends KILLED and the waiter in another process exits 5', async () => {
    const { id, appId } = await startSleepingBatch(300);
    const waiter = spawnWaiter(id);
    try {
      await waiter.attached;
      const kill = await livy(['batches', 'kill', String(id)], 60_000);
      expect(kill.code, kill.stderr).toBe(0);
      expect(await waiter.exited, waiter.stderr()).toBe(5);
      const app = await waitFor(
        async () => {
          const a = await yarnApp(appId);
          return a.state === 'KILLED' ? a : undefined;
        },
        { timeoutMs: 60_000, what: `${appId} killed` },
      );
      expect(app.finalStatus).toBe('KILLED');
    } finally {
      waiter.kill();
    }
  });

  it("an application YARN cannot fit yet is shown as waiting for YARN resources, in the ResourceManager's words", async () => {
    // The NodeManager offers 8 GB; a running batch takes 2 GB, so a 6 GB driver's AM container (~6.9 GB) must wait.
    const occupant = await startSleepingBatch(120);
    const name = uniqueName('too-big');
    try {
      const r = await livy(
        ['submit', '--name', name, '--timeout', '40s', '--driver-memory', '6g', await putJob(join(JOBS, 'hello.py'))],
        120_000,
      );
      expect(r.code, r.stderr).toBe(4);
      expect(r.stderr).toMatch(/batch \d+: waiting for YARN resources: .*(waiting for resources to be assigned for AM|not yet activated)/);
      const appId = (await batchAppId(submittedId(r.stderr)))!;
      expect((await yarnApp(appId)).state).toBe('ACCEPTED');
    } finally {
      await livy(['batches', 'kill', name], 60_000);
      await livy(['batches', 'kill', String(occupant.id)], 60_000);
    }
  });
});

/**
 * A packed Python environment as conda-pack or venv-pack would give, reduced to what the test
 * needs: `bin/python` (runs the machine's python3 with the environment's `lib` first on the path)
 * and a marker module only this environment has.
 */
async function packEnvironment(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'livy-e2e-env-'));
  const root = join(dir, 'env');
  mkdirSync(join(root, 'bin'), { recursive: true });
  mkdirSync(join(root, 'lib'), { recursive: true });
  writeFileSync(join(root, 'lib', 'livy_env_marker.py'), 'VALUE = "packed-env-ok"\n');
  const python = join(root, 'bin', 'python');
  writeFileSync(
    python,
    '#!/bin/sh\nhere=$(cd "$(dirname "$0")/.." && pwd)\nPYTHONPATH="$here/lib${PYTHONPATH:+:$PYTHONPATH}" exec python3 "$@"\n',
  );
  chmodSync(python, 0o755);
  const archive = join(dir, 'env.tar.gz');
  execFileSync('tar', ['-czf', archive, '-C', root, '.']);
  return archive;
}
