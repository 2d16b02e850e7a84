import type { LivyClient } from '../../client/livy-client.js';
import { splitLogSections } from '../../client/log-follower.js';
import type { CommandContext } from '../context.js';

/** After a failure, shows everything Livy kept of the log so the reason is on screen. */
export async function printFailureLog(ctx: CommandContext, client: LivyClient, batchId: number): Promise<void> {
  const page = await client.batches.log(batchId, { from: 0, size: -1 }).catch(() => undefined);
  if (!page || page.log.length === 0) return;
  ctx.out.info(ctx.out.style.dim(`--- log of batch ${batchId} (last ${page.log.length} lines kept by Livy) ---`));
  for (const [stream, lines] of splitLogSections(page.log)) {
    if (lines.length === 0) continue;
    ctx.out.info(ctx.out.style.dim(`[${stream}]`));
    ctx.out.info(lines.join('\n'));
  }
}
