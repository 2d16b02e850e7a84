// Our machines and CI reach no Apache download mirror. Where the project sits beside
// ../shared/vendor (the Livy source releases), `npm run demo` and the end-to-end suite build Livy
// from there, unless the user named a distribution or source of their own. The CLI itself never
// looks there: a user elsewhere gets the official download.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The vendored source directory to use as LIVY_LOCAL_SOURCE, or undefined. */
export function vendoredLivySource(repoRoot, env = process.env) {
  if (env.LIVY_LOCAL_SOURCE || env.LIVY_LOCAL_DIST) return undefined;
  const dir = resolve(repoRoot, '..', 'shared', 'vendor');
  return existsSync(dir) ? dir : undefined;
}
