// Staging local files to HDFS before submitting: a real NameNode and DataNode on 127.0.0.1
// (started from src/local/hadoop, HDFS alone, permissions on) receive the files through WebHDFS,
// and the suite's real Livy runs the job with Spark (local mode) reading them back from
// hdfs://127.0.0.1:<port>/. The store itself is exercised on the same HDFS, without mocks.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startHdfs, stopHadoopCluster, type ClusterInfo } from '../../src/local/hadoop/index.js';
import { hadoopPaths } from '../../src/local/hadoop/hadoop-paths.js';
import { hadoopVersionOfSpark } from '../../src/local/hadoop/hadoop-version.js';
import { installedHadoop } from '../../src/local/hadoop/provision-hadoop.js';
import { checkJava } from '../../src/local/prerequisites.js';
import { PYSPARK_VERSION } from '../../src/local/versions.js';
import { createHdfsStore } from '../../src/staging/hdfs/hdfs-store.js';
import type { StageStore } from '../../src/staging/stage-store.js';
import { WebHdfsClient } from '../../src/storage/webhdfs.js';
import { batchLog, livyMissing, livyRequest, livyVersion, runLivy, tempDir, waitForBatchEnd } from './helpers.js';
import { commandExists, describeWith, missingPrerequisites } from './support/prerequisites.js';
import { stagingWorkingDir } from './support/staging-job.js';

/** The Hadoop jars come from the cache, or from Maven Central through mvn the first time. */
function hadoopMissing(): string | undefined {
  const sparkHome = inject('sparkHome');
  if (!sparkHome) return undefined; // no Livy: said already
  const version = hadoopVersionOfSpark(sparkHome);
  if (installedHadoop(hadoopPaths(version, PYSPARK_VERSION, process.env), version) || commandExists('mvn')) return undefined;
  return `the Hadoop ${version} jars are not in the cache and Maven is not installed to fetch them`;
}

const missing = [...livyMissing(), ...missingPrerequisites(['java'], [hadoopMissing()])];

interface SubmitResult {
  id: number;
  staged: { local: string; uri: string; bytes: number; uploaded: boolean }[];
}

