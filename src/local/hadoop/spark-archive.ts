import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type WebHdfsClient } from '../../storage/webhdfs.js';
import { LocalProvisionError } from '../errors.js';
import { execCapture, lastLines } from '../exec.js';
import { listFiles, readJson } from '../fs-util.js';
import { writeFileAtomic } from '../../text/write-file-atomic.js';
import type { OnProgress } from '../progress.js';
import type { HadoopPaths } from './hadoop-paths.js';

/** Where the archive lives in HDFS (relative to fs.defaultFS, so it survives port changes). */
function sparkArchiveHdfsPath(pysparkVersion: string): string {
  return `/livy-cli/spark-libs-${pysparkVersion}.zip`;
}

/**
 * Builds the zip of SPARK_HOME/jars once (stored, not compressed: YARN unpacks it for every
 * container host, and the jars are compressed already). Python's zipfile is used because python3
 * is required anyway and `zip` may not be installed.
 */
export async function buildSparkArchive(paths: HadoopPaths, sparkHome: string, python: string, onProgress: OnProgress): Promise<string> {
  const out = paths.sparkArchive;
  if (existsSync(out)) return out;
  const jarsDir = join(sparkHome, 'jars');
  const jars = listFiles(jarsDir).filter((f) => f.endsWith('.jar'));
  if (!jars.length) throw new LocalProvisionError(`no Spark jars in ${jarsDir}`);
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  onProgress({ step: 'layout', message: `building the Spark archive for YARN from ${jars.length} jars` });
  const r = await execCapture(python, ['-m', 'zipfile', '-c', tmp, ...jars.map((j) => join(jarsDir, j))], { timeoutMs: 600_000 });
  if (r.code !== 0) {
    rmSync(tmp, { force: true });
    throw new LocalProvisionError('could not build the Spark archive', lastLines(r.stderr, 20));
  }
  renameSync(tmp, out);
  return out;
}

interface ArchiveMarker {
  hdfsPath: string;
  size: number;
}

/**
 * Puts the Spark archive into HDFS once per format (marker in the cluster's data directory),
 * world-readable so the NodeManager localises it once into its public cache. Also creates the
 * directories Spark and Livy write to.
 */
export async function uploadSparkArchiveOnce(
  paths: HadoopPaths,
  archive: string,
  pysparkVersion: string,
  hdfs: WebHdfsClient,
  user: string,
  onProgress: OnProgress,
): Promise<string> {
  const hdfsPath = sparkArchiveHdfsPath(pysparkVersion);
  const size = statSync(archive).size;
  const marker = readJson<ArchiveMarker>(paths.archiveMarker);
  if (marker && marker.hdfsPath === hdfsPath && marker.size === size) return hdfsPath;
  await hdfs.mkdirs('/tmp', '1777');
  await hdfs.setPermission('/tmp', '1777');
  await hdfs.mkdirs(`/user/${user}`, '755');
  await hdfs.mkdirs(dirname(hdfsPath), '755');
  onProgress({ step: 'layout', message: `uploading the Spark archive to hdfs://${hdfsPath}`, totalBytes: size });
  await hdfs.upload(archive, hdfsPath, { overwrite: true, permission: '644' });
  const written = await hdfs.status(hdfsPath);
  if (!written || written.length !== size)
    throw new LocalProvisionError(`the Spark archive in HDFS has ${written?.length ?? 0} bytes, expected ${size}`);
  writeFileAtomic(paths.archiveMarker, JSON.stringify({ hdfsPath, size } satisfies ArchiveMarker) + '\n');
  return hdfsPath;
}
