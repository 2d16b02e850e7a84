/**
 * Streams a local file into one S3 object: a single PUT up to `singlePutLimit`, a multipart
 * upload above it. Either way the object appears only once complete (a PUT and a multipart
 * complete are both atomic in S3; a failed multipart upload is aborted).
 *
 * Every request body is a read stream of the file (a part is a byte range of it), never a buffer:
 * memory stays flat in file and part size, and the SDK signs stream bodies as UNSIGNED-PAYLOAD
 * instead of hashing each part in JS before sending it (which made staging ~4x slower than a
 * plain PUT). The SDK does not retry stream bodies, so parts are retried here; a failed single
 * PUT is retried by the caller (the whole file, which the limit keeps bounded).
 */
import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  PutObjectCommand,
  UploadPartCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { backoffDelay, sleep } from '../../client/backoff.js';
import { runLimited } from '../run-limited.js';
import type { UploadOptions } from '../stage-store.js';
import { describeS3Error } from './s3-errors.js';

export interface S3UploadLimits {
  /** Files up to this size go in one PUT (S3 allows 5 GiB); a failed PUT resends all of it. */
  readonly singlePutLimit: number;
  /** Smallest part of a multipart upload (S3's minimum is 5 MiB); grown to stay within 10,000 parts. */
  readonly partSize: number;
  /** Parts sent at once: each is a file stream, so this costs no memory. */
  readonly partsInFlight: number;
  /** Tries per part before the upload fails. */
  readonly partAttempts: number;
}

export const DEFAULT_S3_UPLOAD_LIMITS: S3UploadLimits = {
  singlePutLimit: 1024 * 1024 * 1024,
  partSize: 64 * 1024 * 1024,
  partsInFlight: 4,
  partAttempts: 3,
};

const MAX_PARTS = 10_000;
const READ_CHUNK = 1 << 20;

export interface S3ObjectTarget {
  readonly bucket: string;
  readonly key: string;
}

export async function uploadFileToS3(
  client: S3Client,
  localPath: string,
  target: S3ObjectTarget,
  options: UploadOptions,
  limits: S3UploadLimits = DEFAULT_S3_UPLOAD_LIMITS,
): Promise<void> {
  if (options.bytes === 0) {
    await client.send(
      new PutObjectCommand({ Bucket: target.bucket, Key: target.key, Body: new Uint8Array(0) }),
      options.signal ? { abortSignal: options.signal } : {},
    );
    return;
  }
  if (options.bytes <= limits.singlePutLimit) {
    const body = fileRange(localPath, 0, options.bytes, progressOnce(options.onBytes));
    try {
      await client.send(
        new PutObjectCommand({ Bucket: target.bucket, Key: target.key, Body: body, ContentLength: options.bytes }),
        options.signal ? { abortSignal: options.signal } : {},
      );
    } finally {
      body.destroy();
    }
    return;
  }
  await multipartUpload(client, localPath, target, options, limits);
}

async function multipartUpload(
  client: S3Client,
  localPath: string,
  target: S3ObjectTarget,
  options: UploadOptions,
  limits: S3UploadLimits,
): Promise<void> {
  const { bucket, key } = target;
  const call = options.signal ? { abortSignal: options.signal } : {};
  const created = await client.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: key }), call);
  const uploadId = created.UploadId;
  if (!uploadId) throw new Error('the store started a multipart upload without an upload id');

  const partSize = Math.max(limits.partSize, Math.ceil(options.bytes / MAX_PARTS / READ_CHUNK) * READ_CHUNK);
  const parts = Array.from({ length: Math.ceil(options.bytes / partSize) }, (_, i) => ({
    number: i + 1,
    start: i * partSize,
    end: Math.min(options.bytes, (i + 1) * partSize),
  }));
  try {
    const etags = await runLimited(parts, limits.partsInFlight, async (part) => {
      // A retried part reports only bytes beyond what its earlier tries already reported.
      const progress = progressOnce(options.onBytes);
      for (let attempt = 1; ; attempt++) {
        const body = fileRange(localPath, part.start, part.end, progress);
        try {
          const sent = await client.send(
            new UploadPartCommand({
              Bucket: bucket,
              Key: key,
              UploadId: uploadId,
              PartNumber: part.number,
              Body: body,
              ContentLength: part.end - part.start,
            }),
            call,
          );
          return sent.ETag;
        } catch (error) {
          if (options.signal?.aborted || attempt >= limits.partAttempts || describeS3Error(error, '').failure !== 'store') throw error;
          await sleep(backoffDelay(attempt - 1, { baseMs: 250, maxMs: 4_000 }), options.signal);
        } finally {
          body.destroy();
        }
      }
    });
    await client.send(
      new CompleteMultipartUploadCommand({
        Bucket: bucket,
        Key: key,
        UploadId: uploadId,
        MultipartUpload: { Parts: parts.map((part, i) => ({ PartNumber: part.number, ETag: etags[i] })) },
      }),
      call,
    );
  } catch (error) {
    // Best effort, and not cut short by the signal: the parts would otherwise be kept (and billed).
    await client.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId })).catch(() => undefined);
    throw error;
  }
}

/** Counts bytes read; `report` gets the running total of this stream. */
type ProgressSink = (readSoFar: number) => void;

/** Reports to `onBytes` only growth past the highest total seen, so a resent range is not counted twice. */
function progressOnce(onBytes: ((sent: number) => void) | undefined): ProgressSink {
  let reported = 0;
  return (readSoFar) => {
    if (readSoFar > reported) {
      onBytes?.(readSoFar - reported);
      reported = readSoFar;
    }
  };
}

/** Bytes [start, end) of the file as a stream, each chunk counted as it passes. */
function fileRange(localPath: string, start: number, end: number, progress: ProgressSink): Transform {
  let read = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      read += chunk.length;
      progress(read);
      done(null, chunk);
    },
  });
  const file = createReadStream(localPath, { start, end: end - 1, highWaterMark: READ_CHUNK });
  file.on('error', (error) => counter.destroy(error));
  counter.on('close', () => file.destroy());
  return file.pipe(counter);
}