describeWith(missing)(`staging local files to HDFS (WebHDFS) [Livy ${livyVersion()}]`, () => {
  /** HDFS keeps its own run dir: the suite's Livy and its state stay apart. */
  const hdfsEnv = { ...process.env, LIVY_LOCAL_RUN_DIR: tempDir('livy-e2e-hdfs-run-') };
  let cluster: ClusterInfo;
  /** The superuser (the user the NameNode runs as). */
  let admin: WebHdfsClient;
  let stageDir: string;
  let cwd: string;

  const submitArgs = (extra: string[] = []): string[] => [
    'submit',
    '--stage-dir',
    stageDir,
    '-o',
    'json',
    ...extra,
    '--py-files',
    './mylib',
    '--files',
    './ref.csv#ref.csv',
    './job.py',
  ];
  const pathOf = (uri: string): string => uri.slice(cluster.urls.hdfs.length);
  /** The NameNode's HTTP port is not the default 9870 here: the CLI is told it, as a user would. */
  const cliEnv = (extra: Record<string, string> = {}): Record<string, string> => ({ LIVY_WEBHDFS_URL: cluster.urls.nameNode, ...extra });

  beforeAll(async () => {
    const java = await checkJava(hdfsEnv);
    cluster = await startHdfs({
      env: hdfsEnv,
      java,
      hadoopVersion: hadoopVersionOfSpark(inject('sparkHome')),
      pysparkVersion: PYSPARK_VERSION,
      permissions: true,
    });
    admin = new WebHdfsClient({ url: cluster.urls.nameNode, user: cluster.user });
    stageDir = `${cluster.urls.hdfs}/e2e/stage`;
    cwd = stagingWorkingDir('livy-e2e-hdfs-staging-');
  }, 600_000);

  afterAll(async () => {
    await stopHadoopCluster({ env: hdfsEnv });
    rmSync(hdfsEnv.LIVY_LOCAL_RUN_DIR, { recursive: true, force: true });
  }, 120_000);

  describe('the HDFS store', () => {
    let store: StageStore;
    let local: string;
    const storeDir = () => `${cluster.urls.hdfs}/e2e/store`;
    beforeAll(async () => {
      store = await createHdfsStore(storeDir(), { webhdfsUrl: cluster.urls.nameNode, user: cluster.user }, process.env);
      local = join(tempDir('livy-e2e-hdfs-store-'), 'data.bin');
      writeFileSync(local, Buffer.alloc(3 * 1024 * 1024 + 17, 7));
    });

    it('uploads a file under its final name with its exact size, leaving no temporary file', async () => {
      const uri = `${storeDir()}/${'a'.repeat(64)}/data.bin`;
      let reported = 0;
      await store.upload(local, uri, { bytes: 3 * 1024 * 1024 + 17, onBytes: (n) => (reported += n) });
      expect((await store.stat(uri))?.bytes).toBe(3 * 1024 * 1024 + 17);
      expect(reported).toBe(3 * 1024 * 1024 + 17);
      expect((await admin.list(`/e2e/store/${'a'.repeat(64)}`)).map((s) => s.pathSuffix)).toEqual(['data.bin']);
    });

    it('an upload stopped half-way leaves nothing under the final name nor a temporary file', async () => {
      const hash = 'b'.repeat(64);
      const controller = new AbortController();
      const big = join(tempDir('livy-e2e-hdfs-big-'), 'big.bin');
      writeFileSync(big, Buffer.alloc(64 * 1024 * 1024, 1));
      let sent = 0;
      const upload = store.upload(big, `${storeDir()}/${hash}/big.bin`, {
        bytes: 64 * 1024 * 1024,
        signal: controller.signal,
        onBytes: (n) => {
          sent += n;
          if (sent >= 8 * 1024 * 1024) controller.abort(new Error('stopped'));
        },
      });
      await expect(upload).rejects.toThrow('stopped');
      expect(await store.stat(`${storeDir()}/${hash}/big.bin`)).toBeUndefined();
      const left = await admin.list(`/e2e/store/${hash}`).catch(() => []);
      expect(left.map((s) => s.pathSuffix)).toEqual([]);
    });

    it('lists what is under the dir, and removing the last file of a hash removes its directory', async () => {
      const uri = `${storeDir()}/${'c'.repeat(64)}/data.bin`;
      await store.upload(local, uri, { bytes: 3 * 1024 * 1024 + 17 });
      const listed = await store.list(storeDir());
      expect(listed.map((o) => o.uri)).toContain(uri);
      expect(listed.find((o) => o.uri === uri)?.modified).toBeInstanceOf(Date);
      await store.remove(uri);
      expect(await admin.status(`/e2e/store/${'c'.repeat(64)}`)).toBeUndefined();
    });
  });

  it('submits a PySpark job with a --py-files directory and an aliased --files, staged to HDFS, and Spark runs it', async () => {
    const r = await runLivy(submitArgs(['--async']), { cwd, env: cliEnv(), timeoutMs: 180_000 });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/staged 3 file\(s\) under .*: 3 uploaded/);
    const result = JSON.parse(r.stdout) as SubmitResult;
    expect(result.staged.map((s) => s.local).sort()).toEqual([join(cwd, 'job.py'), join(cwd, 'mylib'), join(cwd, 'ref.csv')]);
    for (const staged of result.staged) {
      expect(staged.uri).toMatch(new RegExp(`^${stageDir}/[0-9a-f]{64}/(job\\.py|mylib\\.zip|ref\\.csv)$`));
      expect((await admin.status(pathOf(staged.uri)))?.length).toBe(staged.bytes);
    }
    const ref = result.staged.find((s) => s.local.endsWith('ref.csv'))!;
    expect((await admin.read(pathOf(ref.uri))).toString()).toBe(readFileSync(join(cwd, 'ref.csv'), 'utf8'));
    const state = await waitForBatchEnd(result.id, 300_000);
    const log = await batchLog(result.id);
    expect(state, log.slice(-40).join('\n')).toBe('success');
    expect(log.join('\n')).toContain('STAGED-RESULT mylib 21');
  }, 420_000);

  it('a second submit of unchanged files uploads 0 bytes', async () => {
    const r = await runLivy(submitArgs(['--async']), { cwd, env: cliEnv(), timeoutMs: 120_000 });
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as SubmitResult;
    expect(result.staged).toHaveLength(3);
    expect(result.staged.filter((s) => s.uploaded)).toEqual([]);
    expect(r.stderr).toMatch(/0 uploaded \(0 B\), 3 already there/);
    await livyRequest('DELETE', `/batches/${result.id}`);
  }, 180_000);

  it('stage ls lists what was staged, and stage gc --older-than removes only older entries', async () => {
    const listed = await runLivy(['stage', 'ls', '--stage-dir', stageDir, '--webhdfs-url', cluster.urls.nameNode, '-o', 'json']);
    expect(listed.code, listed.stderr).toBe(0);
    const objects = JSON.parse(listed.stdout) as { uri: string }[];
    expect(objects).toHaveLength(3);
    const old = objects.find((o) => o.uri.endsWith('/job.py'))!;
    await admin.setModificationTime(pathOf(old.uri), Date.now() - 10 * 86_400_000);
    const gc = await runLivy(['stage', 'gc', '--stage-dir', stageDir, '--older-than', '7d', '-o', 'json'], { env: cliEnv() });
    expect(gc.code, gc.stderr).toBe(0);
    expect((JSON.parse(gc.stdout) as { removed: string[] }).removed).toEqual([old.uri]);
    expect(await admin.status(pathOf(old.uri))).toBeUndefined();
    for (const kept of objects.filter((o) => o !== old)) expect(await admin.status(pathOf(kept.uri))).toBeDefined();
  }, 120_000);

  it('permission denied on the stage dir fails with exit 2 before any batch is created', async () => {
    await admin.mkdirs('/denied');
    await admin.setOwner('/denied', 'someoneelse');
    await admin.setPermission('/denied', '700');
    writeFileSync(join(cwd, 'ref.csv'), 'a,1\nb,2\nc,4\nd,8\n'); // new content: must be checked and uploaded
    const before = await livyRequest<{ total: number }>('GET', '/batches');
    const r = await runLivy(
      ['submit', '--stage-dir', `${cluster.urls.hdfs}/denied/stage`, '--py-files', './mylib', '--files', './ref.csv#ref.csv', './job.py'],
      {
        cwd,
        env: cliEnv({ HADOOP_USER_NAME: 'stager' }),
        timeoutMs: 120_000,
      },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/permission denied.*user=stager/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const after = await livyRequest<{ total: number }>('GET', '/batches');
    expect(after.body.total).toBe(before.body.total);
  }, 180_000);

  it('livy run with a local --py-files directory and the stage dir from LIVY_STAGE_DIR: staged to HDFS, passed at creation', async () => {
    const r = await runLivy(['run', '--kind', 'pyspark', '--py-files', './mylib', '-e', 'import mylib; print(mylib.triple(7))'], {
      cwd,
      env: cliEnv({ LIVY_STAGE_DIR: stageDir }),
      timeoutMs: 300_000,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe('21');
    expect(r.stderr).toMatch(/staged 1 file\(s\) under /);
  }, 360_000);

  it('livy run with a local --py-files directory and no stage dir: uploaded through upload-pyfile once the session is up', async () => {
    // Another run dir: the suite's server is then an ordinary remote Livy to the CLI, not `livy local`.
    const r = await runLivy(['run', '--kind', 'pyspark', '--py-files', './mylib', '-e', 'import mylib; print(mylib.triple(7))'], {
      cwd,
      env: { LIVY_LOCAL_RUN_DIR: tempDir('livy-e2e-not-local-') },
      timeoutMs: 300_000,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe('21');
    expect(r.stderr).toMatch(/uploaded .*mylib \(zipped as mylib\.zip\) into session \d+ through POST \/sessions\/\d+\/upload-pyfile/);
  }, 360_000);
});
