import { waitForBatch } from '../../client/batch-waiter.js';
import type { LivyClient } from '../../client/livy-client.js';
import type { Batch } from '../../client/schemas.js';
import type { CommandContext } from '../context.js';
import { CliError, ReplacedError } from '../../errors/cli-error.js';
import { ExitCode, type ExitCodeValue } from '../../errors/exit-codes.js';
import { DriverLogStream } from './driver-log-stream.js';
import { gapMarker } from './watch-batch.js';

/**
 * `livy batches logs -f`: prints new lines until the batch ends; stops with exit 3 when the
 * batch disappears or its id comes to name another batch, whose log is never shown.
 */
export async function followBatchLog(
  ctx: CommandContext,
  client: LivyClient,
  batch: Batch,
  options: { driverLog?: boolean } = {},
): Promise<ExitCodeValue> {
  const driverLog = options.driverLog
    ? new DriverLogStream(
        client,
        (file, text) => ctx.out.write(file, text),
        (message) => ctx.out.warn(message),
      )
    : undefined;
  driverLog?.start();
  const result = await waitForBatch(client.batches, batch.id, {
    signal: ctx.signal,
    clock: ctx.clock,
    expected: batch,
    followLog: true,
    onView: (view) => driverLog?.seen(view),
    onLog: (chunk) => {
      if (driverLog && !driverLog.showsLivyLog) return;
      if (chunk.gap) ctx.out.info(gapMarker(chunk));
      ctx.out.line(chunk.lines.join('\n'));
    },
  }).finally(() => driverLog?.stop());
  await driverLog?.finish(result.batch);
  if (result.outcome === 'replaced') {
    throw new ReplacedError(
      `batch ${batch.id} was replaced after a server restart: ${result.replacedBecause ?? 'another batch has its id'}`,
    );
  }
  if (result.outcome === 'vanished') {
    throw new CliError(`batch ${batch.id} no longer exists: the Livy server restarted without recovery and forgot it`, 'server');
  }
  return ExitCode.Ok;
}
