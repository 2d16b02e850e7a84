import { identityChange } from '../../client/batch-identity.js';
import { LivyHttpError, LivyNetworkError } from '../../client/errors.js';
import type { LivyClient } from '../../client/livy-client.js';
import type { Batch } from '../../client/schemas.js';
import { CliError, OutcomeUnknownError, ReplacedError } from '../../errors/cli-error.js';

/**
 * `--kill-on-interrupt`: deletes the batch being watched, but only while its id still names
 * it, and never says "killed" unless Livy confirmed the DELETE.
 */
export async function killWatchedBatch(client: LivyClient, batchId: number, lastSeen: Batch | undefined): Promise<void> {
  const check = `'livy batches get ${batchId}' shows it; 'livy batches kill ${batchId}' stops it`;
  if (lastSeen) {
    let current: Batch;
    try {
      current = await client.batches.get(batchId);
    } catch (error) {
      if (error instanceof LivyHttpError && error.status === 404) {
        throw new CliError(`batch ${batchId} no longer exists on the server: nothing to kill`, 'server');
      }
      throw new CliError(
        `did not kill batch ${batchId}: could not check it first (${(error as Error).message}); it is still running`,
        'server',
        check,
      );
    }
    const change = identityChange(lastSeen, current);
    if (change) {
      throw new ReplacedError(
        `did not kill batch ${batchId}: it was replaced after a server restart (${change}), and the newcomer is not ours`,
        'Livy forgot our batch; its Spark job may still run on the cluster: check there',
      );
    }
  }
  try {
    await client.batches.delete(batchId);
  } catch (error) {
    if (error instanceof LivyNetworkError && error.maybeDelivered) {
      throw new OutcomeUnknownError(`the kill of batch ${batchId} got no answer (${error.message}): the batch may still be running`, check);
    }
    const reason =
      error instanceof LivyHttpError
        ? `Livy answered HTTP ${error.status}${error.serverMessage ? `: ${error.serverMessage}` : ''}`
        : (error as Error).message;
    throw new CliError(`could not kill batch ${batchId} (${reason}): it is still running`, 'server', check);
  }
}
