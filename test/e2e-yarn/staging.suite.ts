// Local files on YARN in cluster mode: `livy submit` run from a fresh working directory stages the
// application file, a --py-files directory (zipped), an aliased --files entry and a jar to the
// cluster's own HDFS (the default stage dir of `livy local --cluster yarn`), and the driver, in an
// application master container, runs with them. A second identical submit uploads nothing.
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { describeLivy, tempDir } from '../e2e/helpers.js';
import { buildSimpleApp } from '../e2e/jvm-app.js';
import { hdfs, livy, livyIn, yarnApp } from './yarn-helpers.js';

interface StagedEntry {
  local: string;
  uri: string;
  bytes: number;
  uploaded: boolean;
}

interface SubmitResult {
  id: number;
  appId: string | null;
  state: string;
  outcome: string;
  exitCode: number;
  staged: StagedEntry[];
}

/**
 * The job: reads the data file under its alias from the driver's working directory (where YARN
 * localises --files), maps the numbers through the zipped helper package on the executors, and
 * prints one line with the run's token (from both the package and the data) and the total.
 */
const JOB = `
import csv
from pyspark.sql import SparkSession
import mylib
from mylib.scale import triple

spark = SparkSession.builder.getOrCreate()
with open("lookup.csv") as f:
    rows = list(csv.reader(f))
df = spark.createDataFrame([(label, int(n)) for label, n in rows], ["label", "n"])
total = df.rdd.map(lambda row: triple(row.n)).sum()
print("STAGED-RESULT run=%s first=%s rows=%d total=%d" % (mylib.RUN, rows[0][0], df.count(), total), flush=True)
spark.stop()
`;

