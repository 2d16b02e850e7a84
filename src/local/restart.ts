import { LocalServerError } from './errors.js';
import { readClusterState } from './hadoop/cluster-state.js';
import { startLocalYarnServer } from './hadoop/local-yarn.js';
import { noProgress } from './progress.js';
import { startLocalServer, stopLocalServer, type LocalServerInfo, type StartLocalServerOptions } from './server.js';
import { checkStateFile, removeStateFile } from './state.js';

/**
 * Stops and starts the Livy server alone, on the same port with the same whitelist. On YARN the
 * cluster and its applications keep running, and Livy's recovery finds its batches and sessions again.
 */
export async function restartLocalServer(
  options: Pick<StartLocalServerOptions, 'env' | 'onProgress' | 'signal' | 'startTimeoutMs'>,
): Promise<LocalServerInfo> {
  const env = options.env;
  const onProgress = options.onProgress ?? noProgress;
  const check = checkStateFile(env);
  if (check.kind !== 'running') {
    // As `stop` does: a state file whose server is gone says nothing true any more.
    if (check.kind === 'stale') removeStateFile(env);
    throw new LocalServerError('no local Livy is running', 'not-running');
  }
  const { port, whitelist } = check.state;
  await stopLocalServer({ env, onProgress });
  const start = { ...options, env, port, whitelist };
  return readClusterState(env)?.kind === 'yarn' ? startLocalYarnServer(start) : startLocalServer(start);
}
