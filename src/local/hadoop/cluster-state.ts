import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { readJson } from '../fs-util.js';
import { writeFileAtomic } from '../../text/write-file-atomic.js';
import type { ClusterPorts } from './cluster-ports.js';
import { isOurDaemon } from './daemon-process.js';
import { DAEMON_NAMES, type DaemonName } from './daemons.js';
import { clusterStateFile } from './hadoop-paths.js';

type Env = Record<string, string | undefined>;

/** What `<runDir>/hadoop/cluster.json` records about a started cluster. */
export interface ClusterState {
  /** `hdfs`: only the NameNode and DataNode were started (see `startHdfs`). */
  kind: 'yarn' | 'hdfs';
  hadoopVersion: string;
  pysparkVersion: string;
  runDir: string;
  ports: ClusterPorts;
  pids: Record<DaemonName, number>;
  /** The user the cluster runs as (WebHDFS user.name, YARN application user). */
  user: string;
  /** HDFS path of the Spark archive (spark.yarn.archive). */
  sparkArchive?: string;
  startedAt: string;
}

export function readClusterState(env: Env): ClusterState | undefined {
  const x = readJson<ClusterState>(clusterStateFile(env));
  return x && (x.kind === 'yarn' || x.kind === 'hdfs') && x.pids && x.ports ? x : undefined;
}

export function writeClusterState(state: ClusterState, env: Env): void {
  const file = clusterStateFile(env);
  mkdirSync(dirname(file), { recursive: true });
  writeFileAtomic(file, JSON.stringify(state, null, 2) + '\n');
}

export function removeClusterState(env: Env): void {
  rmSync(clusterStateFile(env), { force: true });
}

/** The daemons of the recorded cluster that still run (ours, not recycled pids). */
export function liveDaemons(state: ClusterState): DaemonName[] {
  return DAEMON_NAMES.filter((name) => isOurDaemon(state.pids[name], name, state.runDir));
}
