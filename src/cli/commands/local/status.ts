import type { Command } from 'commander';
import { action, leaf } from '../../command-kit.js';
import { ExitCode } from '../../exit-codes.js';

export function registerLocalStatus(parent: Command): void {
  leaf(parent, 'status', 'show whether the local Livy runs, its URL, versions and pid (exit 3 when not running)').action(
    action(async (ctx) => {
      const local = await import('../../../local/index.js');
      const s = await local.localServerStatus({ env: ctx.env });
      ctx.out.result(s, () => {
        if (!s.running) {
          return [`not running${s.stale ? ` (stale state: ${s.stale})` : ''}`, `log:      ${s.logFile}`].join('\n');
        }
        return [
          `${s.responding ? 'running' : 'running, not answering yet'}`,
          `url:      ${s.url}`,
          `pid:      ${s.pid}`,
          `livy:     ${s.livyVersion}`,
          `spark:    ${s.pysparkVersion} (pyspark, SPARK_HOME ${s.sparkHome})`,
          `started:  ${s.startedAt}`,
          `files:    ${s.whitelist?.join(', ')}`,
          `log:      ${s.logFile}`,
        ].join('\n');
      });
      return s.running ? ExitCode.Ok : ExitCode.Server;
    }),
  );
}
