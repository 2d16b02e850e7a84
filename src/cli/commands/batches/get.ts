import type { Command } from 'commander';
import { action, leaf } from '../../command-kit.js';
import { getBatch } from './resolve-batch.js';

export function registerBatchesGet(parent: Command): void {
  leaf(parent, 'get <id>', 'show one batch (id or name)')
    .action(
      action(async (ctx, _options, [ref]) => {
        const client = await ctx.client();
        const batch = await getBatch(client, ref!, ctx.signal);
        ctx.out.result(batch, () =>
          [
            `id:       ${batch.id}`,
            `name:     ${batch.name ?? ''}`,
            `state:    ${batch.state}`,
            `app id:   ${batch.appId ?? ''}`,
            `owner:    ${batch.owner ?? ''}`,
            `proxy:    ${batch.proxyUser ?? ''}`,
            ...(batch.appInfo?.sparkUiUrl ? [`Spark UI: ${batch.appInfo.sparkUiUrl}`] : []),
            ...(batch.appInfo?.driverLogUrl ? [`driver log: ${batch.appInfo.driverLogUrl}`] : []),
          ].join('\n'),
        );
      }),
    );
}
