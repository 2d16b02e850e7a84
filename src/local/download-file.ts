import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface DownloadedFile {
  bytes: number;
  /** Lower-case hex SHA-512 of what was written. */
  sha512: string;
}

export interface DownloadOptions {
  signal?: AbortSignal;
  /** Called as bytes arrive; `total` from Content-Length when the server sends it. */
  onBytes?: (bytes: number, total: number | undefined) => void;
  /** Abort when no byte arrives for this long. Default 60 s. */
  idleTimeoutMs?: number;
  /** Time allowed until the response headers. Default 30 s. */
  headersTimeoutMs?: number;
}

/** The server answered, but not with the file (404 and the like): try elsewhere. */
export class DownloadHttpError extends Error {
  override name = 'DownloadHttpError';
  constructor(
    readonly url: string,
    readonly status: number,
  ) {
    super(`${url} answered HTTP ${status}`);
  }
}

/**
 * Streams `url` into `dest` (created with its directory), hashing on the way, with a deadline for
 * the headers and an idle deadline for the body. On any failure, including an abort, `dest` is
 * removed: a caller never finds a partial file under the name it asked for.
 */
export async function downloadFile(url: string, dest: string, options: DownloadOptions = {}): Promise<DownloadedFile> {
  const idle = new AbortController();
  const headersTimer = setTimeout(
    () => idle.abort(new Error(`no answer from ${url} within ${(options.headersTimeoutMs ?? 30_000) / 1000} s`)),
    options.headersTimeoutMs ?? 30_000,
  );
  const signal = options.signal ? AbortSignal.any([options.signal, idle.signal]) : idle.signal;
  let idleTimer: NodeJS.Timeout | undefined;
  const idleMs = options.idleTimeoutMs ?? 60_000;
  const touch = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => idle.abort(new Error(`the download from ${url} stalled for ${idleMs / 1000} s`)), idleMs);
  };
  try {
    const res = await fetch(url, { signal, redirect: 'follow' });
    clearTimeout(headersTimer);
    if (!res.ok || !res.body) throw new DownloadHttpError(url, res.status);
    const lengthHeader = Number(res.headers.get('content-length'));
    const total = Number.isFinite(lengthHeader) && lengthHeader > 0 ? lengthHeader : undefined;
    mkdirSync(dirname(dest), { recursive: true });
    const hash = createHash('sha512');
    let bytes = 0;
    touch();
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        touch();
        bytes += chunk.length;
        hash.update(chunk);
        options.onBytes?.(bytes, total);
        done(null, chunk);
      },
    });
    await pipeline(Readable.fromWeb(res.body as import('node:stream/web').ReadableStream), meter, createWriteStream(dest), { signal });
    if (total !== undefined && bytes !== total) throw new Error(`the download from ${url} ended after ${bytes} of ${total} bytes`);
    return { bytes, sha512: hash.digest('hex') };
  } catch (error) {
    rmSync(dest, { force: true });
    // An abort from our own timers carries the reason; an abort from the caller stays an abort.
    if (options.signal?.aborted) throw options.signal.reason;
    if (idle.signal.aborted) throw idle.signal.reason;
    throw error;
  } finally {
    clearTimeout(headersTimer);
    clearTimeout(idleTimer);
  }
}

/** A small text file (a `.sha512`), with the same deadlines. */
export async function fetchText(url: string, options: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<string> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 30_000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  try {
    const res = await fetch(url, { signal, redirect: 'follow' });
    if (!res.ok) throw new DownloadHttpError(url, res.status);
    const text = await res.text();
    if (text.length > 64 * 1024) throw new Error(`${url} is not a checksum file (${text.length} bytes)`);
    return text;
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    if (timeout.aborted) throw new Error(`no answer from ${url} within ${(options.timeoutMs ?? 30_000) / 1000} s`);
    throw error;
  }
}

/**
 * The digest in a `.sha512` file. Apache's files come in two shapes: `sha512sum` output
 * ("<hex>  name") and `gpg --print-md` output ("name: ABCD 1234 …", upper case, wrapped).
 */
export function parseSha512File(text: string): string | undefined {
  const afterColon = /^[^\s:]+:\s*([0-9a-fA-F\s]+)$/.exec(text.trim());
  const candidate = afterColon ? afterColon[1]!.replace(/\s+/g, '') : (text.trim().split(/\s+/)[0] ?? '');
  return /^[0-9a-fA-F]{128}$/.test(candidate) ? candidate.toLowerCase() : undefined;
}
