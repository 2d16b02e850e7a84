/**
 * Reading a file the user names into memory, with a size limit: `--properties-file /dev/zero`
 * (or any huge or endless file) must end with a clear error, not exhaust the heap.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** Far above any real Spark properties file, far below what would strain the process. */
export const PROPERTIES_FILE_MAX_BYTES = 4 * 1024 * 1024;

export class FileTooLargeError extends Error {
  constructor(
    readonly path: string,
    readonly limitBytes: number,
  ) {
    super(`${path} is larger than ${formatBytes(limitBytes)}`);
    this.name = 'FileTooLargeError';
  }
}

export function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}

/**
 * The file's text (UTF-8), or FileTooLargeError as soon as more than `maxBytes` have been read;
 * devices and pipes that never end are cut off the same way.
 */
export function readBoundedTextFile(path: string, maxBytes: number): string {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (stat.isFile() && stat.size > maxBytes) throw new FileTooLargeError(path, maxBytes);
    const chunks: Buffer[] = [];
    const buffer = Buffer.alloc(Math.min(64 * 1024, maxBytes + 1));
    let total = 0;
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      total += read;
      if (total > maxBytes) throw new FileTooLargeError(path, maxBytes);
      chunks.push(Buffer.from(buffer.subarray(0, read)));
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
