/**
 * Why staging stopped. `input` is the user's to fix (a missing local file, a directory where a
 * file is needed, a stage dir that cannot be used): nothing was sent. `store` is the store or the
 * network failing: nothing was submitted either, and trying again may work.
 */
export type StagingFailure = 'input' | 'store';

export class StagingError extends Error {
  constructor(
    message: string,
    readonly failure: StagingFailure,
    readonly hint?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StagingError';
  }
}

/** A local file problem (ENOENT, EACCES, EISDIR ...) as a one-line input error. */
export function localFileError(error: unknown, what: string, path: string): StagingError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new StagingError(`${what} ${path} does not exist`, 'input');
    case 'EACCES':
    case 'EPERM':
      return new StagingError(`${what} ${path} cannot be read: permission denied`, 'input', `check the permissions of ${path}`);
    default:
      return new StagingError(`${what} ${path} cannot be read (${code ?? String(error)})`, 'input');
  }
}
