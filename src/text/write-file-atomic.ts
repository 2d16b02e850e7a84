import { renameSync, writeFileSync } from 'node:fs';

/** Writes a file atomically: a temporary file in the same directory, then a rename over the target. */
export function writeFileAtomic(path: string, data: string, mode?: number): void {
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, data, mode === undefined ? undefined : { mode });
  renameSync(tmp, path);
}
