/** WebHDFS failures as staging errors: the user's to fix (input) or the cluster's (store, retried). */
import { LivyAuthError } from '../../client/spnego.js';
import { WebHdfsError } from '../../storage/webhdfs.js';
import { StagingError } from '../errors.js';
import { ADDRESS_HINT } from './webhdfs-address.js';

/** Hadoop exceptions that trying again will not change. */
const PERMANENT = new Set([
  'FileAlreadyExistsException',
  'ParentNotDirectoryException',
  'PathIsNotEmptyDirectoryException',
  'InvalidPathException',
  'IllegalArgumentException',
  'UnsupportedOperationException',
  'NSQuotaExceededException',
  'DSQuotaExceededException',
  'QuotaExceededException',
]);
const DENIED = new Set(['AccessControlException', 'AuthorizationException', 'SecurityException']);

export function describeWebHdfsError(error: unknown, action: string, webhdfsUrl: string): StagingError {
  if (error instanceof StagingError) return error;
  const options = { cause: error };
  if (error instanceof LivyAuthError) return new StagingError(`${action}: ${error.message}`, 'input', error.hint, options);
  if (!(error instanceof WebHdfsError))
    return new StagingError(`${action}: ${error instanceof Error ? error.message : String(error)}`, 'store', undefined, options);
  const exception = error.exception ?? '';
  if (DENIED.has(exception)) {
    return new StagingError(
      `${action}: permission denied (${error.message})`,
      'input',
      'the stage dir must be writable by the user staging (HADOOP_USER_NAME, else your login name; with Kerberos, your principal)',
      options,
    );
  }
  if (error.status === 401) {
    return new StagingError(
      `${action}: WebHDFS at ${webhdfsUrl} asks for authentication (HTTP 401)`,
      'input',
      'a Kerberos cluster needs a profile with --auth kerberos and a ticket (kinit)',
      options,
    );
  }
  if (error.status === 404 && exception === '') {
    return new StagingError(`${action}: ${webhdfsUrl} does not answer as WebHDFS (HTTP 404)`, 'input', ADDRESS_HINT, options);
  }
  if (PERMANENT.has(exception) || (error.status === 400 && exception === ''))
    return new StagingError(`${action}: ${error.message}`, 'input', undefined, options);
  if (error.status === undefined) {
    return new StagingError(
      `${action}: cannot reach WebHDFS at ${webhdfsUrl} (${error.message})`,
      'store',
      `check the NameNode is up and ${ADDRESS_HINT}`,
      options,
    );
  }
  // Safe mode, a standby NameNode, a DataNode going away, 5xx: worth another try.
  return new StagingError(`${action}: ${error.message}`, 'store', undefined, options);
}
