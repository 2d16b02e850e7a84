// `livy local --cluster yarn`: HDFS and YARN daemons on 127.0.0.1 behind the local Livy.
export { clusterWebHdfs, hadoopClusterStatus, startHdfs, stopHadoopCluster } from './cluster.js';
export type { ClusterInfo, StartHdfsOptions, ClusterStatus, ClusterUrls, DaemonStatus, QueueStatus, StopClusterResult } from './cluster.js';
export { liveDaemons, readClusterState, type ClusterState } from './cluster-state.js';
export { type DaemonName } from './daemons.js';
export { clusterLogFile } from './hadoop-paths.js';
export { YARN_QUEUES } from './hadoop-conf.js';
export { startLocalYarnServer, type LocalYarnServerInfo } from './local-yarn.js';
export { restartLocalServer } from '../restart.js';
