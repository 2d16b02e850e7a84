import type { Command } from 'commander';
import { action, leaf } from '../../command-kit.js';
import { getBatch } from './resolve-batch.js';

export function registerBatchesKill(parent: Command): void {
  leaf(parent, 'kill <id>', 'kill a batch and remove it from the server')
    .alias('delete')
    .action(
      action(async (ctx, _options, [ref]) => {
        const client = await ctx.client();
        const batch = await getBatch(client, ref!, ctx.signal);
        await client.batches.delete(batch.id, { signal: ctx.signal });
        ctx.out.result({ id: batch.id, previousState: batch.state, deleted: true }, () => `batch ${batch.id} killed (was ${batch.state})`);
      }),
    );
}
