/**
 * The S3 stage store (AWS SDK v3). Loaded only when something is actually staged: the SDK is
 * large. Uploads stream the file (s3-upload.ts): one PUT, or a multipart upload for big files.
 */
import { DeleteObjectCommand, HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import type { StageStore, StoredObject, UploadOptions } from '../stage-store.js';
import { describeS3Error } from './s3-errors.js';
import { parseS3Uri, s3Uri } from './s3-location.js';
import type { S3Settings } from './s3-settings.js';
import { DEFAULT_S3_UPLOAD_LIMITS, uploadFileToS3, type S3UploadLimits } from './s3-upload.js';

export function createS3Store(settings: S3Settings, env: NodeJS.ProcessEnv, limits: S3UploadLimits = DEFAULT_S3_UPLOAD_LIMITS): StageStore {
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
      try {
        await uploadFileToS3(client, localPath, parseS3Uri(uri), options, limits);
      } catch (error) {
        if (options.signal?.aborted) throw options.signal.reason;
        throw describeS3Error(error, `cannot upload ${localPath} to ${uri}`);
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
            objects.push({
              uri: s3Uri(location, object.Key),
              bytes: object.Size ?? 0,
              ...(object.LastModified ? { modified: object.LastModified } : {}),
            });
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
