import type { Command } from 'commander';
import { action, intOption, leaf } from '../../command-kit.js';
import { renderTable } from '../../../text/table.js';

interface ListOptions {
  from?: number;
  size?: number;
}

export function registerSessionsList(parent: Command): void {
  leaf(parent, 'list', 'list interactive sessions on the server')
    .alias('ls')
    .option('--from <n>', 'skip the first n sessions', intOption('--from'))
    .option('--size <n>', 'how many to list (Livy default 100)', intOption('--size', { min: 1 }))
    .action(
      action<ListOptions>(async (ctx, options) => {
        const client = await ctx.client();
        const page = await client.sessions.list({ from: options.from, size: options.size, signal: ctx.signal });
        ctx.out.result(page, () =>
          page.sessions.length === 0
            ? 'no sessions'
            : renderTable(
                ['ID', 'NAME', 'KIND', 'STATE', 'APP ID', 'OWNER'],
                page.sessions.map((s) => [s.id, s.name, s.kind, s.state, s.appId, s.proxyUser ?? s.owner]),
                { header: (text) => ctx.out.dataStyle.bold(text) },
              ),
        );
      }),
    );
}
