import type { ClusterPorts } from './cluster-ports.js';

export const DAEMON_NAMES = ['namenode', 'datanode', 'resourcemanager', 'nodemanager'] as const;
export type DaemonName = (typeof DAEMON_NAMES)[number];
/** The daemons of HDFS alone. */
export const HDFS_DAEMON_NAMES = ['namenode', 'datanode'] as const satisfies readonly DaemonName[];

export interface DaemonSpec {
  name: DaemonName;
  mainClass: string;
  /** -Xmx in MB: peak RSS measured under a session and two batches stays well below twice this. */
  heapMb: number;
  /** Web UI / REST base URL. */
  webUrl(ports: ClusterPorts): string;
  /**
   * Seconds between SIGTERM and SIGKILL. The NodeManager takes ~20 s to stop on SIGTERM (it
   * waits for its containers) and ignores SIGTERM while the ResourceManager is down.
   */
  graceSeconds: number;
}

export const DAEMONS: Readonly<Record<DaemonName, DaemonSpec>> = {
  namenode: {
    name: 'namenode',
    mainClass: 'org.apache.hadoop.hdfs.server.namenode.NameNode',
    heapMb: 384,
    webUrl: (p) => `http://127.0.0.1:${p.nameNodeHttp}`,
    graceSeconds: 10,
  },
  datanode: {
    name: 'datanode',
    mainClass: 'org.apache.hadoop.hdfs.server.datanode.DataNode',
    heapMb: 256,
    webUrl: (p) => `http://127.0.0.1:${p.dataNodeHttp}`,
    graceSeconds: 10,
  },
  resourcemanager: {
    name: 'resourcemanager',
    mainClass: 'org.apache.hadoop.yarn.server.resourcemanager.ResourceManager',
    heapMb: 512,
    webUrl: (p) => `http://127.0.0.1:${p.resourceManagerHttp}`,
    graceSeconds: 10,
  },
  nodemanager: {
    name: 'nodemanager',
    mainClass: 'org.apache.hadoop.yarn.server.nodemanager.NodeManager',
    heapMb: 384,
    webUrl: (p) => `http://127.0.0.1:${p.nodeManagerHttp}`,
    graceSeconds: 8,
  },
};

export function isDaemonName(x: string): x is DaemonName {
  return (DAEMON_NAMES as readonly string[]).includes(x);
}
