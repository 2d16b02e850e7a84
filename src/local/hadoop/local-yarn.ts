import { LocalServerError } from '../errors.js';
import { checkJava } from '../prerequisites.js';
import { noProgress } from '../progress.js';
import { provisionLivy } from '../provision-livy.js';
import { provisionSpark } from '../provision-spark.js';
import { startLocalServer, type LocalServerInfo, type StartLocalServerOptions } from '../server.js';
import { checkStateFile } from '../state.js';
import { startHadoopCluster, stopHadoopCluster, type ClusterInfo } from './cluster.js';
import { readClusterState } from './cluster-state.js';
import { prepareRecoveryDir, yarnLivyConf, yarnLivyEnv } from './yarn-livy.js';

export interface LocalYarnServerInfo extends LocalServerInfo {
  cluster: ClusterInfo;
}

/**
 * `livy local start --cluster yarn`: HDFS and YARN first (reused when running), then Livy on
 * them. A cluster started here is stopped again when Livy cannot be started.
 */
export async function startLocalYarnServer(options: StartLocalServerOptions): Promise<LocalYarnServerInfo> {
  const env = options.env;
  const onProgress = options.onProgress ?? noProgress;
  const livyState = checkStateFile(env);
  if (livyState.kind === 'running' && !readClusterState(env)) {
    throw new LocalServerError(
      `a local Livy in local mode is already running at ${livyState.state.url}; stop it first (livy local stop) to start one on YARN`,
      'port-in-use',
    );
  }
  onProgress({ step: 'check', message: 'checking Java and Python' });
  const java = await checkJava(env);
  const spark = await provisionSpark({ env, onProgress });
  await provisionLivy({ env, onProgress, distribution: options.distribution });
  const cluster = await startHadoopCluster({ env, onProgress, signal: options.signal, java, spark, timeoutMs: options.startTimeoutMs });
  prepareRecoveryDir(cluster.paths);
  try {
    const info = await startLocalServer({
      ...options,
      livyConf: { ...yarnLivyConf(cluster.paths), ...options.livyConf },
      classpath: [cluster.paths.confDir, ...(options.classpath ?? [])],
      serverEnv: { ...yarnLivyEnv(cluster.paths), ...options.serverEnv },
    });
    return { ...info, cluster };
  } catch (err) {
    if (!cluster.reused) await stopHadoopCluster({ env });
    throw err;
  }
}
