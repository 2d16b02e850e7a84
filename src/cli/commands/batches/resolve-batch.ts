import type { LivyClient } from '../../../client/livy-client.js';
import type { Batch } from '../../../client/schemas.js';
import { parseRef } from '../../command-kit.js';

/** Looks a batch up by id or name (Livy accepts both). */
export function getBatch(client: LivyClient, ref: string, signal?: AbortSignal): Promise<Batch> {
  return client.batches.get(parseRef(ref), { signal });
}
