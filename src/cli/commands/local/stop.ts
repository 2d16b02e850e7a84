import type { Command } from 'commander';
import { action, leaf } from '../../command-kit.js';

export function registerLocalStop(parent: Command): void {
  leaf(parent, 'stop', 'stop the local Livy, every Spark driver it started, and its YARN cluster').action(
    action(async (ctx) => {
      const local = await import('../../../local/index.js');
      const hadoop = await import('../../../local/hadoop/index.js');
      const onProgress = (e: { message: string }) => ctx.out.verbose(e.message);
      const result = await local.stopLocalServer({ env: ctx.env, onProgress });
      if (result.stopped) ctx.out.success(`stopped the local Livy at ${result.url} (pid ${result.pid})`);
      else ctx.out.info('no local Livy is running');
      // After Livy: a NodeManager stopped first takes the drivers of Livy's sessions with it.
      const cluster = await hadoop.stopHadoopCluster({ env: ctx.env, onProgress });
      if (cluster.stopped.length) ctx.out.success(`stopped the YARN cluster (${cluster.stopped.join(', ')})`);
      ctx.out.result({ ...result, cluster: cluster.stopped }, () => '');
    }),
  );
}
