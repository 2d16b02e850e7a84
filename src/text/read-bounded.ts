import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** A file or stream longer than the caller allows; nothing of it was kept. */
export class InputTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`larger than ${describeBytes(limitBytes)}`);
    this.name = 'InputTooLargeError';
  }
}

export function describeBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

/**
 * Reads a whole text file, but never more than `limitBytes`: a regular file is judged by its
 * size first; anything else (`/dev/zero`, a FIFO) is read until the limit and no further.
 * Throws `InputTooLargeError` past the limit, and the usual fs errors (ENOENT, EISDIR…).
 */
export function readTextFileBounded(path: string, limitBytes: number): string {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (stat.isFile() && stat.size > limitBytes) throw new InputTooLargeError(limitBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    const buffer = Buffer.alloc(64 * 1024);
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      total += read;
      if (total > limitBytes) throw new InputTooLargeError(limitBytes);
      chunks.push(Buffer.from(buffer.subarray(0, read)));
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Reads a stream (e.g. standard input) as text, failing with `InputTooLargeError` past `limitBytes`. */
export async function readTextStreamBounded(stream: NodeJS.ReadableStream, limitBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer);
    total += bytes.length;
    if (total > limitBytes) throw new InputTooLargeError(limitBytes);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString('utf8');
}
