import type { Command } from 'commander';
import { action, leaf } from '../../command-kit.js';
import { ExitCode } from '../../../errors/exit-codes.js';
import { clusterStatusLines } from './cluster-status-text.js';

export function registerLocalStatus(parent: Command): void {
  leaf(
    parent,
    'status',
    'show whether the local Livy runs, its URL, versions and pid, and its YARN cluster (exit 3 when not running)',
  ).action(
    action(async (ctx) => {
      const local = await import('../../../local/index.js');
      const hadoop = await import('../../../local/hadoop/index.js');
      const s = await local.localServerStatus({ env: ctx.env });
      const c = await hadoop.hadoopClusterStatus({ env: ctx.env });
      // The cluster's own `running` and `startedAt` must not overwrite Livy's.
      const clusterFields = c
        ? (({ kind: _kind, running, startedAt, ...rest }) => ({ ...rest, clusterRunning: running, clusterStartedAt: startedAt }))(c)
        : {};
      ctx.out.result({ ...s, cluster: c?.kind ?? 'local', ...clusterFields }, () => {
        const clusterText = c ? clusterStatusLines(c) : [];
        if (!s.running) {
          return [`not running${s.stale ? ` (stale state: ${s.stale})` : ''}`, `log:      ${s.logFile}`, ...clusterText].join('\n');
        }
        return [
          `${s.responding ? 'running' : 'running, not answering yet'}`,
          `url:      ${s.url}`,
          `pid:      ${s.pid}`,
          `livy:     ${s.livyVersion}`,
          `spark:    ${s.pysparkVersion} (pyspark, SPARK_HOME ${s.sparkHome})`,
          `cluster:  ${c?.kind === 'yarn' ? `yarn (Hadoop ${c.hadoopVersion})` : 'local[*]'}${c?.kind === 'hdfs' ? `, beside HDFS alone (Hadoop ${c.hadoopVersion})` : ''}`,
          `started:  ${s.startedAt}`,
          `files:    ${s.whitelist?.join(', ')}`,
          `log:      ${s.logFile}`,
          ...clusterText,
        ].join('\n');
      });
      return s.running ? ExitCode.Ok : ExitCode.Server;
    }),
  );
}
