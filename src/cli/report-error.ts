import { livyMessageSays, offeredAuthSchemes } from '../client/error-prose.js';
import { LivyHttpError, LivyNetworkError, LivyTimeoutError } from '../client/errors.js';
import { InterruptedError } from '../errors/cli-error.js';
import { exitCodeOf } from '../errors/error-kind.js';
import type { ExitCodeValue } from '../errors/exit-codes.js';
import { KindedError } from '../errors/kinded-error.js';
import { terminalText } from '../text/terminal-text.js';

/** An error turned into what the user sees: one line, a hint, an exit code. */
export interface ErrorReport {
  message: string;
  hint?: string;
  exitCode: ExitCodeValue;
}

/**
 * The report for any error. Its text may quote the server or names users chose, so every
 * control sequence is removed from it here, colours included (JSON errors get the same text).
 */
export function describeError(error: unknown, serverUrl: string | undefined): ErrorReport {
  const report = reportFor(error, serverUrl);
  return {
    ...report,
    message: terminalText(report.message),
    ...(report.hint !== undefined ? { hint: terminalText(report.hint) } : {}),
  };
}

/**
 * The one place an error becomes a line and an exit code. The exit code is the error's kind's;
 * the client's errors, worded for programs, are reworded here for the command line.
 */
function reportFor(error: unknown, serverUrl: string | undefined): ErrorReport {
  if (error instanceof InterruptedError) return { message: 'interrupted', exitCode: error.exitCode };
  if (error instanceof LivyHttpError) return describeHttpError(error);
  if (error instanceof LivyTimeoutError) {
    return {
      message: `Livy${serverUrl ? ` at ${serverUrl}` : ''} is too slow: ${error.message}`,
      hint: 'if the server is just slow, allow more with --request-timeout (or LIVY_REQUEST_TIMEOUT)',
      exitCode: error.exitCode,
    };
  }
  if (error instanceof LivyNetworkError) {
    const tls = describeTlsError(error, serverUrl);
    if (tls) return tls;
    return {
      message: `cannot reach Livy${serverUrl ? ` at ${serverUrl}` : ''}: ${error.code ?? error.message}`,
      hint: networkHint(error.code),
      exitCode: error.exitCode,
    };
  }
  if (error instanceof KindedError) {
    return { message: error.detail ? `${error.message}\n${error.detail}` : error.message, hint: error.hint, exitCode: error.exitCode };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    message: `unexpected error: ${message}`,
    hint: 'run again with --debug for details; this is a bug in livy, please report it',
    exitCode: exitCodeOf('bug'),
  };
}

function describeHttpError(error: LivyHttpError): ErrorReport {
  const reason = error.serverMessage || `HTTP ${error.status}`;
  const what = `Livy rejected ${error.method} ${error.path} (HTTP ${error.status}): ${reason}`;
  const exitCode = error.exitCode;
  if (error.status === 400 && livyMessageSays(reason, 'csrf-header-missing')) {
    return { message: what, hint: 'a proxy may be stripping the X-Requested-By header', exitCode };
  }
  if (error.status === 400 && livyMessageSays(reason, 'too-many-sessions')) {
    return { message: what, hint: 'the server is busy creating sessions; try again shortly', exitCode };
  }
  if (error.status === 401) {
    const scheme = error.headers['www-authenticate'];
    return {
      message: `Livy refused the credentials or asked for some (HTTP 401)${scheme ? `; it offers: ${scheme.split(/[\s,]/)[0]}` : ''}`,
      hint: authHint(scheme),
      exitCode,
    };
  }
  if (error.status === 403 && livyMessageSays(reason, 'credentials-refused')) {
    // Livy's LDAP handler answers a failed bind with 403, not 401.
    return {
      message: `Livy refused the user name or password (HTTP 403): ${reason}`,
      hint: 'check the user and password (LIVY_USER/LIVY_PASSWORD, or the profile: livy profile show NAME)',
      exitCode,
    };
  }
  if (error.status === 403 && livyMessageSays(reason, 'impersonation-refused')) {
    return {
      message: `Livy does not let your account act as another user (HTTP 403): ${reason}`,
      hint: "drop --proxy-user (or the profile's proxyUser), or ask the Livy admins to allow it (livy.superusers, or hadoop.proxyuser.* on the cluster)",
      exitCode,
    };
  }
  if (error.status === 403) return { message: what, hint: 'your account lacks access to this (Livy access control lists)', exitCode };
  if (error.status === 404) return { message: `not found on the server: ${reason}`, exitCode };
  return { message: what, exitCode };
}

