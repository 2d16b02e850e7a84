import { waitForBatch } from '../../client/batch-waiter.js';
import type { LivyClient } from '../../client/livy-client.js';
import type { CommandContext } from '../context.js';
import { ExitCode, type ExitCodeValue } from '../../errors/exit-codes.js';

/**
 * `livy sessions logs ID -f`: prints new log lines as they come (aligned by overlap,
 * since Livy's log is a ring buffer) until the session ends or is deleted.
 */
export async function followSessionLog(ctx: CommandContext, client: LivyClient, id: number): Promise<ExitCodeValue> {
  // Ctrl-C ends the follow like `batches logs -f`: the InterruptedError goes up (exit 130).
  const result = await waitForBatch(client.sessions, id, {
    signal: ctx.signal,
    clock: ctx.clock,
    followLog: true,
    // A session's log is what is followed here: read it as often as the state.
    detailPoll: { minMs: 250, maxMs: 2000, fraction: 0.05, quietFactor: 1.5, quietMaxMs: 2000 },
    onLog: (chunk) => {
      if (chunk.gap) ctx.out.info('… some log lines were lost (Livy keeps only the last lines) …');
      ctx.out.line(chunk.lines.join('\n'));
    },
  });
  const deleted = result.outcome === 'deleted' || result.outcome === 'vanished';
  ctx.out.info(deleted ? `session ${id} no longer exists` : `session ${id} is ${result.batch?.state ?? 'gone'}`);
  return ExitCode.Ok;
}
