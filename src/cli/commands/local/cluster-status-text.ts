import type { ClusterStatus } from '../../../local/hadoop/index.js';

/** The HDFS and YARN part of `livy local status` as text lines. */
export function clusterStatusLines(c: ClusterStatus): string[] {
  const queues = c.queues
    .map((q) => `${q.name} ${q.capacity}%${q.usedCapacity !== undefined ? ` (${q.usedCapacity.toFixed(0)}% used)` : ''}`)
    .join(', ');
  return [
    `hdfs:     ${c.hdfs}`,
    `webhdfs:  ${c.webhdfs}`,
    ...(c.kind === 'yarn' ? [`yarn:     ${c.resourceManager}`, `queues:   ${queues}`] : []),
    ...c.daemons.map(
      (d) =>
        `${`${d.name}:`.padEnd(17)}${d.running ? `pid ${d.pid}, ${d.healthy ? 'healthy' : 'not ready'} (${d.detail})` : 'not running'}`,
    ),
  ];
}
