import { StagingError } from '../errors.js';

/** An `s3a://bucket/key` URI split for the S3 API; the scheme is kept to build URIs back. */
export interface S3Location {
  readonly scheme: string;
  readonly bucket: string;
  readonly key: string;
}

export function parseS3Uri(uri: string): S3Location {
  const match = /^(s3a?|s3n):\/\/([^/]+)\/?(.*)$/.exec(uri);
  if (!match) throw new StagingError(`'${uri}' is not an s3a:// URI`, 'input');
  return { scheme: match[1] as string, bucket: match[2] as string, key: match[3] as string };
}

export function s3Uri(location: Pick<S3Location, 'scheme' | 'bucket'>, key: string): string {
  return `${location.scheme}://${location.bucket}/${key}`;
}
