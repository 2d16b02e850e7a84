// Staging local files to S3 before submitting: a real S3-compatible server (s3proxy on
// 127.0.0.1) receives the files, and the suite's real Livy runs the job with Spark reading them
// back through s3a:// (hadoop-aws matching Spark's Hadoop, resolved with spark.jars.packages into
// an ivy cache kept in ~/.cache/livy-cli).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { batchLog, livyMissing, livyRequest, livyVersion, runLivy, tempDir, waitForBatchEnd } from './helpers.js';
import { cacheRoot, resolveS3proxyJar, S3PROXY_CREDENTIAL, S3PROXY_IDENTITY, startS3proxy, type S3proxy } from './support/s3proxy.js';
import { describeWith, missingPrerequisites } from './support/prerequisites.js';
import { stagingWorkingDir } from './support/staging-job.js';
import { createS3Store } from '../../src/staging/s3/s3-store.js';

const BUCKET = 'livy-stage';
const STAGE_DIR = `s3a://${BUCKET}/staging`;

const HADOOP_AWS = 'org.apache.hadoop:hadoop-aws:3.3.4';
const ivyDir = join(cacheRoot(), 'ivy');
/** Where ivy retrieves the resolved jars; spark-submit's own JVM needs them to read s3a:// paths. */
const S3A_JARS = ['org.apache.hadoop_hadoop-aws-3.3.4.jar', 'com.amazonaws_aws-java-sdk-bundle-1.12.262.jar'].map((jar) =>
  join(ivyDir, 'jars', jar),
);

/**
 * In local mode spark-submit resolves the s3a:// application and --py-files in its own JVM before
 * the --packages jars are on any classpath, so they also go on the driver's class path, which
 * for a client-mode driver is that JVM's. That needs them resolved before the first submit.
 */
function ensureS3aJars(): void {
  if (S3A_JARS.every((jar) => existsSync(jar))) return;
  const dir = tempDir('livy-e2e-ivy-');
  writeFileSync(join(dir, 'noop.py'), 'pass\n');
  const sparkHome = inject('sparkHome');
  const run = spawnSync(
    join(sparkHome, 'bin', 'spark-submit'),
    ['--master', 'local[1]', '--packages', HADOOP_AWS, '--conf', `spark.jars.ivy=${ivyDir}`, join(dir, 'noop.py')],
    {
      env: { ...process.env, SPARK_HOME: sparkHome, PYSPARK_PYTHON: inject('sparkPython') },
      encoding: 'utf8',
      timeout: 900_000,
    },
  );
  if (!S3A_JARS.every((jar) => existsSync(jar))) throw new Error(`could not resolve ${HADOOP_AWS} with ivy: ${run.stderr.slice(-2000)}`);
}

const s3proxyJar = resolveS3proxyJar();
const missing = [...livyMissing(), ...missingPrerequisites(['java'], [s3proxyJar.missing])];

