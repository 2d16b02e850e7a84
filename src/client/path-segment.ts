import { LivyError } from './errors.js';

/** Livy's ids are Java ints. */
const MAX_LIVY_ID = 2_147_483_647;

/**
 * A batch or session id or name as one URL path segment: a number must be a Livy id, and a
 * name must not be empty, `.` or `..` (which would address another path: `DELETE /batches/..`
 * is `DELETE /`). Everything else is percent-encoded.
 */
export function pathSegment(ref: number | string, what = 'batch or session'): string {
  if (typeof ref === 'number') {
    if (!Number.isSafeInteger(ref) || ref < 0 || ref > MAX_LIVY_ID) {
      throw new LivyError(`${what} id ${String(ref)} is out of range (0 to ${MAX_LIVY_ID})`);
    }
    return String(ref);
  }
  if (ref === '' || ref === '.' || ref === '..') {
    throw new LivyError(`'${ref}' is not a valid ${what} name: a name cannot be empty, '.' or '..'`);
  }
  if (/^\d+$/.test(ref) && (ref.length > 10 || Number(ref) > MAX_LIVY_ID)) {
    throw new LivyError(`${what} id ${ref} is out of range (0 to ${MAX_LIVY_ID})`);
  }
  return encodeURIComponent(ref);
}
