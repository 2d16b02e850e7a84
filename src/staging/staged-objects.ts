/**
 * What staging itself put under a stage dir: `<dir>/<sha256>/<name>`. Listing and pruning look
 * only at these, so other things kept under the same prefix are never touched.
 */
import type { StageDir } from './stage-dir.js';
import type { StoredObject } from './stage-store.js';

const STAGED_NAME = /^[0-9a-f]{64}\/[^/]+$/;

export function stagedObjects(objects: readonly StoredObject[], dir: StageDir): StoredObject[] {
  const prefix = `${dir.uri}/`;
  return objects.filter((o) => o.uri.startsWith(prefix) && STAGED_NAME.test(o.uri.slice(prefix.length)));
}

/** Staged objects last written before `cutoff`; an object without a date is kept. */
export function objectsOlderThan(objects: readonly StoredObject[], cutoff: Date): StoredObject[] {
  return objects.filter((o) => o.modified !== undefined && o.modified.getTime() < cutoff.getTime());
}
