import type { Command } from 'commander';
import { action, intOption, leaf, parseRef } from '../../command-kit.js';

interface LogsOptions {
  follow?: boolean;
  from?: number;
  size?: number;
}

export function registerSessionsLogs(parent: Command): void {
  leaf(parent, 'logs <id>', "print a session's log (what Livy kept of it)")
    .alias('log')
    .option('-f, --follow', 'keep printing new lines until the session ends (Ctrl-C stops following)')
    .option('--from <n>', 'first line to print (default: everything Livy kept)', intOption('--from'))
    .option('--size <n>', 'how many lines to print', intOption('--size', { min: 1 }))
    .action(
      action<LogsOptions>(async (ctx, options, [ref]) => {
        const client = await ctx.client();
        const session = await client.sessions.get(parseRef(ref!), { signal: ctx.signal });
        if (options.follow) {
          const { followSessionLog } = await import('../../session/follow-session-log.js');
          return followSessionLog(ctx, client, session.id);
        }
        const page = await client.sessions.log(session.id, {
          from: options.from ?? (options.size === undefined ? 0 : undefined),
          size: options.size ?? -1,
          signal: ctx.signal,
        });
        ctx.out.result(page, () => page.log.join('\n'));
      }),
    );
}
