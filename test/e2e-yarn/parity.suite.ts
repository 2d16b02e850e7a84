// The translation-parity check on YARN in cluster mode: the same command line through the real
// spark-submit and through `livy submit` delivers the same conf, argv, files (with #alias),
// py-files and archives (with #alias) to the driver, read from the driver's container log.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { findDriverContainer, readContainerLog } from '../../src/client/container-log.js';
import { describeLivy, REPO_ROOT, tempDir } from '../e2e/helpers.js';
import { execCapture } from '../../src/local/exec.js';
import { livy, SPARK_JOB_MS, uniqueName } from './yarn-helpers.js';

const fileUri = (path: string) => pathToFileURL(path).href;
const linesWith = (text: string, prefix: string) => text.split(/\r?\n/).filter((line) => line.startsWith(prefix));

/** The driver's stdout of a finished application, through the ResourceManager and the NodeManager. */
async function driverStdout(appId: string): Promise<string> {
  const get = async (url: string) => {
    const res = await fetch(url);
    return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
  };
  const link = await findDriverContainer(get, { appId, appInfo: { sparkUiUrl: `${inject('resourceManager')}/proxy/${appId}/` } });
  if (!link) throw new Error(`no driver container found for ${appId}`);
  return (await readContainerLog(get, link, 'stdout')).bytes.toString('utf8');
}

describeLivy('spark-submit parity on YARN (cluster mode)', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('livy-e2e-yarn-parity-');
    mkdirSync(join(dir, 'deps'));
    writeFileSync(join(dir, 'deps', 'probe_helper.py'), 'X = 1\n');
    writeFileSync(join(dir, 'data.txt'), 'hello\n');
    writeFileSync(join(dir, 'words.txt'), 'the quick brown fox\n');
    mkdirSync(join(dir, 'env', 'bin'), { recursive: true });
    writeFileSync(join(dir, 'env', 'bin', 'marker'), 'x\n');
    execFileSync('tar', ['-czf', join(dir, 'env.tar.gz'), '-C', join(dir, 'env'), '.']);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'delivers the same conf, argv, files, py-files and archives either way',
    async () => {
      const name = uniqueName('parity');
      const args = [
        '--name',
        name,
        '--conf',
        'spark.probe.a=1',
        '--conf',
        'spark.probe.expect-files=data.txt,alias.txt',
        '--conf',
        'spark.probe.expect-modules=probe_helper',
        '--conf',
        'spark.probe.expect-archives=environment',
        // file: URIs: on YARN a bare path means one in HDFS (fs.defaultFS), for both.
        '--py-files',
        fileUri(join(dir, 'deps', 'probe_helper.py')),
        '--files',
        `${fileUri(join(dir, 'data.txt'))},${fileUri(join(dir, 'words.txt'))}#alias.txt`,
        '--archives',
        `${fileUri(join(dir, 'env.tar.gz'))}#environment`,
        '--driver-memory',
        '1g',
        fileUri(join(REPO_ROOT, 'test', 'fixtures', 'jobs', 'probe.py')),
        '--flag',
        'value with space',
      ];
      const runDir = inject('livyRunDir');
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        SPARK_HOME: inject('sparkHome'),
        HADOOP_CONF_DIR: join(runDir, 'hadoop', 'conf'),
        YARN_CONF_DIR: join(runDir, 'hadoop', 'conf'),
        SPARK_CONF_DIR: join(runDir, 'hadoop', 'spark-conf'),
        SPARK_LOCAL_IP: '127.0.0.1',
      };
      delete env.PYSPARK_DRIVER_PYTHON;
      const direct = await execCapture(
        join(inject('sparkHome'), 'bin', 'spark-submit'),
        ['--master', 'yarn', '--deploy-mode', 'cluster', ...args],
        {
          cwd: dir,
          env,
          timeoutMs: SPARK_JOB_MS,
        },
      );
      expect(direct.code, direct.stderr.slice(-3000)).toBe(0);
      const directApp = /Submitted application (application_\d+_\d+)/.exec(direct.stderr)?.[1];
      expect(directApp, direct.stderr.slice(-3000)).toBeDefined();

      const viaLivy = await livy(['submit', '--driver-log', ...args]);
      expect(viaLivy.code, viaLivy.stderr).toBe(0);

      const expected = linesWith(await driverStdout(directApp!), 'PROBE ');
      expect(linesWith(viaLivy.stdout, 'PROBE ')).toEqual(expected);
      // And what they agree on is what the flags asked for.
      expect(expected).toEqual([
        `PROBE conf spark.app.name=${name}`,
        'PROBE conf spark.driver.memory=1g',
        // From the cluster's spark-defaults.conf, for both.
        'PROBE conf spark.executor.memory=512m',
        'PROBE conf spark.probe.a=1',
        'PROBE conf spark.probe.expect-archives=environment',
        'PROBE conf spark.probe.expect-files=data.txt,alias.txt',
        'PROBE conf spark.probe.expect-modules=probe_helper',
        'PROBE argv ["--flag", "value with space"]',
        'PROBE file data.txt present',
        'PROBE file alias.txt present',
        'PROBE pyfile probe_helper importable',
        'PROBE archive environment unpacked',
      ]);
    },
    2 * SPARK_JOB_MS,
  );
});
