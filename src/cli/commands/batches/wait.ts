import type { Command } from 'commander';
import { action, leaf } from '../../command-kit.js';
import { parseDuration } from '../../../text/duration.js';
import { getBatch } from './resolve-batch.js';

interface WaitCommandOptions {
  timeout?: string;
  log?: boolean;
  killOnInterrupt?: boolean;
}

export function registerBatchesWait(parent: Command): void {
  leaf(parent, 'wait <id>', 'wait for a batch to end, streaming its log; the exit code says how it ended')
    .option('--timeout <duration>', 'stop waiting after this long (exit 4), e.g. 30m')
    .option('--no-log', 'do not stream the log while waiting')
    .option('--kill-on-interrupt', 'kill the batch on Ctrl-C instead of detaching')
    .action(
      action<WaitCommandOptions>(async (ctx, options, [ref]) => {
        const timeoutMs = options.timeout === undefined ? undefined : parseDuration(options.timeout, '--timeout');
        const client = await ctx.client();
        const batch = await getBatch(client, ref!, ctx.signal);
        const { watchBatch } = await import('../../batch/watch-batch.js');
        return watchBatch(ctx, client, batch.id, {
          timeoutMs,
          followLog: options.log ?? true,
          killOnInterrupt: options.killOnInterrupt,
          expected: batch,
        });
      }),
    );
}
