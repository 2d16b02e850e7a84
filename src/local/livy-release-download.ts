import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DownloadHttpError, downloadFile, fetchText, parseSha512File } from './download-file.js';
import { LivyUnavailableError, LocalProvisionError } from './errors.js';
import { distributionFileName, type LivyPaths } from './livy-paths.js';
import { noProgress, type OnProgress } from './progress.js';

type Env = Record<string, string | undefined>;

/** Apache's download service: the current releases first, then the archive of every release. */
export const APACHE_MIRRORS = ['https://dlcdn.apache.org/', 'https://archive.apache.org/dist/'];

/** Base URLs to try, in order: `$LIVY_LOCAL_MIRROR` (comma-separated) replaces Apache's. */
export function mirrorBases(env: Env): string[] {
  const own = (env.LIVY_LOCAL_MIRROR ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return own.length ? own : APACHE_MIRRORS;
}

/** The release's URL under a mirror base, in Apache's layout. */
export function releaseUrl(base: string, version: LivyPaths['version']): string {
  return `${base.replace(/\/+$/, '')}/incubator/livy/${version}/${distributionFileName(version)}`;
}

export interface DownloadReleaseOptions {
  env: Env;
  onProgress?: OnProgress;
  signal?: AbortSignal;
}

/**
 * Downloads the official binary release into the cache (`lp.distZip`), verified against the
 * `.sha512` published beside it. Tries each mirror base in turn; a checksum mismatch stops at once
 * (a wrong file is not a reason to try another mirror) and leaves nothing behind.
 */
export async function downloadLivyRelease(lp: LivyPaths, options: DownloadReleaseOptions): Promise<string> {
  const onProgress = options.onProgress ?? noProgress;
  const failures: string[] = [];
  for (const base of mirrorBases(options.env)) {
    const url = releaseUrl(base, lp.version);
    let expected: string | undefined;
    try {
      onProgress({ step: 'download', message: `fetching ${url}.sha512` });
      expected = parseSha512File(await fetchText(`${url}.sha512`, { signal: options.signal }));
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason;
      failures.push(describe(error));
      continue;
    }
    if (!expected) {
      failures.push(`${url}.sha512 holds no SHA-512 digest`);
      continue;
    }
    const part = join(lp.downloadDir, `${distributionFileName(lp.version)}.${process.pid}.part`);
    let got;
    try {
      onProgress({ step: 'download', message: `downloading ${url}` });
      got = await downloadFile(url, part, {
        signal: options.signal,
        onBytes: (bytes, totalBytes) => onProgress({ step: 'download', message: `downloading ${url}`, bytes, totalBytes }),
      });
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason;
      failures.push(describe(error));
      continue;
    }
    if (got.sha512 !== expected) {
      rmSync(part, { force: true });
      throw new LocalProvisionError(
        `the download from ${url} does not match its published SHA-512 (expected ${expected.slice(0, 16)}…, got ${got.sha512.slice(0, 16)}…); it was deleted`,
      );
    }
    mkdirSync(dirname(lp.distZip), { recursive: true });
    renameSync(part, lp.distZip);
    onProgress({ step: 'download', message: `downloaded and verified ${distributionFileName(lp.version)}`, bytes: got.bytes, done: true });
    return lp.distZip;
  }
  throw new LivyUnavailableError(
    `cannot download Apache Livy ${lp.version} (${failures.join('; ')}); set LIVY_LOCAL_DIST to a binary distribution, LIVY_LOCAL_SOURCE to a source release (or use --from-source), or LIVY_LOCAL_MIRROR to a reachable mirror`,
  );
}

function describe(error: unknown): string {
  if (error instanceof DownloadHttpError) return error.message;
  const e = error as Error & { cause?: { code?: string; message?: string } };
  const cause = e.cause?.code ?? e.cause?.message;
  return cause ? `${e.message}: ${cause}` : e.message;
}
