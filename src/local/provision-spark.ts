import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { LocalProvisionError } from './errors.js';
import { execCapture, lastLines } from './exec.js';
import { makeExecutable, readJson } from './fs-util.js';
import { writeFileAtomic } from '../text/write-file-atomic.js';
import { localPaths } from './paths.js';
import { checkPython } from './prerequisites.js';
import { noProgress, type OnProgress } from './progress.js';
import { withProvisionLock } from './provision-lock.js';
import { PYSPARK_VERSION } from './versions.js';

type Env = Record<string, string | undefined>;

export interface SparkInstall {
  /** The pyspark package directory: a usable SPARK_HOME (bin/, jars/, python/lib). */
  sparkHome: string;
  pysparkVersion: string;
  /** The venv's python: PYSPARK_PYTHON for Livy and for spark-submit. */
  python: string;
}

/** "Downloading pyspark-3.5.6.tar.gz (317.2 MB)" → bytes. */
export function parsePipDownloadSize(line: string): { name: string; bytes: number } | undefined {
  const m = /Downloading (\S+) \(([\d.]+) (kB|MB|GB|bytes)\)/.exec(line);
  if (!m) return undefined;
  const scale = { bytes: 1, kB: 1e3, MB: 1e6, GB: 1e9 }[m[3] as 'bytes' | 'kB' | 'MB' | 'GB'];
  return { name: m[1]!.replace(/^.*\//, ''), bytes: Math.round(Number(m[2]) * scale) };
}

/** The provisioned Spark, if the marker says it is complete and its files are still there. */
export function installedSpark(env: Env): SparkInstall | undefined {
  const p = localPaths(env);
  const marker = readJson<SparkInstall>(p.sparkMarker);
  if (!marker || marker.pysparkVersion !== PYSPARK_VERSION) return undefined;
  if (!existsSync(marker.python) || !existsSync(join(marker.sparkHome, 'bin', 'spark-submit'))) return undefined;
  return marker;
}

/**
 * Installs pyspark (which ships bin/spark-submit and Spark's jars) into a private venv in the
 * cache. Idempotent: the marker file is written last, so an interrupted install is redone.
 */
export async function provisionSpark(options: { env: Env; onProgress?: OnProgress; signal?: AbortSignal }): Promise<SparkInstall> {
  const env = options.env;
  const onProgress = options.onProgress ?? noProgress;
  const existing = installedSpark(env);
  if (existing) return existing;
  return withProvisionLock(
    localPaths(env).sparkDir,
    { step: 'lock', waitingMessage: 'waiting for another process that is installing pyspark', onProgress, signal: options.signal },
    async () => installedSpark(env) ?? installSpark(env, onProgress, options.signal),
  );
}

async function installSpark(env: Env, onProgress: OnProgress, signal: AbortSignal | undefined): Promise<SparkInstall> {
  const p = localPaths(env);
  const { python } = await checkPython(env);
  rmSync(p.sparkDir, { recursive: true, force: true });
  mkdirSync(p.sparkDir, { recursive: true });
  mkdirSync(p.pipCache, { recursive: true });

  onProgress({ step: 'pip', message: `creating a Python environment in ${p.venv}` });
  const venv = await execCapture(python, ['-m', 'venv', p.venv], { env: env as NodeJS.ProcessEnv, signal });
  if (venv.code !== 0) {
    throw new LocalProvisionError(`could not create a venv with ${python} (install python3-venv)`, lastLines(venv.stderr, 20));
  }

  onProgress({ step: 'pip', message: `installing pyspark ${PYSPARK_VERSION} from PyPI (about 320 MB the first time)` });
  let totalBytes: number | undefined;
  const pip = await execCapture(
    p.venvPython,
    ['-m', 'pip', 'install', '--progress-bar', 'off', '--cache-dir', p.pipCache, `pyspark==${PYSPARK_VERSION}`],
    {
      env: { ...env, PIP_DISABLE_PIP_VERSION_CHECK: '1' } as NodeJS.ProcessEnv,
      signal,
      onLine: (line) => {
        const size = parsePipDownloadSize(line);
        if (size) {
          if (size.name.startsWith('pyspark')) totalBytes = size.bytes;
          onProgress({ step: 'pip', message: `downloading ${size.name}`, totalBytes: size.bytes });
        } else if (/^(Collecting|Building|Installing|Successfully|Using cached)/.test(line.trim())) {
          onProgress({ step: 'pip', message: line.trim(), totalBytes });
        }
      },
    },
  );
  if (pip.code !== 0) {
    throw new LocalProvisionError(`pip install pyspark==${PYSPARK_VERSION} failed`, lastLines(pip.stdout + pip.stderr, 20));
  }

  const probe = await execCapture(
    p.venvPython,
    ['-c', 'import os, pyspark; print(os.path.dirname(os.path.realpath(pyspark.__file__))); print(pyspark.__version__)'],
    { env: env as NodeJS.ProcessEnv },
  );
  const [sparkHome, version] = probe.stdout.trim().split('\n');
  if (probe.code !== 0 || !sparkHome || !version) {
    throw new LocalProvisionError('pyspark was installed but cannot be imported', lastLines(probe.stderr, 20));
  }
  makeExecutable(join(sparkHome, 'bin'));
  if (!existsSync(join(sparkHome, 'jars'))) {
    throw new LocalProvisionError(`pyspark at ${sparkHome} has no jars/ directory; it cannot serve as SPARK_HOME`);
  }
  const install: SparkInstall = { sparkHome, pysparkVersion: version.trim(), python: p.venvPython };
  writeFileAtomic(p.sparkMarker, JSON.stringify(install, null, 2) + '\n');
  onProgress({ step: 'pip', message: `pyspark ${install.pysparkVersion} ready`, done: true });
  return install;
}
