import { mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { WebHdfsClient } from '../../storage/webhdfs.js';
import { LocalServerError } from '../errors.js';
import { tailFile } from '../logs.js';
import { localPaths } from '../paths.js';
import type { JavaInfo } from '../prerequisites.js';
import { isPidAlive } from '../processes.js';
import { noProgress, type OnProgress } from '../progress.js';
import type { SparkInstall } from '../provision-spark.js';
import { probeDaemon, type DaemonHealth } from './cluster-health.js';
import { allocateClusterPorts, type ClusterPorts } from './cluster-ports.js';
import { liveDaemons, readClusterState, removeClusterState, writeClusterState, type ClusterState } from './cluster-state.js';
import { daemonEnv, daemonLogFile, isOurDaemon, spawnDaemon, stopDaemon, terminate } from './daemon-process.js';
import { DAEMON_NAMES, HDFS_DAEMON_NAMES, type DaemonName } from './daemons.js';
import { formatHdfsOnce, isFormatted } from './format-hdfs.js';
import { writeHadoopConf, YARN_QUEUES, type HdfsOptions } from './hadoop-conf.js';
import { hadoopPaths, type HadoopPaths } from './hadoop-paths.js';
import { hadoopVersionOfSpark } from './hadoop-version.js';
import { processesMentioning } from './process-tree.js';
import { provisionHadoop } from './provision-hadoop.js';
import { buildSparkArchive, uploadSparkArchiveOnce } from './spark-archive.js';
import { writeSparkConf } from './spark-conf.js';

type Env = Record<string, string | undefined>;

/** The addresses a user (or Livy) needs to reach the cluster. */
export interface ClusterUrls {
  /** fs.defaultFS. */
  hdfs: string;
  /** WebHDFS REST base. */
  webhdfs: string;
  nameNode: string;
  resourceManager: string;
  nodeManager: string;
}

export function clusterUrls(ports: ClusterPorts): ClusterUrls {
  return {
    hdfs: `hdfs://127.0.0.1:${ports.nameNodeRpc}`,
    webhdfs: `http://127.0.0.1:${ports.nameNodeHttp}/webhdfs/v1`,
    nameNode: `http://127.0.0.1:${ports.nameNodeHttp}`,
    resourceManager: `http://127.0.0.1:${ports.resourceManagerHttp}`,
    nodeManager: `http://127.0.0.1:${ports.nodeManagerHttp}`,
  };
}

export interface ClusterInfo extends ClusterState {
  reused: boolean;
  paths: HadoopPaths;
  urls: ClusterUrls;
}

export interface StartClusterOptions {
  env: Env;
  onProgress?: OnProgress;
  signal?: AbortSignal;
  java: JavaInfo;
  spark: SparkInstall;
  /** How long to wait for HDFS and YARN to be ready. Default 180 s. */
  timeoutMs?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A WebHDFS client for the cluster, acting as the cluster's user. */
export function clusterWebHdfs(state: Pick<ClusterState, 'ports' | 'user'>, signal?: AbortSignal): WebHdfsClient {
  return new WebHdfsClient({ url: clusterUrls(state.ports).nameNode, user: state.user, signal, timeoutMs: 60_000 });
}

/**
 * Waits until every daemon reports itself ready; fails at once when one exits, with the end of its log.
 */
async function waitForDaemons(
  state: ClusterState,
  paths: HadoopPaths,
  names: readonly DaemonName[],
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const pending = new Set(names);
  let last: Partial<Record<DaemonName, DaemonHealth>> = {};
  while (pending.size) {
    if (signal?.aborted) throw signal.reason;
    for (const name of [...pending]) {
      if (!isPidAlive(state.pids[name])) {
        const log = daemonLogFile(paths, name);
        throw new LocalServerError(`the ${name} exited during start-up; see ${log}`, 'exited', tailFile(log, 30));
      }
      const health = await probeDaemon(name, state.ports);
      last = { ...last, [name]: health };
      if (health.healthy) pending.delete(name);
    }
    if (!pending.size) return;
    if (Date.now() > deadline) {
      const name = [...pending][0]!;
      const log = daemonLogFile(paths, name);
      throw new LocalServerError(
        `the ${name} was not ready within ${Math.round(timeoutMs / 1000)} s (${last[name]?.detail ?? 'no answer'}); see ${log}`,
        'start-timeout',
        tailFile(log, 30),
      );
    }
    await sleep(500);
  }
}

/** Provisions Hadoop (once), chooses ports, writes the configuration and formats HDFS the first time. */
async function prepareCluster(
  paths: HadoopPaths,
  version: string,
  java: JavaInfo,
  env: Env,
  onProgress: OnProgress,
  hdfs: HdfsOptions,
): Promise<{ ports: ClusterPorts; childEnv: Record<string, string> }> {
  await provisionHadoop(paths, version, { env, onProgress });
  for (const d of [paths.clusterDir, paths.logDir, paths.nmLocalDir, paths.nmLogDir]) mkdirSync(d, { recursive: true });
  const ports = await allocateClusterPorts();
  writeHadoopConf(paths, ports, hdfs);
  const childEnv = daemonEnv(paths, env, java.javaHome);
  if (!isFormatted(paths)) onProgress({ step: 'start', message: 'formatting HDFS (first start of this cluster)' });
  await formatHdfsOnce(paths, version, java.java, localPaths(env).runDir, childEnv);
  return { ports, childEnv };
}

export interface StartHdfsOptions {
  env: Env;
  onProgress?: OnProgress;
  signal?: AbortSignal;
  java: JavaInfo;
  hadoopVersion: string;
  pysparkVersion: string;
  /** HDFS permission checks, off on the `livy local` cluster. */
  permissions?: boolean;
  /** How long to wait for HDFS to be ready. Default 180 s. */
  timeoutMs?: number;
}

/**
 * Only a NameNode and a DataNode on 127.0.0.1 (no YARN, no Spark archive), for what needs HDFS
 * alone, such as staging tests. A cluster recorded in this run dir is stopped first; stop this one
 * with `stopHadoopCluster`.
 */
export async function startHdfs(options: StartHdfsOptions): Promise<ClusterInfo> {
  const env = options.env;
  const onProgress = options.onProgress ?? noProgress;
  if (readClusterState(env)) await stopHadoopCluster({ env });
  const paths = hadoopPaths(options.hadoopVersion, options.pysparkVersion, env);
  const hdfs = options.permissions === undefined ? {} : { permissions: options.permissions };
  const { ports, childEnv } = await prepareCluster(paths, options.hadoopVersion, options.java, env, onProgress, hdfs);
  const runDir = localPaths(env).runDir;
  const state: ClusterState = {
    kind: 'hdfs',
    hadoopVersion: options.hadoopVersion,
    pysparkVersion: options.pysparkVersion,
    runDir,
    ports,
    pids: { namenode: 0, datanode: 0, resourcemanager: 0, nodemanager: 0 },
    user: userInfo().username,
    startedAt: new Date().toISOString(),
  };
  onProgress({ step: 'start', message: `starting HDFS (Hadoop ${options.hadoopVersion}) on 127.0.0.1` });
  try {
    for (const name of HDFS_DAEMON_NAMES) {
      state.pids[name] = spawnDaemon(name, options.java.java, paths, runDir, childEnv);
      writeClusterState(state, env);
    }
    await waitForDaemons(state, paths, HDFS_DAEMON_NAMES, options.timeoutMs ?? 180_000, options.signal);
  } catch (err) {
    await stopHadoopCluster({ env });
    throw err;
  }
  onProgress({ step: 'ready', message: `HDFS is ready (NameNode ${clusterUrls(ports).nameNode})`, done: true });
  return { ...state, reused: false, paths, urls: clusterUrls(ports) };
}

/**
 * Provisions (once) and starts NameNode, DataNode, ResourceManager and NodeManager on 127.0.0.1,
 * formats HDFS the first time, puts the Spark archive into HDFS once per format and writes the
 * Hadoop and Spark configuration Livy uses. Reuses a cluster of this run dir that still runs.
 */
export async function startHadoopCluster(options: StartClusterOptions): Promise<ClusterInfo> {
  const env = options.env;
  const onProgress = options.onProgress ?? noProgress;
  const timeoutMs = options.timeoutMs ?? 180_000;
  const runDir = localPaths(env).runDir;

  const existing = readClusterState(env);
  if (existing) {
    const paths = hadoopPaths(existing.hadoopVersion, existing.pysparkVersion, env);
    const live = liveDaemons(existing);
    if (live.length === DAEMON_NAMES.length && existing.sparkArchive) {
      onProgress({ step: 'wait', message: 'waiting for the running HDFS and YARN' });
      await waitForDaemons(existing, paths, DAEMON_NAMES, timeoutMs, options.signal);
      return { ...existing, reused: true, paths, urls: clusterUrls(existing.ports) };
    }
    onProgress({ step: 'cleanup', message: `restarting the cluster (running: ${live.join(', ') || 'none'})` });
    await stopHadoopCluster({ env });
  }

  const version = hadoopVersionOfSpark(options.spark.sparkHome);
  const paths = hadoopPaths(version, options.spark.pysparkVersion, env);
  const { ports, childEnv } = await prepareCluster(paths, version, options.java, env, onProgress, {});

  const state: ClusterState = {
    kind: 'yarn',
    hadoopVersion: version,
    pysparkVersion: options.spark.pysparkVersion,
    runDir,
    ports,
    pids: { namenode: 0, datanode: 0, resourcemanager: 0, nodemanager: 0 },
    user: userInfo().username,
    startedAt: new Date().toISOString(),
  };
  onProgress({ step: 'start', message: `starting HDFS and YARN (Hadoop ${version}) on 127.0.0.1` });
  try {
    for (const name of DAEMON_NAMES) {
      state.pids[name] = spawnDaemon(name, options.java.java, paths, runDir, childEnv);
      writeClusterState(state, env);
    }
    // Built (once) while the daemons boot.
    const archive = await buildSparkArchive(paths, options.spark.sparkHome, options.spark.python, onProgress);
    onProgress({ step: 'wait', message: `waiting for HDFS at ${clusterUrls(ports).nameNode}` });
    await waitForDaemons(state, paths, ['namenode', 'datanode'], timeoutMs, options.signal);
    state.sparkArchive = await uploadSparkArchiveOnce(
      paths,
      archive,
      options.spark.pysparkVersion,
      clusterWebHdfs(state, options.signal),
      state.user,
      onProgress,
    );
    onProgress({ step: 'wait', message: `waiting for YARN at ${clusterUrls(ports).resourceManager}` });
    await waitForDaemons(state, paths, ['resourcemanager', 'nodemanager'], timeoutMs, options.signal);
    writeSparkConf(paths, state.sparkArchive, options.spark.python);
    writeClusterState(state, env);
  } catch (err) {
    await stopHadoopCluster({ env });
    throw err;
  }
  onProgress({ step: 'ready', message: `HDFS and YARN are ready (ResourceManager ${clusterUrls(ports).resourceManager})`, done: true });
  return { ...state, reused: false, paths, urls: clusterUrls(ports) };
}

export interface StopClusterResult {
  /** The daemons that were running and were stopped. */
  stopped: DaemonName[];
}

/**
 * Stops the cluster: the NodeManager first (while the ResourceManager still runs, else it
 * ignores SIGTERM) with every container it started, then the ResourceManager, then HDFS.
 */
export async function stopHadoopCluster(options: { env: Env; onProgress?: OnProgress }): Promise<StopClusterResult> {
  const env = options.env;
  const onProgress = options.onProgress ?? noProgress;
  const state = readClusterState(env);
  if (!state) return { stopped: [] };
  const paths = hadoopPaths(state.hadoopVersion, state.pysparkVersion, env);
  const live = liveDaemons(state);
  const stopped: DaemonName[] = [];
  const stopOne = async (name: DaemonName) => {
    if (!live.includes(name)) return;
    onProgress({ step: 'stop', message: `stopping the ${name} (pid ${state.pids[name]})` });
    if (!(await stopDaemon(state.pids[name], name))) {
      throw new LocalServerError(`could not stop the ${name} (pid ${state.pids[name]})`, 'stop-failed');
    }
    stopped.push(name);
  };
  await stopOne('nodemanager');
  await stopOne('resourcemanager');
  await Promise.all([stopOne('datanode'), stopOne('namenode')]);
  // Containers of a NodeManager that died earlier: found through the cluster's directory.
  const orphans = processesMentioning(paths.nmLocalDir);
  if (orphans.length) {
    onProgress({ step: 'stop', message: `stopping ${orphans.length} leftover container process(es)` });
    await terminate(orphans, 3_000);
  }
  removeClusterState(env);
  return { stopped };
}

export interface DaemonStatus {
  name: DaemonName;
  pid: number;
  running: boolean;
  healthy: boolean;
  detail: string;
  log: string;
}

export interface QueueStatus {
  name: string;
  /** Configured share, in percent. */
  capacity: number;
  /** Share in use, in percent (when the ResourceManager answers). */
  usedCapacity?: number;
  state?: string;
}

export interface ClusterStatus extends ClusterUrls {
  /** `hdfs` when only HDFS was started (`startHdfs`): no ResourceManager, NodeManager or queues. */
  kind: ClusterState['kind'];
  hadoopVersion: string;
  running: boolean;
  daemons: DaemonStatus[];
  queues: QueueStatus[];
  startedAt: string;
}

interface SchedulerQueue {
  queueName: string;
  capacity: number;
  usedCapacity: number;
  state: string;
}

async function fetchQueues(resourceManager: string): Promise<QueueStatus[] | undefined> {
  try {
    const res = await fetch(`${resourceManager}/ws/v1/cluster/scheduler`, {
      signal: AbortSignal.timeout(3000),
      headers: { Accept: 'application/json' },
    });
    if (!res.ok) return undefined;
    const body = (await res.json()) as { scheduler: { schedulerInfo: { queues?: { queue: SchedulerQueue[] } } } };
    return (body.scheduler.schedulerInfo.queues?.queue ?? []).map((q) => ({
      name: q.queueName,
      capacity: q.capacity,
      usedCapacity: q.usedCapacity,
      state: q.state,
    }));
  } catch {
    return undefined;
  }
}

/** The recorded cluster with each daemon's pid and health; undefined when no cluster was started here. */
export async function hadoopClusterStatus(options: { env: Env }): Promise<ClusterStatus | undefined> {
  const env = options.env;
  const state = readClusterState(env);
  if (!state) return undefined;
  const paths = hadoopPaths(state.hadoopVersion, state.pysparkVersion, env);
  const started = state.kind === 'yarn' ? DAEMON_NAMES : HDFS_DAEMON_NAMES;
  const daemons = await Promise.all(
    started.map(async (name): Promise<DaemonStatus> => {
      const pid = state.pids[name];
      const running = isOurDaemon(pid, name, state.runDir);
      const health = running ? await probeDaemon(name, state.ports) : { healthy: false, detail: 'not running' };
      return { name, pid, running, ...health, log: daemonLogFile(paths, name) };
    }),
  );
  const urls = clusterUrls(state.ports);
  const queues =
    state.kind === 'yarn'
      ? ((await fetchQueues(urls.resourceManager)) ?? Object.entries(YARN_QUEUES).map(([name, capacity]) => ({ name, capacity })))
      : [];
  return {
    kind: state.kind,
    hadoopVersion: state.hadoopVersion,
    running: daemons.every((d) => d.running),
    ...urls,
    daemons,
    queues,
    startedAt: state.startedAt,
  };
}
