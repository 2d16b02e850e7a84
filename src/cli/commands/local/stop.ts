import type { Command } from 'commander';
import { action, leaf } from '../../command-kit.js';
import { withLocalErrors } from './errors.js';

export function registerLocalStop(parent: Command): void {
  leaf(parent, 'stop', 'stop the local Livy and every Spark driver it started').action(
    action(async (ctx) => {
      const local = await import('../../../local/index.js');
      const result = await withLocalErrors(() =>
        local.stopLocalServer({ env: ctx.env, onProgress: (e) => ctx.out.verbose(e.message) }),
      );
      if (result.stopped) ctx.out.success(`stopped the local Livy at ${result.url} (pid ${result.pid})`);
      else ctx.out.info('no local Livy is running');
      ctx.out.result(result, () => '');
    }),
  );
}
