import type { Command } from 'commander';
import { action, intOption, leaf } from '../../command-kit.js';
import { getBatch } from './resolve-batch.js';

interface LogsOptions {
  follow?: boolean;
  driver?: boolean;
  from?: number;
  size?: number;
}

export function registerBatchesLogs(parent: Command): void {
  leaf(parent, 'logs <id>', "print a batch's log (what Livy kept of it)")
    .alias('log')
    .option('-f, --follow', 'keep printing new lines until the batch ends')
    .option('--driver', "the driver's complete stdout and stderr from its YARN container, not what Livy kept")
    .option('--from <n>', 'first line to print (default: everything Livy kept)', intOption('--from'))
    .option('--size <n>', 'how many lines to print', intOption('--size', { min: 1 }))
    .action(
      action<LogsOptions>(async (ctx, options, [ref]) => {
        const client = await ctx.client();
        const batch = await getBatch(client, ref!, ctx.signal);
        if (options.follow) {
          const { followBatchLog } = await import('../../batch/follow-batch-log.js');
          return followBatchLog(ctx, client, batch, { driverLog: options.driver });
        }
        if (options.driver) {
          const { printDriverLog } = await import('../../batch/print-driver-log.js');
          if (await printDriverLog(ctx, client, batch)) return;
        }
        const page = await client.batches.log(batch.id, {
          from: options.from ?? (options.size === undefined ? 0 : undefined),
          size: options.size ?? -1,
          signal: ctx.signal,
        });
        ctx.out.result(page, () => page.log.join('\n'));
      }),
    );
}
