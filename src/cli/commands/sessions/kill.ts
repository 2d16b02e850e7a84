import type { Command } from 'commander';
import { action, leaf, parseRef } from '../../command-kit.js';

export function registerSessionsKill(parent: Command): void {
  leaf(parent, 'kill <id>', 'stop a session and remove it from the server')
    .alias('delete')
    .action(
      action(async (ctx, _options, [ref]) => {
        const client = await ctx.client();
        const session = await client.sessions.get(parseRef(ref!), { signal: ctx.signal });
        await client.sessions.delete(session.id, { signal: ctx.signal });
        ctx.out.result(
          { id: session.id, previousState: session.state, deleted: true },
          () => `session ${session.id} killed (was ${session.state})`,
        );
      }),
    );
}
