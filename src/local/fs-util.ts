import { chmodSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function readJson<T>(path: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

export function listFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : [];
}

/** Adds the execute bits to every regular file in `dir` (pip wheels/sdists may drop them). */
export function makeExecutable(dir: string): void {
  for (const name of listFiles(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isFile() && (st.mode & 0o111) !== 0o111) chmodSync(p, st.mode | 0o755);
  }
}
