/** AWS SDK failures as staging errors: the user's to fix (input) or the store's (store, retried). */
import { StagingError } from '../errors.js';

interface SdkError {
  name?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
}

const CREDENTIAL_HINT = 'set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE naming a profile in ~/.aws/credentials';

export function describeS3Error(error: unknown, action: string): StagingError {
  if (error instanceof StagingError) return error;
  const e = (error ?? {}) as SdkError;
  const status = e.$metadata?.httpStatusCode;
  const detail =
    e.name && e.name !== 'Error'
      ? `${e.name}${e.message && e.message !== e.name ? `: ${e.message}` : ''}`
      : (e.code ?? e.message ?? String(error));
  const what = `${action}: ${detail}`;
  const options = { cause: error };
  if (e.name === 'CredentialsProviderError')
    return new StagingError(`${action}: no AWS credentials found`, 'input', CREDENTIAL_HINT, options);
  if (e.name === 'NoSuchBucket')
    return new StagingError(
      what,
      'input',
      "check the bucket in the stage dir (--stage-dir, LIVY_STAGE_DIR or the profile's stageDir)",
      options,
    );
  if (['InvalidAccessKeyId', 'SignatureDoesNotMatch', 'ExpiredToken', 'InvalidToken'].includes(e.name ?? '')) {
    return new StagingError(what, 'input', CREDENTIAL_HINT, options);
  }
  if (status === 403 || e.name === 'AccessDenied') {
    const name = e.name && e.name !== 'Unknown' && e.name !== 'Forbidden' ? e.name : 'HTTP 403';
    return new StagingError(
      `${action}: permission denied (${name})`,
      'input',
      'check the AWS credentials (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE) and that they may read and write this bucket and prefix',
      options,
    );
  }
  if (status === undefined && e.code && /^E[A-Z]+$/.test(e.code)) {
    return new StagingError(
      `${action}: cannot reach the S3 endpoint (${e.code})`,
      'store',
      "check the endpoint (--s3-endpoint, LIVY_S3_ENDPOINT or the profile's s3Endpoint) and the network",
      options,
    );
  }
  if (status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429) {
    return new StagingError(what, 'input', undefined, options);
  }
  return new StagingError(what, 'store', undefined, options);
}
