import { readClusterState } from './hadoop/cluster-state.js';
import { isLocalServerUrl } from './state.js';

type Env = Record<string, string | undefined>;

/**
 * What runs behind `url` when it is the running `livy local`: Spark in local mode, or Spark on
 * the local YARN cluster. Undefined for any other server.
 */
export function localTargetKind(url: string, env: Env): 'local' | 'yarn' | undefined {
  if (!isLocalServerUrl(url, env)) return undefined;
  return readClusterState(env)?.kind === 'yarn' ? 'yarn' : 'local';
}
