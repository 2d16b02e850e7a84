import type { Command } from 'commander';
import { action, leaf } from '../../command-kit.js';
import { notRunningError } from '../../../local/errors.js';

export function registerLocalRestart(parent: Command): void {
  leaf(
    parent,
    'restart',
    'restart the local Livy alone, on the same port; a YARN cluster and its applications keep running (recovery)',
  ).action(
    action(async (ctx) => {
      const local = await import('../../../local/index.js');
      const hadoop = await import('../../../local/hadoop/index.js');
      if (!local.readLocalServerState(ctx.env)) throw notRunningError();
      const info = await hadoop.restartLocalServer({ env: ctx.env, signal: ctx.signal, onProgress: (e) => ctx.out.verbose(e.message) });
      ctx.out.success(`restarted the local Livy at ${info.url} (pid ${info.pid})`);
      ctx.out.result(info, () => `export LIVY_URL=${info.url}`);
    }),
  );
}
