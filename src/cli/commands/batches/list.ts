import type { Command } from 'commander';
import { action, intOption, leaf } from '../../command-kit.js';
import { renderTable } from '../../../text/table.js';

interface ListOptions {
  from?: number;
  size?: number;
}

export function registerBatchesList(parent: Command): void {
  leaf(parent, 'list', 'list batches on the server')
    .alias('ls')
    .option('--from <n>', 'skip the first n batches', intOption('--from'))
    .option('--size <n>', 'how many to list (Livy default 100)', intOption('--size', { min: 1 }))
    .action(
      action<ListOptions>(async (ctx, options) => {
        const client = await ctx.client();
        const page = await client.batches.list({ from: options.from, size: options.size, signal: ctx.signal });
        ctx.out.result(page, () =>
          page.sessions.length === 0
            ? 'no batches'
            : renderTable(
                ['ID', 'NAME', 'STATE', 'APP ID', 'OWNER'],
                page.sessions.map((b) => [b.id, b.name, b.state, b.appId, b.proxyUser ?? b.owner]),
                { header: (text) => ctx.out.dataStyle.bold(text) },
              ),
        );
      }),
    );
}
