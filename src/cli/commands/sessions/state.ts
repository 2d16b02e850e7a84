import type { Command } from 'commander';
import { action, leaf, parseRef } from '../../command-kit.js';

export function registerSessionsState(parent: Command): void {
  leaf(parent, 'state <id>', "print a session's state")
    .action(
      action(async (ctx, _options, [ref]) => {
        const client = await ctx.client();
        const reply = await client.sessions.state(parseRef(ref!), { signal: ctx.signal });
        ctx.out.result(reply, () => reply.state);
      }),
    );
}
