import { findDriverContainer, readContainerLog } from '../../client/container-log.js';
import type { LivyClient } from '../../client/livy-client.js';
import type { Batch } from '../../client/schemas.js';
import type { CommandContext } from '../context.js';

/**
 * `livy batches logs ID --driver`: the driver's complete stdout (to stdout) and stderr (to stderr)
 * from its YARN container. Returns false, having said why, when they cannot be had, so that the
 * caller shows Livy's log instead.
 */
export async function printDriverLog(ctx: CommandContext, client: LivyClient, batch: Batch): Promise<boolean> {
  const get = (url: string, signal?: AbortSignal) => client.http.getLink(url, { signal });
  let reason: string;
  try {
    const link = await findDriverContainer(get, batch, ctx.signal);
    if (link) {
      const read = async (file: 'stdout' | 'stderr') =>
        (await readContainerLog(get, link, file, { signal: ctx.signal })).bytes.toString('utf8');
      const [stdout, stderr] = await Promise.all([read('stdout'), read('stderr')]);
      ctx.out.result(
        { id: batch.id, appId: batch.appId ?? null, containerId: link.containerId, nodeManager: link.nodeManager, stdout, stderr },
        () => {
          ctx.out.write('stderr', stderr);
          return stdout.replace(/\n$/, '');
        },
      );
      return true;
    }
    reason = batch.appId
      ? `Livy links no driver log for ${batch.appId} and the ResourceManager has no attempt of it`
      : 'the batch has no YARN application';
  } catch (error) {
    if (ctx.signal.aborted) throw error;
    reason = error instanceof Error ? error.message : String(error);
  }
  ctx.out.warn(`--driver: cannot read batch ${batch.id}'s driver log (${reason}): showing Livy's log`);
  return false;
}
