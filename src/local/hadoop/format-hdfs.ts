import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { LocalProvisionError } from '../errors.js';
import { execCapture, lastLines } from '../exec.js';
import { readJson } from '../fs-util.js';
import { writeFileAtomic } from '../../text/write-file-atomic.js';
import { daemonClasspath, daemonJavaOptions } from './daemon-process.js';
import { DAEMONS } from './daemons.js';
import type { HadoopPaths } from './hadoop-paths.js';

interface FormatMarker {
  formattedAt: string;
  version: string;
}

export function isFormatted(paths: HadoopPaths): boolean {
  return existsSync(paths.formatMarker) && readJson<FormatMarker>(paths.formatMarker) !== undefined;
}

/**
 * Formats the NameNode once per cluster directory (the marker is written last, so an
 * interrupted format is redone). The DataNode's directory goes too: it carries the old cluster id.
 */
export async function formatHdfsOnce(
  paths: HadoopPaths,
  version: string,
  java: string,
  runDir: string,
  env: Record<string, string>,
): Promise<boolean> {
  if (isFormatted(paths)) return false;
  for (const d of [paths.nameDir, paths.dataDir, paths.tmpDir, paths.nmLocalDir]) rmSync(d, { recursive: true, force: true });
  rmSync(paths.archiveMarker, { force: true });
  mkdirSync(paths.nameDir, { recursive: true });
  const args = [
    ...daemonJavaOptions('namenode', paths, runDir),
    '-cp',
    daemonClasspath(paths),
    DAEMONS.namenode.mainClass,
    '-format',
    '-force',
    '-nonInteractive',
  ];
  const r = await execCapture(java, args, { env, cwd: paths.clusterDir, timeoutMs: 120_000 });
  if (r.code !== 0) throw new LocalProvisionError('formatting HDFS failed', lastLines(r.stdout + r.stderr, 30));
  writeFileAtomic(paths.formatMarker, JSON.stringify({ formattedAt: new Date().toISOString(), version } satisfies FormatMarker) + '\n');
  return true;
}
