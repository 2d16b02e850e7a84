import { LivyError, LivyHttpError, LivyNetworkError, LivyProtocolError } from '../client/errors.js';
import { CliError } from './errors.js';
import { ExitCode, type ExitCodeValue } from './exit-codes.js';

/** An error turned into what the user sees: one line, a hint, an exit code. */
export interface ErrorReport {
  message: string;
  hint?: string;
  exitCode: ExitCodeValue;
}

/** Thrown as the abort reason when the user presses Ctrl-C or the process gets SIGTERM. */
export class InterruptedError extends Error {
  constructor(readonly signalName: NodeJS.Signals) {
    super(`interrupted (${signalName})`);
    this.name = 'InterruptedError';
  }
}

export function describeError(error: unknown, serverUrl: string | undefined): ErrorReport {
  if (error instanceof CliError) return { message: error.message, hint: error.hint, exitCode: error.exitCode };
  if (error instanceof InterruptedError) return { message: 'interrupted', exitCode: ExitCode.Interrupted };
  if (error instanceof LivyHttpError) return describeHttpError(error);
  if (error instanceof LivyNetworkError) {
    return {
      message: `cannot reach Livy${serverUrl ? ` at ${serverUrl}` : ''}: ${error.code ?? error.message}`,
      hint: networkHint(error.code),
      exitCode: ExitCode.Server,
    };
  }
  if (error instanceof LivyProtocolError) return { message: error.message, exitCode: ExitCode.Server };
  if (error instanceof LivyError) return { message: error.message, exitCode: ExitCode.Usage };
  const message = error instanceof Error ? error.message : String(error);
  return {
    message: `unexpected error: ${message}`,
    hint: 'run again with --debug for details; this is a bug in livy, please report it',
    exitCode: ExitCode.Server,
  };
}

function describeHttpError(error: LivyHttpError): ErrorReport {
  const reason = error.serverMessage || `HTTP ${error.status}`;
  const what = `Livy rejected ${error.method} ${error.path} (HTTP ${error.status}): ${reason}`;
  if (error.status === 400 && /CSRF/i.test(reason)) {
    return { message: what, hint: 'a proxy may be stripping the X-Requested-By header', exitCode: ExitCode.Server };
  }
  if (error.status === 400 && /too many sessions/i.test(reason)) {
    return { message: what, hint: 'the server is busy creating sessions; try again shortly', exitCode: ExitCode.Server };
  }
  if (error.status === 400) return { message: what, exitCode: ExitCode.Usage };
  if (error.status === 401) {
    const scheme = error.headers['www-authenticate'];
    return {
      message: `Livy requires authentication (HTTP 401)${scheme ? `; it offers: ${scheme}` : ''}`,
      hint: 'configure credentials for this server',
      exitCode: ExitCode.Server,
    };
  }
  if (error.status === 403) {
    return {
      message: what,
      hint: /impersonat|proxy/i.test(reason) ? 'the server does not allow this --proxy-user for your account' : undefined,
      exitCode: ExitCode.Server,
    };
  }
  if (error.status === 404) return { message: `not found on the server: ${reason}`, exitCode: ExitCode.Server };
  return { message: what, exitCode: ExitCode.Server };
}

function networkHint(code: string | undefined): string | undefined {
  switch (code) {
    case 'ECONNREFUSED':
      return "is the server running? `livy local start` runs one on this machine; set --url or LIVY_URL to choose another";
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'check the host name in --url / LIVY_URL';
    default:
      return code && /CERT|SSL|TLS/.test(code) ? 'the server certificate could not be verified' : undefined;
  }
}
