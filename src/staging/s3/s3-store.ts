/**
 * The S3 stage store (AWS SDK v3). Loaded only when something is actually staged: the SDK is
 * large. Uploads go through lib-storage: one PUT for small files, a multipart upload otherwise,
 * either of which makes the object appear only once complete (a failed multipart upload is
 * aborted), with at most `PART_QUEUE * PART_SIZE` bytes of a file in memory.
 */
import { createReadStream } from 'node:fs';
import { DeleteObjectCommand, HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { StageStore, StoredObject, UploadOptions } from '../stage-store.js';
import { describeS3Error } from './s3-errors.js';
import { parseS3Uri, s3Uri } from './s3-location.js';
import type { S3Settings } from './s3-settings.js';

// 16 MiB parts, 4 in flight: ~220 MB peak RSS for a 1 GB file (8 MiB parts were much slower on s3proxy).
const PART_SIZE = 16 * 1024 * 1024;
const PART_QUEUE = 4;

export function createS3Store(settings: S3Settings, env: NodeJS.ProcessEnv): StageStore {
  // The SDK warns on stderr about its future Node requirement; livy's own output must stay clean.
  // It reads the process's environment, which is the command's in the CLI.
  env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const client = new S3Client({
    region: settings.region ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1'),
    followRegionRedirects: true,
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    forcePathStyle: settings.pathStyle ?? settings.endpoint !== undefined,
    // S3-compatible stores often reject the newer default checksums; plain SigV4 is enough.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 3,
    // The command's environment (not necessarily process.env) names the keys or the AWS profile;
    // without either the SDK's standard chain (shared files, SSO, instance roles) applies.
    ...(env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
      ? {
          credentials: {
            accessKeyId: env.AWS_ACCESS_KEY_ID,
            secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
            ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
          },
        }
      : env.AWS_PROFILE
        ? { profile: env.AWS_PROFILE }
        : {}),
    requestHandler: { connectionTimeout: 10_000, requestTimeout: 120_000 },
  });

  return {
    async stat(uri, signal): Promise<StoredObject | undefined> {
      const { bucket, key } = parseS3Uri(uri);
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }), { abortSignal: signal });
        return { uri, bytes: head.ContentLength ?? 0, ...(head.LastModified ? { modified: head.LastModified } : {}) };
      } catch (error) {
        const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
        if (e.name === 'NotFound' || e.name === 'NoSuchKey' || e.$metadata?.httpStatusCode === 404) return undefined;
        throw describeS3Error(error, `cannot check ${uri}`);
      }
    },

    async upload(localPath, uri, options: UploadOptions): Promise<void> {
      const { bucket, key } = parseS3Uri(uri);
      const body = createReadStream(localPath, { highWaterMark: 1 << 20 });
      const controller = new AbortController();
      const onAbort = (): void => controller.abort();
      options.signal?.addEventListener('abort', onAbort, { once: true });
      const upload = new Upload({
        client,
        params: { Bucket: bucket, Key: key, Body: body, ContentLength: options.bytes },
        partSize: PART_SIZE,
        queueSize: PART_QUEUE,
        leavePartsOnError: false,
        abortController: controller,
      });
      let reported = 0;
      upload.on('httpUploadProgress', (progress) => {
        const loaded = Math.min(progress.loaded ?? 0, options.bytes);
        if (loaded > reported) {
          options.onBytes?.(loaded - reported);
          reported = loaded;
        }
      });
      try {
        await upload.done();
      } catch (error) {
        if (options.signal?.aborted) throw options.signal.reason;
        throw describeS3Error(error, `cannot upload ${localPath} to ${uri}`);
      } finally {
        options.signal?.removeEventListener('abort', onAbort);
        body.destroy();
      }
    },

    async list(prefix, signal): Promise<StoredObject[]> {
      const location = parseS3Uri(prefix);
      const keyPrefix = location.key === '' || location.key.endsWith('/') ? location.key : `${location.key}/`;
      const objects: StoredObject[] = [];
      let token: string | undefined;
      do {
        try {
          const page = await client.send(
            new ListObjectsV2Command({ Bucket: location.bucket, Prefix: keyPrefix, ...(token ? { ContinuationToken: token } : {}) }),
            { abortSignal: signal },
          );
          for (const object of page.Contents ?? []) {
            if (object.Key === undefined) continue;
            objects.push({ uri: s3Uri(location, object.Key), bytes: object.Size ?? 0, ...(object.LastModified ? { modified: object.LastModified } : {}) });
          }
          token = page.IsTruncated ? page.NextContinuationToken : undefined;
        } catch (error) {
          throw describeS3Error(error, `cannot list ${prefix}`);
        }
      } while (token);
      return objects;
    },

    async remove(uri, signal): Promise<void> {
      const { bucket, key } = parseS3Uri(uri);
      try {
        await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }), { abortSignal: signal });
      } catch (error) {
        throw describeS3Error(error, `cannot remove ${uri}`);
      }
    },
  };
}