describeWith(missing)(`staging local files to S3 (s3proxy) [Livy ${livyVersion()}]`, () => {
  let s3: S3proxy;
  let cwd: string;
  let env: Record<string, string>;

  /** Spark reads the staged files through s3a:// on the same s3proxy. */
  const sparkS3Conf = (): string[] =>
    [
      `spark.jars.packages=${HADOOP_AWS}`,
      `spark.jars.ivy=${ivyDir}`,
      `spark.driver.extraClassPath=${S3A_JARS.join(':')}`,
      `spark.hadoop.fs.s3a.endpoint=${s3.endpoint}`,
      'spark.hadoop.fs.s3a.path.style.access=true',
      'spark.hadoop.fs.s3a.connection.ssl.enabled=false',
      `spark.hadoop.fs.s3a.access.key=${S3PROXY_IDENTITY}`,
      `spark.hadoop.fs.s3a.secret.key=${S3PROXY_CREDENTIAL}`,
      'spark.hadoop.fs.s3a.aws.credentials.provider=org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider',
    ].flatMap((c) => ['--conf', c]);

  const submitArgs = (extra: string[] = []): string[] => [
    'submit',
    '--stage-dir',
    STAGE_DIR,
    '-o',
    'json',
    ...extra,
    ...sparkS3Conf(),
    '--py-files',
    './mylib',
    '--files',
    './ref.csv#ref.csv',
    './job.py',
  ];

  beforeAll(async () => {
    s3 = await startS3proxy(s3proxyJar.jar!);
    s3.createBucket(BUCKET);
    cwd = stagingWorkingDir();
    env = s3.env;
    ensureS3aJars();
  }, 1_200_000);

  afterAll(async () => {
    await s3?.stop();
  });

  it('uploads every local file under <stage dir>/<sha256>/<name> with its exact content', async () => {
    const r = await runLivy([...submitArgs(['--async'])], { cwd, env, timeoutMs: 120_000 });
    expect(r.stderr).toMatch(/staged 3 file\(s\)/);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as { id: number; staged: { local: string; uri: string; bytes: number; uploaded: boolean }[] };
    expect(result.staged.map((s) => s.local).sort()).toEqual([join(cwd, 'job.py'), join(cwd, 'mylib'), join(cwd, 'ref.csv')]);
    for (const staged of result.staged) {
      expect(staged.uri).toMatch(new RegExp(`^${STAGE_DIR}/[0-9a-f]{64}/(job\\.py|mylib\\.zip|ref\\.csv)$`));
      const objectPath = join(s3.baseDir, BUCKET, staged.uri.slice(`s3a://${BUCKET}/`.length));
      expect(statSync(objectPath).size).toBe(staged.bytes);
    }
    const ref = result.staged.find((s) => s.local.endsWith('ref.csv'))!;
    expect(readFileSync(join(s3.baseDir, BUCKET, ref.uri.slice(`s3a://${BUCKET}/`.length)), 'utf8')).toBe('a,1\nb,2\nc,4\n');
    await livyRequest('DELETE', `/batches/${result.id}`);
  }, 420_000);

  it('runs the staged job on Livy, Spark reading it back through s3a://', async () => {
    const r = await runLivy(submitArgs(['--async']), { cwd, env, timeoutMs: 120_000 });
    expect(r.code).toBe(0);
    const { id } = JSON.parse(r.stdout) as { id: number };
    const state = await waitForBatchEnd(id, 300_000);
    const log = await batchLog(id);
    expect(state, log.slice(-40).join('\n')).toBe('success');
    expect(log.join('\n')).toContain('STAGED-RESULT mylib 21');
  }, 420_000);

  it('a second submit of unchanged files uploads 0 bytes', async () => {
    const r = await runLivy(submitArgs(['--async']), { cwd, env, timeoutMs: 120_000 });
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as { id: number; staged: { uploaded: boolean }[] };
    expect(result.staged).toHaveLength(3);
    expect(result.staged.every((s) => !s.uploaded)).toBe(true);
    expect(r.stderr).toMatch(/0 uploaded \(0 B\), 3 already there/);
    await livyRequest('DELETE', `/batches/${result.id}`);
  }, 420_000);

  it('stage ls lists what was staged, and stage gc removes only what is older than asked', async () => {
    const listed = await runLivy(['stage', 'ls', '--stage-dir', STAGE_DIR, '-o', 'json'], { env });
    expect(listed.code).toBe(0);
    const objects = JSON.parse(listed.stdout) as { uri: string }[];
    expect(objects).toHaveLength(3);
    const objectPath = (uri: string) => join(s3.baseDir, BUCKET, uri.slice(`s3a://${BUCKET}/`.length));
    const old = objects.find((o) => o.uri.endsWith('/job.py'))!;
    const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000);
    utimesSync(objectPath(old.uri), tenDaysAgo, tenDaysAgo);
    const gc = await runLivy(['stage', 'gc', '--stage-dir', STAGE_DIR, '--older-than', '7d', '-o', 'json'], { env });
    expect(gc.code).toBe(0);
    expect((JSON.parse(gc.stdout) as { removed: string[] }).removed).toEqual([old.uri]);
    expect(existsSync(objectPath(old.uri))).toBe(false);
    for (const kept of objects.filter((o) => o !== old)) expect(existsSync(objectPath(kept.uri))).toBe(true);
  }, 120_000);

  it('a file above the single-PUT limit goes up in streamed parts: exact content, progress summing to its size', async () => {
    const partSize = 5 * 1024 * 1024; // S3's smallest part
    const store = createS3Store(
      { endpoint: s3.endpoint },
      { ...env },
      { singlePutLimit: partSize, partSize, partsInFlight: 2, partAttempts: 2 },
    );
    const content = Buffer.alloc(2 * partSize + 12_344);
    for (let i = 0; i < content.length; i += 4) content.writeUInt32LE((i * 2654435761) >>> 0, i);
    const local = join(tempDir('livy-e2e-s3-parts-'), 'parts.bin');
    writeFileSync(local, content);
    const uri = `s3a://${BUCKET}/multipart/parts.bin`;
    let reported = 0;
    await store.upload(local, uri, { bytes: content.length, onBytes: (sent) => (reported += sent) });
    expect(reported).toBe(content.length);
    expect(readFileSync(join(s3.baseDir, BUCKET, 'multipart', 'parts.bin')).equals(content)).toBe(true);
    expect(await store.stat(uri)).toMatchObject({ uri, bytes: content.length });
    await store.remove(uri);
  }, 120_000);

  it('a failed upload (store stopped) never creates a batch', async () => {
    writeFileSync(join(cwd, 'ref.csv'), 'a,1\nb,2\nc,4\nd,8\n'); // new content: must be uploaded
    const before = await livyRequest<{ total: number }>('GET', '/batches');
    await s3.stop();
    const r = await runLivy(submitArgs(), { cwd, env, timeoutMs: 120_000 });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/cannot reach the S3 endpoint/);
    const after = await livyRequest<{ total: number }>('GET', '/batches');
    expect(after.body.total).toBe(before.body.total);
  }, 180_000);
});
