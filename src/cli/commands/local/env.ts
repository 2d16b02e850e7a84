import type { Command } from 'commander';
import { action, leaf } from '../../command-kit.js';
import { notRunningError } from '../../../local/errors.js';

export function registerLocalEnv(parent: Command): void {
  leaf(parent, 'env', 'print `export LIVY_URL=…` for the local Livy (eval "$(livy local env)")').action(
    action(async (ctx) => {
      const local = await import('../../../local/index.js');
      const state = local.readLocalServerState(ctx.env);
      if (!state) throw notRunningError();
      ctx.out.result({ LIVY_URL: state.url }, () => `export LIVY_URL=${state.url}`);
    }),
  );
}
