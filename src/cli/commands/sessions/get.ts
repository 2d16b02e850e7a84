import type { Command } from 'commander';
import { action, leaf, parseRef } from '../../command-kit.js';

export function registerSessionsGet(parent: Command): void {
  leaf(parent, 'get <id>', 'show one session (id or name)')
    .action(
      action(async (ctx, _options, [ref]) => {
        const client = await ctx.client();
        const session = await client.sessions.get(parseRef(ref!), { signal: ctx.signal });
        ctx.out.result(session, () =>
          [
            `id:       ${session.id}`,
            `name:     ${session.name ?? ''}`,
            `kind:     ${session.kind ?? ''}`,
            `state:    ${session.state}`,
            `app id:   ${session.appId ?? ''}`,
            `owner:    ${session.owner ?? ''}`,
            `proxy:    ${session.proxyUser ?? ''}`,
            ...(session.appInfo?.sparkUiUrl ? [`Spark UI: ${session.appInfo.sparkUiUrl}`] : []),
            ...(session.appInfo?.driverLogUrl ? [`driver log: ${session.appInfo.driverLogUrl}`] : []),
          ].join('\n'),
        );
      }),
    );
}