/** Parses the JSON result a submit printed on stdout, with its stderr in the message on failure. */
function resultOf(r: { stdout: string; stderr: string }): SubmitResult {
  try {
    return JSON.parse(r.stdout) as SubmitResult;
  } catch {
    throw new Error(`no JSON result on stdout:\n${r.stdout}\n--- stderr ---\n${r.stderr}`);
  }
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describeLivy("staging local files to the cluster's HDFS on YARN (cluster mode)", () => {
  let cwd: string;
  /** Makes this run's files differ from any staged before, so the first submit must upload them. */
  const token = randomBytes(6).toString('hex');
  const stageRoot = () => `/user/${inject('hdfsUser')}/.livy-staging`;
  const pythonSubmit = ['submit', '-o', 'json', '--driver-log', '--py-files', './mylib', '--files', './ref.csv#lookup.csv', './job.py'];

  /**
   * Every entry is under the cluster's stage dir, named by the SHA-256 of what HDFS holds, which
   * is as long as the entry says; returns what HDFS holds for each entry.
   */
  async function checkStagedInHdfs(staged: StagedEntry[]): Promise<Map<string, Buffer>> {
    const held = new Map<string, Buffer>();
    for (const entry of staged) {
      const uri = new URL(entry.uri);
      expect(uri.protocol).toBe('hdfs:');
      expect(uri.hostname).toBe('127.0.0.1');
      const m = new RegExp(`^${stageRoot().replace(/\./g, '\\.')}/([0-9a-f]{64})/[^/]+$`).exec(uri.pathname);
      expect(m, entry.uri).not.toBeNull();
      const bytes = await hdfs().read(uri.pathname);
      expect(bytes.length).toBe(entry.bytes);
      expect(sha256(bytes)).toBe(m![1]);
      held.set(entry.local, bytes);
    }
    return held;
  }

  beforeAll(() => {
    cwd = tempDir('livy-e2e-yarn-staging-');
    writeFileSync(join(cwd, 'job.py'), `# run ${token}\n${JOB}`);
    writeFileSync(join(cwd, 'ref.csv'), `${token},1\nb,2\nc,4\n`);
    mkdirSync(join(cwd, 'mylib'));
    writeFileSync(join(cwd, 'mylib', '__init__.py'), `RUN = "${token}"\n`);
    writeFileSync(join(cwd, 'mylib', 'scale.py'), 'def triple(x):\n    return 3 * x\n');
  });
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it('a PySpark job with --py-files ./mylib and --files ./ref.csv#lookup.csv is staged to HDFS and runs in an application master', async () => {
    const r = await livyIn(cwd, pythonSubmit);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/staged 3 file\(s\) under hdfs:\/\/127\.0\.0\.1:\d+\/user\/[^/]+\/\.livy-staging: 3 uploaded/);
    const result = resultOf(r);
    expect(result).toMatchObject({ state: 'success', outcome: 'success', exitCode: 0 });
    // With -o json the driver's stdout (--driver-log) goes to stderr, after the staging line.
    expect(r.stderr).toMatch(new RegExp(`^STAGED-RESULT run=${token} first=${token} rows=3 total=21$`, 'm'));

    expect(result.staged.map((s) => s.local).sort()).toEqual([join(cwd, 'job.py'), join(cwd, 'mylib'), join(cwd, 'ref.csv')]);
    expect(result.staged.every((s) => s.uploaded)).toBe(true);
    expect(result.staged.map((s) => s.uri.split('/').pop()).sort()).toEqual(['job.py', 'mylib.zip', 'ref.csv']);
    const held = await checkStagedInHdfs(result.staged);
    for (const file of ['job.py', 'ref.csv']) expect(held.get(join(cwd, file))!.equals(readFileSync(join(cwd, file)))).toBe(true);
    // The zip of the directory: a zip archive holding the package's files.
    const zip = held.get(join(cwd, 'mylib'))!;
    expect(zip.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    expect(zip.includes('mylib/__init__.py')).toBe(true);
    expect(zip.includes('mylib/scale.py')).toBe(true);

    expect(result.appId).toMatch(/^application_\d+_\d+$/);
    expect(await yarnApp(result.appId!)).toMatchObject({ state: 'FINISHED', finalStatus: 'SUCCEEDED' });
  });

  it('the same submit again uploads 0 bytes, reuses every staged file and still succeeds', async () => {
    const r = await livyIn(cwd, pythonSubmit);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/: 0 uploaded \(0 B\), 3 already there/);
    const result = resultOf(r);
    expect(result).toMatchObject({ state: 'success', outcome: 'success', exitCode: 0 });
    expect(result.staged).toHaveLength(3);
    expect(result.staged.filter((s) => s.uploaded)).toEqual([]);
    await checkStagedInHdfs(result.staged);
    expect(r.stderr).toMatch(new RegExp(`^STAGED-RESULT run=${token} first=${token} rows=3 total=21$`, 'm'));
  });

  it('a local jar given as ./app.jar with --class is staged and its driver runs in cluster mode', async () => {
    const built = await buildSimpleApp(inject('sparkHome'));
    copyFileSync(built, join(cwd, 'simple-app.jar'));
    rmSync(dirname(built), { recursive: true, force: true });
    const r = await livyIn(cwd, ['submit', '-o', 'json', '--driver-log', '--class', 'SimpleApp', './simple-app.jar', 'alpha', 'beta']);
    expect(r.code, r.stderr).toBe(0);
    const result = resultOf(r);
    expect(result).toMatchObject({ state: 'success', outcome: 'success', exitCode: 0 });
    expect(result.staged).toEqual([
      {
        local: join(cwd, 'simple-app.jar'),
        uri: expect.stringMatching(/\/simple-app\.jar$/),
        bytes: readFileSync(join(cwd, 'simple-app.jar')).length,
        uploaded: true,
      },
    ]);
    const held = await checkStagedInHdfs(result.staged);
    expect(held.get(join(cwd, 'simple-app.jar'))!.equals(readFileSync(join(cwd, 'simple-app.jar')))).toBe(true);
    expect(r.stderr).toMatch(/^SIMPLEAPP args=\[alpha, beta\]$/m);
    expect(r.stderr).toMatch(/^SIMPLEAPP count=500$/m);
    expect(await yarnApp(result.appId!)).toMatchObject({ state: 'FINISHED', finalStatus: 'SUCCEEDED', applicationType: 'SPARK' });
    // The driver's output came from the application master's container: cluster mode.
    const driver = await livy(['batches', 'logs', String(result.id), '--driver', '-o', 'json'], 60_000);
    expect(driver.code, driver.stderr).toBe(0);
    const files = JSON.parse(driver.stdout) as { containerId: string; stdout: string };
    expect(files.containerId).toMatch(/^container_\d+_\d+_01_000001$/);
    expect(files.stdout).toMatch(/^SIMPLEAPP count=500$/m);
  });
});
