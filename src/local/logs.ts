import { closeSync, existsSync, openSync, readSync, statSync, watch } from 'node:fs';
import { localPaths } from './paths.js';

type Env = Record<string, string | undefined>;

/** The local server's log file (it may not exist yet). */
export function localServerLogPath(env: Env): string {
  return localPaths(env).serverLog;
}

/** The last `n` lines of a file ('' when it does not exist). Reads only the end of large files. */
export function tailFile(path: string, n: number): string {
  if (!existsSync(path) || n <= 0) return '';
  const size = statSync(path).size;
  const fd = openSync(path, 'r');
  try {
    let chunk = 64 * 1024;
    for (;;) {
      const start = Math.max(0, size - chunk);
      const buf = Buffer.alloc(size - start);
      readSync(fd, buf, 0, buf.length, start);
      const lines = buf.toString('utf8').split('\n');
      if (lines[lines.length - 1] === '') lines.pop();
      if (lines.length > n || start === 0) return lines.slice(-n).join('\n') + (lines.length ? '\n' : '');
      chunk *= 4;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Follows a file like `tail -f`: calls `onData` with text appended after `fromOffset` (default: the
 * current end) until `signal` aborts. Handles truncation/replacement (a restarted server) by
 * starting over from the beginning of the new file. Resolves when aborted.
 */
export function followFile(
  path: string,
  onData: (text: string) => void,
  options: { signal: AbortSignal; fromOffset?: number; intervalMs?: number },
): Promise<void> {
  let offset = options.fromOffset ?? (existsSync(path) ? statSync(path).size : 0);
  const poll = () => {
    if (!existsSync(path)) return;
    const size = statSync(path).size;
    if (size < offset) offset = 0;
    if (size === offset) return;
    const fd = openSync(path, 'r');
    try {
      const buf = Buffer.alloc(size - offset);
      readSync(fd, buf, 0, buf.length, offset);
      offset = size;
      onData(buf.toString('utf8'));
    } finally {
      closeSync(fd);
    }
  };
  return new Promise((resolvePromise) => {
    const timer = setInterval(poll, options.intervalMs ?? 500);
    let watcher: ReturnType<typeof watch> | undefined;
    try {
      watcher = existsSync(path) ? watch(path, () => poll()) : undefined;
    } catch {
      watcher = undefined;
    }
    const stop = () => {
      clearInterval(timer);
      watcher?.close();
      poll();
      resolvePromise();
    };
    if (options.signal.aborted) stop();
    else options.signal.addEventListener('abort', stop, { once: true });
    poll();
  });
}