function authHint(wwwAuthenticate: string | undefined): string {
  const scheme = offeredAuthSchemes(wwwAuthenticate)[0];
  if (scheme === 'negotiate') {
    return "this server uses Kerberos: run `kinit`, and use a profile with --auth kerberos ('livy profile add NAME --url URL --auth kerberos')";
  }
  if (scheme === 'basic') {
    return 'this server wants a user and password (LDAP): check them; set LIVY_USER/LIVY_PASSWORD or a profile with --auth basic';
  }
  if (scheme === 'bearer') return 'this server wants a token: set LIVY_TOKEN, or a profile with --auth bearer';
  return "configure credentials for this server: 'livy profile add NAME --url URL --auth …'";
}

/** Certificate problems, told apart by the TLS error code. */
const TLS_PROBLEMS: Record<string, string> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the server certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'the server certificate chains up to a CA this machine does not trust',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the server certificate was issued by a CA this machine does not trust',
  UNABLE_TO_GET_ISSUER_CERT: 'the server certificate was issued by a CA this machine does not trust',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the server certificate cannot be verified (unknown issuer, or the server sends an incomplete chain)',
  CERT_HAS_EXPIRED: 'the server certificate has expired',
  CERT_NOT_YET_VALID: 'the server certificate is not valid yet (check the clock)',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the server certificate is for another host name',
  CERT_REVOKED: 'the server certificate has been revoked',
  CERT_SIGNATURE_FAILURE: 'the server certificate signature does not verify',
};

function describeTlsError(error: LivyNetworkError, serverUrl: string | undefined): ErrorReport | undefined {
  const code = error.code;
  if (!code) return undefined;
  const at = serverUrl ? ` at ${serverUrl}` : '';
  const problem = TLS_PROBLEMS[code];
  if (problem) {
    const cause = error.cause as { reason?: string; host?: string; cert?: { subjectaltname?: string } } | undefined;
    const detail = code === 'ERR_TLS_CERT_ALTNAME_INVALID' && cause?.cert?.subjectaltname ? ` (it names ${cause.cert.subjectaltname})` : '';
    const hint =
      code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID'
        ? 'the server needs a renewed certificate; `livy profile test` shows its dates'
        : code === 'ERR_TLS_CERT_ALTNAME_INVALID'
          ? 'use the host name the certificate was issued for in the URL; `livy profile test` shows it'
          : "trust the CA that issued it: --ca-cert FILE (or the profile's --ca-cert); `livy profile test` shows the issuer. --insecure turns checking off, at your own risk";
    return { message: `TLS error talking to Livy${at}: ${problem}${detail} [${code}]`, hint, exitCode: error.exitCode };
  }
  if (code === 'ERR_SSL_WRONG_VERSION_NUMBER' || code === 'EPROTO' || /^ERR_SSL_/.test(code)) {
    return {
      message: `TLS handshake with Livy${at} failed [${code}]`,
      hint: 'is the server really https on that port (or http)? Check the URL scheme',
      exitCode: error.exitCode,
    };
  }
  return undefined;
}

function networkHint(code: string | undefined): string | undefined {
  switch (code) {
    case 'ECONNREFUSED':
      return 'is the server running? `livy local start` runs one on this machine; set --url or LIVY_URL to choose another';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'check the host name in --url / LIVY_URL';
    default:
      return code && /CERT|SSL|TLS/.test(code) ? 'the server certificate could not be verified' : undefined;
  }
}
