import type { ClusterPorts } from './cluster-ports.js';
import { DAEMONS, type DaemonName } from './daemons.js';

export interface DaemonHealth {
  /** The daemon answers on its web port and reports itself working. */
  healthy: boolean;
  /** One line: why not, or what it reports (e.g. "2 live DataNodes"). */
  detail: string;
}

async function getJson<T>(url: string, timeoutMs: number): Promise<T> {
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return (await res.json()) as T;
}

type Beans = { beans: Array<Record<string, unknown>> };

/** Asks a daemon's own web endpoint whether it is ready for work. */
export async function probeDaemon(name: DaemonName, ports: ClusterPorts, timeoutMs = 2000): Promise<DaemonHealth> {
  const base = DAEMONS[name].webUrl(ports);
  try {
    switch (name) {
      case 'namenode': {
        const { beans } = await getJson<Beans>(`${base}/jmx?qry=Hadoop:service=NameNode,name=FSNamesystemState`, timeoutMs);
        const b = beans[0] ?? {};
        const live = Number(b.NumLiveDataNodes ?? 0);
        const state = String(b.FSState ?? 'unknown');
        if (state !== 'Operational') return { healthy: false, detail: `HDFS is in ${state === 'safeMode' ? 'safe mode' : state}` };
        if (live < 1) return { healthy: false, detail: 'no live DataNode yet' };
        return { healthy: true, detail: `${live} live DataNode${live === 1 ? '' : 's'}` };
      }
      case 'datanode': {
        const { beans } = await getJson<Beans>(`${base}/jmx?qry=Hadoop:service=DataNode,name=DataNodeInfo`, timeoutMs);
        const b = beans[0];
        if (!b) return { healthy: false, detail: 'not started' };
        return { healthy: true, detail: `version ${String(b.Version ?? '?')}` };
      }
      case 'resourcemanager': {
        const { clusterInfo } = await getJson<{ clusterInfo: { state: string; haState: string } }>(`${base}/ws/v1/cluster/info`, timeoutMs);
        if (clusterInfo.state !== 'STARTED') return { healthy: false, detail: `state ${clusterInfo.state}` };
        const { clusterMetrics } = await getJson<{ clusterMetrics: { activeNodes: number } }>(`${base}/ws/v1/cluster/metrics`, timeoutMs);
        if (clusterMetrics.activeNodes < 1) return { healthy: false, detail: 'no NodeManager registered yet' };
        return { healthy: true, detail: `${clusterMetrics.activeNodes} active node${clusterMetrics.activeNodes === 1 ? '' : 's'}` };
      }
      case 'nodemanager': {
        const { nodeInfo } = await getJson<{ nodeInfo: { nodeHealthy: boolean; healthReport: string } }>(
          `${base}/ws/v1/node/info`,
          timeoutMs,
        );
        if (!nodeInfo.nodeHealthy) return { healthy: false, detail: `unhealthy: ${nodeInfo.healthReport}` };
        return { healthy: true, detail: 'healthy' };
      }
    }
  } catch (err) {
    return { healthy: false, detail: `not answering on ${base} (${(err as Error).message})` };
  }
}
