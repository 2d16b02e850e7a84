import { CliError, UsageError } from '../../../errors/cli-error.js';
import { ExitCode } from '../../../errors/exit-codes.js';

/** Turns src/local errors into one-line CLI errors; anything else passes through. */
export async function toCliError(error: unknown): Promise<unknown> {
  const local = await import('../../../local/index.js');
  if (error instanceof local.LocalPrerequisiteError) {
    return new CliError(error.message, ExitCode.Server, 'then run `livy local start` again');
  }
  if (error instanceof local.LocalInputError) return new UsageError(error.message);
  if (error instanceof local.LocalProvisionError) {
    const detail = error.detail ? `\n${error.detail}` : '';
    return new CliError(`${error.message}${detail}`, ExitCode.Server, 'fix the cause above, then run `livy local start` again');
  }
  if (error instanceof local.LocalServerError) {
    if (error.code === 'port-in-use') return new UsageError(error.message);
    const tail = error.logTail ? `\nlast lines of the server log:\n${error.logTail}` : '';
    return new CliError(`${error.message}${tail}`, ExitCode.Server);
  }
  return error;
}

/** Runs `fn`, rethrowing src/local errors as CLI errors. */
export async function withLocalErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw await toCliError(error);
  }
}

export function notRunning(): CliError {
  return new CliError('no local Livy is running', ExitCode.Server, 'start one with `livy local start`');
}
