/**
 * The default stage dir of `livy local --cluster yarn`: the cluster's own HDFS, so local files
 * reach YARN's containers without any setting. Read from the cluster's state file (which knows
 * its NameNode ports) only when its NameNode still runs.
 */
import { clusterUrls } from '../../../local/hadoop/cluster.js';
import { liveDaemons, readClusterState } from '../../../local/hadoop/cluster-state.js';
import type { LocalClusterStage } from './staging-settings.js';

export function localClusterStage(env: NodeJS.ProcessEnv): LocalClusterStage | undefined {
  const cluster = readClusterState(env);
  if (!cluster || !liveDaemons(cluster).includes('namenode')) return undefined;
  const urls = clusterUrls(cluster.ports);
  return { stageDir: `${urls.hdfs}/user/${cluster.user}/.livy-staging`, webhdfsUrl: urls.nameNode, user: cluster.user };
}
