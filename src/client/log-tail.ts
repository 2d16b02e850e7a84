import type { LogOptions, SessionRef } from './livy-client.js';
import type { LogPage } from './schemas.js';

/** Anything with Livy's `/log` route: `client.batches` or `client.sessions`. */
export interface LogSource {
  log(id: SessionRef, options?: LogOptions): Promise<LogPage>;
}

/** The last `lines` non-blank lines of everything Livy kept of a batch's or session's log. */
export async function logTail(source: LogSource, id: SessionRef, lines: number): Promise<string[]> {
  const page = await source.log(id, { from: 0, size: -1 });
  return page.log.filter((line) => line.trim() !== '').slice(-lines);
}
